import { touchpointsJob } from "@/lib/jobs/touchpoints";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 300;

// GET /api/cron/touchpoints — proactive messages and "still there?" lines (every 15 min)
export const GET = withCron(touchpointsJob, maxDuration);
