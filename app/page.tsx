import Link from "next/link";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { NikitaAvatar } from "./_components/brand/nikita-avatar";
import { SampleChat } from "./_components/brand/sample-chat";

// The public landing page: her (an avatar drawn for the game and a few lines of how she
// texts), what the game is, who it is for, and how to start. The browser is the primary way
// in unless a Telegram bot is configured, then Telegram leads and the browser follows.
export default async function LandingPage() {
  // Rendered per request: the bot link comes from the running server's settings, not from
  // whatever the build machine had (a prerendered page would freeze TELEGRAM_BOT_USERNAME).
  await connection();
  const botUrl = env.TELEGRAM_BOT_USERNAME ? `https://t.me/${env.TELEGRAM_BOT_USERNAME}` : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-5xl flex-col px-6 py-10 sm:py-12">
      <header className="flex items-center justify-between">
        <span className="text-sm font-semibold tracking-widest text-rose-soft uppercase">Nikita</span>
        <Link href="/sign-in" className="rounded-full border border-plum px-4 py-2 text-sm hover:bg-plum">
          Sign in
        </Link>
      </header>

      <div className="mt-10 grid flex-1 items-start gap-10 sm:mt-14 md:grid-cols-[1fr_22rem]">
        <section className="flex flex-col gap-8">
          <h1 className="text-4xl font-bold leading-tight sm:text-5xl">
            Nikita: <span className="text-rose">Don&apos;t Get Dumped</span>
          </h1>
          <p className="text-lg text-mist">
            She&apos;s 25, a penetration tester in Berlin, lives with a cat called Root and has zero patience
            for small talk. You text her. She texts back — when she feels like it. Be interesting, be honest,
            have a life of your own, and maybe she lets you in. Be boring, needy or cruel, and she&apos;s
            gone.
          </p>
          <ul className="grid gap-4 text-mist sm:grid-cols-3">
            <li className="rounded-2xl bg-night p-4">
              <strong className="block text-white">Five chapters</strong>
              From guarded curiosity to something real. Each one ends with a test you can fail.
            </li>
            <li className="rounded-2xl bg-night p-4">
              <strong className="block text-white">She remembers</strong>
              What you told her, how you treated her, and how long you left her on read.
            </li>
            <li className="rounded-2xl bg-night p-4">
              <strong className="block text-white">Text or call</strong>
              Play on Telegram or right here in the browser, and call her when she&apos;ll pick up.
            </li>
          </ul>
          <div className="flex flex-col gap-3 sm:flex-row">
            {botUrl ? (
              <a
                href={botUrl}
                className="rounded-full bg-rose px-6 py-3 text-center font-semibold text-ink hover:bg-rose-soft"
              >
                Start on Telegram
              </a>
            ) : null}
            <Link
              href="/sign-in"
              className={
                botUrl
                  ? "rounded-full border border-rose px-6 py-3 text-center font-semibold text-rose-soft hover:bg-plum"
                  : "rounded-full bg-rose px-6 py-3 text-center font-semibold text-ink hover:bg-rose-soft"
              }
            >
              Play in the browser
            </Link>
          </div>
          <p className="text-sm text-mist">
            18+ only. Nikita is a fictional character in a game; conversations are written by an AI and scored
            by the game.
          </p>
        </section>
        <aside
          aria-label="How she texts"
          className="flex flex-col gap-4 rounded-3xl border border-plum bg-night p-5"
        >
          <div className="flex items-center gap-3">
            <NikitaAvatar size={56} />
            <div>
              <p className="font-semibold">Nikita, 25</p>
              <p className="text-sm text-mist">Kreuzberg, Berlin · breaks into computers for a living</p>
            </div>
          </div>
          <SampleChat />
        </aside>
      </div>
    </main>
  );
}
