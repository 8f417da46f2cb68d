// The job schedules, read from vercel.json so Vercel Cron and the local scheduler can never
// disagree. Each entry must point at /api/cron/<job> and carry a valid five-field expression.
import { z } from "zod";
import vercelConfig from "@/vercel.json";
import { type CronExpression, parseCronExpression } from "./cron-expression";

const CRON_PATH = /^\/api\/cron\/([a-z][a-z-]*)$/;

const vercelCronsSchema = z.object({
  crons: z.array(z.object({ path: z.string().regex(CRON_PATH), schedule: z.string().min(9) })).min(1),
});

export interface JobSchedule {
  job: string;
  path: string;
  expression: CronExpression;
}

export function parseSchedules(config: unknown): JobSchedule[] {
  const { crons } = vercelCronsSchema.parse(config);
  return crons.map((c) => ({
    job: CRON_PATH.exec(c.path)?.[1] ?? "",
    path: c.path,
    expression: parseCronExpression(c.schedule),
  }));
}

/** The schedules declared in vercel.json. */
export function loadSchedules(): JobSchedule[] {
  return parseSchedules(vercelConfig);
}
