import { deliverJob } from "@/lib/jobs/deliver";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 60;

// GET /api/cron/deliver — send due scheduled messages (every minute)
export const GET = withCron(deliverJob, maxDuration);
