import { engagementJob } from "@/lib/jobs/engagement";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 300;

// GET /api/cron/engagement — close ended player days, engagement transitions (hourly)
export const GET = withCron(engagementJob, maxDuration);
