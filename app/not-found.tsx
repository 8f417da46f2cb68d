import Link from "next/link";
import { NikitaAvatar } from "./_components/brand/nikita-avatar";

// Any page that doesn't exist: branded, in her tone, with a way home.
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <NikitaAvatar size={88} />
      <h1 className="text-2xl font-bold">Nothing here.</h1>
      <p className="text-mist">
        &ldquo;i checked. twice. this page doesn&apos;t exist, and neither does whatever link sent you
        here.&rdquo;
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/" className="rounded-full bg-rose px-5 py-2.5 font-semibold text-ink hover:bg-rose-soft">
          Take me home
        </Link>
        <Link
          href="/dashboard"
          className="rounded-full border border-plum px-5 py-2.5 font-semibold hover:bg-plum"
        >
          My dashboard
        </Link>
      </div>
    </main>
  );
}
