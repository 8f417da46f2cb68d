// /admin/balance — run the engine's balance simulator with chosen parameters.
import type { Metadata } from "next";
import { BalanceRunner } from "@/app/_components/admin/balance-runner";
import { requireAdmin } from "@/lib/auth/admin";
import { ARCHETYPES } from "@/lib/engine/sim";
import { MAX_SIM_DAYS, MAX_SIM_PLAYERS } from "@/lib/services/admin/balance";
import { balanceAction } from "../actions";

export const metadata: Metadata = { title: "Balance" };

export default async function AdminBalancePage() {
  await requireAdmin("/admin/balance");
  return (
    <>
      <h1 className="text-2xl font-bold">Balance</h1>
      <p className="text-sm text-mist">
        Simulated players of each archetype play the real engine day by day (the same simulator as{" "}
        <code>npm run sim</code>). Nothing is written to the database.
      </p>
      <BalanceRunner
        action={balanceAction}
        archetypes={ARCHETYPES}
        maxPlayers={MAX_SIM_PLAYERS}
        maxDays={MAX_SIM_DAYS}
      />
    </>
  );
}
