// The alert hook: health turning unhealthy, or a job failing three runs in a row, is posted as
// JSON to ALERT_WEBHOOK_URL (Slack/Discord-style incoming webhooks and most pagers accept a
// JSON POST) and always logged. Without the setting the alert is only logged. Never throws: an
// alert that cannot be delivered must not break the request or job that raised it.
import { env } from "@/lib/env";
import { createLogger } from "./logger";

const log = createLogger("alerts");
const ALERT_TIMEOUT_MS = 3000;

export type Alert =
  | { kind: "health_unhealthy"; components: Record<string, string> }
  | { kind: "job_failing"; job: string; consecutiveFailures: number; runId: number; error?: string };

export type AlertSender = (url: string, body: unknown) => Promise<void>;

const postJson: AlertSender = async (url, body) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ALERT_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`alert webhook answered ${res.status}`);
};

function summary(alert: Alert): string {
  switch (alert.kind) {
    case "health_unhealthy":
      return `Nikita is unhealthy: ${Object.entries(alert.components)
        .map(([name, status]) => `${name} ${status}`)
        .join(", ")}`;
    case "job_failing":
      return `Nikita job "${alert.job}" failed ${alert.consecutiveFailures} runs in a row (run ${alert.runId})`;
  }
}

export async function raiseAlert(
  alert: Alert,
  options: { url?: string; send?: AlertSender } = {},
): Promise<"sent" | "logged"> {
  const url = options.url ?? env.ALERT_WEBHOOK_URL;
  const text = summary(alert);
  log.warn("alert", { alert: alert.kind, text, ...alert });
  if (!url) return "logged";
  try {
    await (options.send ?? postJson)(url, { text, app: "nikita", version: env.buildCommit, ...alert });
    return "sent";
  } catch (error) {
    log.error("alert webhook failed", { alert: alert.kind, error });
    return "logged";
  }
}

/** Consecutive failed runs that raise a job alert (once, at exactly this many). */
export const JOB_FAILURES_BEFORE_ALERT = 3;
