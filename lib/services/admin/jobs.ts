// The scheduled jobs an admin may run now, by name (the same definitions the cron routes run).
import { bossTimeoutJob } from "@/lib/jobs/boss-timeout";
import { cleanupJob } from "@/lib/jobs/cleanup";
import { decayJob } from "@/lib/jobs/decay";
import { deliverJob } from "@/lib/jobs/deliver";
import { engagementJob } from "@/lib/jobs/engagement";
import type { JobDefinition } from "@/lib/jobs/job";
import { processJob } from "@/lib/jobs/process";
import { summaryJob } from "@/lib/jobs/summary";
import { touchpointsJob } from "@/lib/jobs/touchpoints";

export const ADMIN_JOBS: Record<string, JobDefinition> = Object.fromEntries(
  [
    deliverJob,
    processJob,
    decayJob,
    bossTimeoutJob,
    touchpointsJob,
    summaryJob,
    engagementJob,
    cleanupJob,
  ].map((job) => [job.name, job]),
);

export const ADMIN_JOB_NAMES = Object.keys(ADMIN_JOBS);
