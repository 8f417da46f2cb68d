// /admin/audit — every admin action, newest first: who, what, on whom, before, after, why.
import type { Metadata } from "next";
import Link from "next/link";
import { Empty, formatUtc, Json, Section, Table, Td } from "@/app/_components/admin/ui";
import { getDb } from "@/db";
import { recentAudit } from "@/db/queries/admin-ops";
import { requireAdmin } from "@/lib/auth/admin";

export const metadata: Metadata = { title: "Audit log" };

const AUDIT_PAGE = 200;

export default async function AdminAuditPage() {
  await requireAdmin("/admin/audit");
  const rows = await recentAudit(await getDb(), AUDIT_PAGE);
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <Section title={`Latest ${AUDIT_PAGE} admin actions`} id="audit-entries">
        {rows.length === 0 ? (
          <Empty>No admin action yet.</Empty>
        ) : (
          <Table
            caption="Admin audit log"
            head={["When", "Admin", "Action", "Player", "Reason", "Before", "After"]}
          >
            {rows.map((a) => (
              <tr key={a.id}>
                <Td>{formatUtc(a.createdAt)}</Td>
                <Td>{a.adminEmail ?? a.adminUserId}</Td>
                <Td>{a.action}</Td>
                <Td>
                  {a.playerId ? (
                    <Link href={`/admin/players/${a.playerId}`} className="text-rose-soft underline">
                      {a.playerName ?? a.playerId.slice(0, 8)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>{a.reason}</Td>
                <Td>
                  <Json value={a.before} />
                </Td>
                <Td>
                  <Json value={a.after} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
