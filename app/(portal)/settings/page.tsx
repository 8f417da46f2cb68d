import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { DELETE_CONFIRMATION } from "@/lib/services/account/delete-account";
import { loadAccountPlayer } from "@/lib/services/account/session-player";
import { Card, PageHeading } from "../_components/card";
import { DeleteAccount, PreferencesForm, TelegramLink } from "./settings-forms";

export const metadata: Metadata = { title: "Settings" };

// /settings — preferences, Telegram linking, export, and deleting the account.
export default async function SettingsPage() {
  const { player } = await loadAccountPlayer("/settings");
  if (!player) redirect("/sign-in");
  const telegramAvailable = Boolean(env.TELEGRAM_BOT_USERNAME);

  return (
    <div className="flex flex-col gap-5">
      <PageHeading title="Settings">{player.email ? `Signed in as ${player.email}.` : null}</PageHeading>

      <Card title="Preferences" id="preferences">
        <PreferencesForm
          timezone={player.timezone}
          notificationsEnabled={player.notificationsEnabled}
          hardMode={player.hardMode}
        />
      </Card>

      <Card title="Telegram" id="telegram">
        {player.telegramLinked ? (
          <p>
            Linked{player.telegramUsername ? ` as @${player.telegramUsername}` : ""}. She texts you there;
            your chats from both places show up in your history.
          </p>
        ) : telegramAvailable ? (
          <div className="flex flex-col gap-3">
            <p className="text-mist">
              Text her on Telegram with this same account: get a one-time link, open it on your phone and tap
              Start.
            </p>
            <TelegramLink />
          </div>
        ) : (
          <p className="text-mist">
            Telegram isn&apos;t set up on this server, so there&apos;s nothing to link. You can play right
            here in the browser.
          </p>
        )}
      </Card>

      <Card title="Your data" id="data">
        <p className="text-mist">
          Download everything the game holds about you — profile, score history, conversations, diary, vices
          and what she remembers — as one JSON file.
        </p>
        <a
          href="/api/me/export"
          download
          className="mt-3 inline-block rounded-full border border-rose px-5 py-2 font-semibold text-rose-soft hover:bg-plum"
        >
          Export my data
        </a>
      </Card>

      <Card title="Delete account" id="delete">
        <DeleteAccount phrase={DELETE_CONFIRMATION} />
      </Card>
    </div>
  );
}
