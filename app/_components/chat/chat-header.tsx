import { NikitaAvatar } from "../brand/nikita-avatar";

// The top of the chat, as in any messenger: her face, her name, and what she's doing now.
export function ChatHeader({ status, typing }: { status: string; typing: boolean }) {
  return (
    <header className="flex items-center gap-3 border-b border-plum px-3 py-2 sm:px-4">
      <NikitaAvatar size={40} />
      <div className="min-w-0">
        <h1 className="text-base leading-tight font-semibold">Nikita</h1>
        <p className={`truncate text-xs ${typing ? "text-rose-soft" : "text-mist"}`}>
          {typing ? "typing…" : status}
        </p>
      </div>
    </header>
  );
}
