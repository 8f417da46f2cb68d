// Every migration applies to a database that already holds rows: for each N, the database is
// at migration N−1 with players, conversations, messages, turns, facts and scheduled bubbles
// written at that version (rows accumulate from every earlier step), then migration N is
// applied and must succeed with the rows kept. On PGlite, and on PostgreSQL with
// TEST_DATABASE_URL.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";
import { queryRows } from "./query-rows";
import { createTestDatabase, testDrivers } from "./testing/test-db";

type Journal = { entries: { idx: number; tag: string }[] };
const journal: Journal = JSON.parse(
  readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
);

/** A migrations folder holding only the first `count` migrations. */
function folderUpTo(root: string, count: number): string {
  const dir = path.join(root, String(count));
  mkdirSync(path.join(dir, "meta"), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const e of entries)
    cpSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe.each(testDrivers())("migrations over existing rows on %s", (driver) => {
  const root = mkdtempSync(path.join(tmpdir(), "nikita-migrations-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("applies every migration N to a database seeded at N−1", async () => {
    // An empty database (the test helper's own is migrated already): migrate step by step.
    const t = await createTestDatabase(driver, { migrate: false });
    try {
      await migrateDatabase(t, folderUpTo(root, 2));
      for (let n = 3; n <= journal.entries.length; n++) {
        await seed(t.db, n);
        await expect(
          migrateDatabase(t, folderUpTo(root, n)),
          journal.entries[n - 1]!.tag,
        ).resolves.toBeUndefined();
      }
      const [counts] = await queryRows<{ players: number; facts: number; turns: number }>(
        t.db,
        sql`select (select count(*) from players)::int as players, (select count(*) from memory_facts)::int as facts,
                   (select count(*) from pending_turns)::int as turns`,
      );
      expect(counts).toEqual({
        players: journal.entries.length - 2,
        facts: journal.entries.length - 2,
        turns: journal.entries.length - 2,
      });
      // Keys were backfilled by 0003 for the rows that existed before it.
      const keys = await queryRows<{ subject_key: string }>(t.db, sql`select subject_key from memory_facts`);
      expect(keys.every((k) => k.subject_key === "dog")).toBe(true);
    } finally {
      await t.close();
    }
  }, 120_000);
});

/** Rows a live game has, written with the columns every version since 0001 has. */
async function seed(db: Parameters<typeof queryRows>[0], step: number) {
  const [player] = await queryRows<{ id: string }>(
    db,
    sql`insert into players (name, status, timezone) values (${`Player ${step}`}, 'active', 'UTC') returning id`,
  );
  const playerId = player!.id;
  const [conversation] = await queryRows<{ id: string }>(
    db,
    sql`insert into conversations (player_id, platform) values (${playerId}, 'web') returning id`,
  );
  const [message] = await queryRows<{ id: number }>(
    db,
    sql`insert into messages (player_id, conversation_id, role, content)
        values (${playerId}, ${conversation!.id}, 'player', 'I have a dog') returning id`,
  );
  await db.execute(sql`insert into pending_turns (player_id, message_id, conversation_id)
        values (${playerId}, ${message!.id}, ${conversation!.id})`);
  // From 0003 on the store writes normalised keys with each fact, as the app does.
  const [keyed] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from information_schema.columns
        where table_schema = 'public' and table_name = 'memory_facts' and column_name = 'subject_key'`,
  );
  if (keyed?.n) {
    await db.execute(sql`insert into memory_facts (player_id, about, subject, predicate, object, confidence, valid_at,
          subject_key, predicate_key, object_key)
        values (${playerId}, 'user', 'The dog', 'is named', ${`Rex ${step}`}, 0.9, now(), 'dog', 'is named', ${`rex ${step}`})`);
  } else {
    await db.execute(sql`insert into memory_facts (player_id, about, subject, predicate, object, confidence, valid_at)
        values (${playerId}, 'user', 'The dog', 'is named', ${`Rex ${step}`}, 0.9, now())`);
  }
  await db.execute(sql`insert into scheduled_events (player_id, channel, payload, due_at)
        values (${playerId}, 'web', '{"text":"hey"}'::jsonb, now())`);
}
