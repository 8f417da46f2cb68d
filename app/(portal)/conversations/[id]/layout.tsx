import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { conversationBelongsToPlayer } from "@/lib/portal/conversations";
import { readAsPlayer } from "@/lib/portal/player";

// Guards /conversations/[id] before anything streams: a conversation that is not this
// player's (RLS finds nothing) is a real HTTP 404, not a 200 page that says "not found".
// It sits above this segment's loading.tsx on purpose; a Suspense boundary would commit 200.
export default async function ConversationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const result = await readAsPlayer((tx, player) =>
    conversationBelongsToPlayer(tx, { playerId: player.id, conversationId: id }),
  );
  if (!result?.data) notFound();
  return children;
}
