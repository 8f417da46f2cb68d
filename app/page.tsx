import Link from "next/link";
import { connection } from "next/server";
import { env } from "@/lib/env";

// The public landing page: what the game is, who it is for, and the two ways to start.
export default async function LandingPage() {
  // Rendered per request: the bot link comes from the running server's settings, not from
  // whatever the build machine had (a prerendered page would freeze TELEGRAM_BOT_USERNAME).
  await connection();
  const botUrl = env.TELEGRAM_BOT_USERNAME ? `https://t.me/${env.TELEGRAM_BOT_USERNAME}` : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col px-6 py-12">
      <header className="flex items-center justify-between">
        <span className="text-sm font-semibold tracking-widest text-rose-soft uppercase">Nikita</span>
        <Link href="/sign-in" className="rounded-full border border-plum px-4 py-2 text-sm hover:bg-plum">
          Sign in
        </Link>
      </header>

      <section className="mt-16 flex flex-1 flex-col gap-8">
        <h1 className="text-4xl font-bold leading-tight sm:text-5xl">
          Nikita: <span className="text-rose">Don&apos;t Get Dumped</span>
        </h1>
        <p className="text-lg text-mist">
          She&apos;s 25, a penetration tester in Berlin, lives with a cat called Root and has zero patience
          for small talk. You text her. She texts back — when she feels like it. Be interesting, be honest,
          have a life of your own, and maybe she lets you in. Be boring, needy or cruel, and she&apos;s gone.
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
            className="rounded-full border border-rose px-6 py-3 text-center font-semibold text-rose-soft hover:bg-plum"
          >
            Play in the browser
          </Link>
        </div>
        <p className="text-sm text-mist">
          18+ only. Nikita is a fictional character in a game; conversations are written by an AI and scored
          by the game.
        </p>
      </section>
    </main>
  );
}
