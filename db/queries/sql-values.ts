// Typed SQL parameters for raw statements. drizzle's postgres.js driver sends parameters as
// text and does not serialise Date objects, so instants travel as ISO strings with an explicit
// cast; the same text works on PGlite.
import { type SQL, sql } from "drizzle-orm";

/** A timestamptz parameter. */
export const tstzParam = (value: Date): SQL => sql`${value.toISOString()}::timestamptz`;
