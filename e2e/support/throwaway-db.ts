// A PostgreSQL database that exists only for one benchmark run: created on the server of
// `baseUrl` (TEST_DATABASE_URL), handed over as a URL, dropped afterwards even on failure.
import { randomBytes } from "node:crypto";
import postgres from "postgres";

export async function withThrowawayDatabase<T>(
  baseUrl: string,
  prefix: string,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  try {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return await use(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
