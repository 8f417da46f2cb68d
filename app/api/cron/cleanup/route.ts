import { cleanupJob } from "@/lib/jobs/cleanup";
import { withCron } from "@/lib/jobs/with-cron";

export const maxDuration = 300;

// GET /api/cron/cleanup — delete expired codes and old operational rows (daily)
export const GET = withCron(cleanupJob, maxDuration);
