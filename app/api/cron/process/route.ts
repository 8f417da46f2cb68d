import { processJob } from "@/lib/jobs/process";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 60;

// GET /api/cron/process — recover stuck turns, close and mine idle conversations (every minute)
export const GET = withCron(processJob, maxDuration);
