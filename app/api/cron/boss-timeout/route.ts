import { bossTimeoutJob } from "@/lib/jobs/boss-timeout";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 300;

// GET /api/cron/boss-timeout — fail boss fights left unanswered for 24 h (hourly)
export const GET = withCron(bossTimeoutJob, maxDuration);
