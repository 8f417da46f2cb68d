import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChatWindow } from "@/app/_components/chat/chat-window";
import { withPlayer } from "@/db/with-player";
import { env } from "@/lib/env";
import { loadAccountPlayer } from "@/lib/services/account/session-player";
import { CHAT_POLL_INTERVAL_MS, loadChatFeed } from "@/lib/services/web-chat/chat-feed";
import { WEB_MESSAGE_MAX_CHARS } from "@/lib/services/web-chat/send-web-message";
import { PageHeading } from "../_components/card";
import { StartOver } from "./start-over";

export const metadata: Metadata = { title: "Chat" };

// /chat — talk to her in the browser (the web channel of the same pipeline). A game that has
// ended says so plainly and offers a fresh start.
export default async function ChatPage() {
  const { claims, player } = await loadAccountPlayer("/chat");
  if (!player) redirect("/sign-in");
  if (player.status === "onboarding") redirect("/onboarding");
  const feed = await withPlayer(claims, (tx) => loadChatFeed(tx, { playerId: player.id, now: new Date() }));
  const botUsername = env.TELEGRAM_BOT_USERNAME;

  return (
    <div className="flex flex-col">
      <PageHeading title="Chat">
        She answers when she feels like it. That&apos;s part of the game.
      </PageHeading>
      {player.status === "game_over" || player.status === "won" ? (
        <section
          aria-labelledby="ended-title"
          className="mb-4 flex flex-col gap-3 rounded-2xl border border-rose/60 bg-rose/10 p-5"
        >
          <h2 id="ended-title" className="text-lg font-semibold">
            {player.status === "won" ? "You won. She's yours." : "Game over — she dumped you."}
          </h2>
          <p className="text-mist">
            {player.status === "won"
              ? "You made it through all five chapters. You can keep texting her, or start a new game from the beginning."
              : "She's done with this relationship. Messages now get her last word, nothing more. You can start a new game from the beginning."}
            {botUsername ? " On Telegram, send /start to her to do the same." : ""}
          </p>
          <StartOver />
        </section>
      ) : null}
      <ChatWindow
        initial={{ bubbles: feed.bubbles, typing: feed.typing, status: player.status }}
        maxChars={WEB_MESSAGE_MAX_CHARS}
        pollMs={CHAT_POLL_INTERVAL_MS}
      />
    </div>
  );
}
