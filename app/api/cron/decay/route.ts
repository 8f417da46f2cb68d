import { decayJob } from "@/lib/jobs/decay";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 300;

// GET /api/cron/decay — hourly relationship decay for every eligible player
export const GET = withCron(decayJob, maxDuration);
