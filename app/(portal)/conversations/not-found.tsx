import Link from "next/link";

// A conversation id that is not yours (or does not exist): the same 404 either way.
export default function ConversationNotFound() {
  return (
    <div className="rounded-2xl border border-plum px-5 py-10 text-center">
      <h1 className="text-xl font-bold">No such conversation</h1>
      <p className="mt-2 text-mist">Either it never happened, or it isn&apos;t yours to read.</p>
      <Link
        href="/conversations"
        className="mt-5 inline-block font-semibold text-rose-soft underline underline-offset-2"
      >
        Back to your conversations
      </Link>
    </div>
  );
}
