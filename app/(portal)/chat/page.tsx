import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChatWindow } from "@/app/_components/chat/chat-window";
import { withPlayer } from "@/db/with-player";
import { env } from "@/lib/env";
import { loadAccountPlayer } from "@/lib/services/account/session-player";
import {
  CHAT_FAST_POLL_INTERVAL_MS,
  CHAT_POLL_INTERVAL_MS,
  loadChatFeed,
} from "@/lib/services/web-chat/chat-feed";
import { WEB_MESSAGE_MAX_CHARS } from "@/lib/services/web-chat/send-web-message";
import { StartOver } from "./start-over";

export const metadata: Metadata = { title: "Chat" };

// /chat — talk to her in the browser (the web channel of the same pipeline), laid out as a
// messenger. A game that has ended says so plainly and offers a fresh start.
export default async function ChatPage() {
  const { claims, player } = await loadAccountPlayer("/chat");
  if (!player) redirect("/sign-in");
  if (player.status === "onboarding") redirect("/onboarding");
  const now = new Date();
  const feed = await withPlayer(claims, (tx) => loadChatFeed(tx, { playerId: player.id, now }));
  const botUsername = env.TELEGRAM_BOT_USERNAME;
  const ended = player.status === "game_over" || player.status === "won";

  return (
    <ChatWindow
      initial={{ ...feed, status: player.status }}
      maxChars={WEB_MESSAGE_MAX_CHARS}
      pollMs={CHAT_POLL_INTERVAL_MS}
      fastPollMs={CHAT_FAST_POLL_INTERVAL_MS}
      timeZone={player.timezone ?? "UTC"}
      renderedAt={now.toISOString()}
    >
      {ended ? (
        <section
          aria-labelledby="ended-title"
          className="m-3 flex flex-col gap-2 rounded-2xl border border-rose/60 bg-rose/10 p-4"
        >
          <h2 id="ended-title" className="font-semibold">
            {player.status === "won" ? "You won. She's yours." : "Game over — she dumped you."}
          </h2>
          <p className="text-sm text-mist">
            {player.status === "won"
              ? "You made it through all five chapters. You can keep texting her, or start a new game from the beginning."
              : "She's done with this relationship. Messages now get her last word, nothing more. You can start a new game from the beginning."}
            {botUsername ? " On Telegram, send /start to her to do the same." : ""}
          </p>
          <StartOver />
        </section>
      ) : null}
    </ChatWindow>
  );
}
