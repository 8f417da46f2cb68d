import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from db/schema. Migrations are applied by db/migrate.ts (on
// `npm run dev`/`start` and `npm run db:migrate`), never by drizzle-kit push.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  schemaFilter: ["public"],
  entities: { roles: { provider: "supabase" } },
});
