import { summaryJob } from "@/lib/jobs/summary";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 300;

// GET /api/cron/summary — her diary entry for each player day that ended (hourly)
export const GET = withCron(summaryJob, maxDuration);
