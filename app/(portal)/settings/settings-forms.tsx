"use client";

import { useActionState, useEffect, useState } from "react";
import {
  createTelegramLink,
  type DeleteState,
  deleteMyAccount,
  type LinkState,
  type SaveState,
  saveSettings,
} from "./actions";

// The settings page's interactive parts: preferences, the Telegram link, account deletion.
const buttonClass =
  "rounded-full bg-rose px-5 py-2 font-semibold text-ink hover:bg-rose-soft disabled:cursor-wait disabled:opacity-70";
const inputClass =
  "w-full rounded-xl border border-plum bg-ink px-4 py-3 text-white placeholder:text-mist/70 focus:border-rose-soft";

function timeZones(current: string): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const zones = supported ? supported("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function PreferencesForm({
  timezone,
  notificationsEnabled,
  hardMode,
}: {
  timezone: string;
  notificationsEnabled: boolean;
  hardMode: boolean;
}) {
  const [state, action, pending] = useActionState<SaveState, FormData>(saveSettings, { status: "idle" });
  const [zones, setZones] = useState<string[]>([timezone]);
  useEffect(() => setZones(timeZones(timezone)), [timezone]);

  return (
    <form action={action} className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <label htmlFor="timezone" className="text-sm font-medium text-white">
          Time zone
        </label>
        <select id="timezone" name="timezone" defaultValue={timezone} className={inputClass}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-start gap-3">
        <input
          id="notificationsEnabled"
          name="notificationsEnabled"
          type="checkbox"
          defaultChecked={notificationsEnabled}
          className="mt-1 size-5 accent-rose"
        />
        <label htmlFor="notificationsEnabled">
          Notifications
          <span className="block text-sm text-mist">She may text you first. Off: she only answers.</span>
        </label>
      </div>
      <div className="flex items-start gap-3">
        <input
          id="hardMode"
          name="hardMode"
          type="checkbox"
          defaultChecked={hardMode}
          className="mt-1 size-5 accent-rose"
        />
        <label htmlFor="hardMode">
          Hard mode
          <span className="block text-sm text-mist">She forgives less and expects more.</span>
        </label>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Saving…" : "Save settings"}
        </button>
        <output aria-live="polite" className={state.status === "saved" ? "text-mist" : "text-rose-soft"}>
          {state.message}
        </output>
      </div>
    </form>
  );
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

export function TelegramLink() {
  const [state, action, pending] = useActionState<LinkState>(createTelegramLink, { status: "idle" });
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.status === "ready" && state.link ? (
        <div className="flex flex-col gap-2 rounded-xl border border-plum p-4">
          <a
            href={state.link}
            target="_blank"
            rel="noopener noreferrer"
            className="font-semibold break-all text-rose-soft underline underline-offset-2"
          >
            Open Telegram and link this account
          </a>
          <p className="text-sm text-mist">
            Works once, for 10 minutes
            {state.expiresAt ? (
              <>
                {" "}
                (until <time dateTime={state.expiresAt}>{timeFormat.format(new Date(state.expiresAt))}</time>)
              </>
            ) : null}
            . Tap Start in Telegram when it opens.
          </p>
          <p className="text-xs break-all text-mist" data-testid="telegram-deep-link">
            {state.link}
          </p>
        </div>
      ) : null}
      {state.status === "failed" ? (
        <p role="alert" className="text-sm text-rose-soft">
          {state.message}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Making a link…" : state.status === "ready" ? "Make a new link" : "Link Telegram"}
        </button>
      </div>
    </form>
  );
}

export function DeleteAccount({ phrase }: { phrase: string }) {
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteMyAccount, { status: "idle" });
  const [typed, setTyped] = useState("");
  const matches = typed.trim().toLowerCase() === phrase;
  return (
    <form action={action} className="flex flex-col gap-3">
      <p className="text-mist">
        This removes your account, your conversations, your score history, your diary and everything she
        remembers about you. It can&apos;t be undone. Export your data first if you want a copy.
      </p>
      <label htmlFor="confirmation" className="text-sm font-medium text-white">
        Type <strong className="text-rose-soft">{phrase}</strong> to confirm
      </label>
      <input
        id="confirmation"
        name="confirmation"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        aria-invalid={state.status === "unconfirmed" ? true : undefined}
        aria-describedby={state.message ? "delete-error" : undefined}
        className={inputClass}
      />
      {state.message ? (
        <p id="delete-error" role="alert" className="text-sm text-rose-soft">
          {state.message}
        </p>
      ) : null}
      <div>
        <button
          type="submit"
          disabled={pending || !matches}
          className="rounded-full border border-rose bg-rose/10 px-5 py-2 font-semibold text-rose-soft hover:bg-rose hover:text-ink disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? "Deleting…" : "Delete my account"}
        </button>
      </div>
    </form>
  );
}
