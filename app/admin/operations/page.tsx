// /admin/operations — job runs (run now), the scheduled-events queue (retry, cancel), the
// error log, the Telegram webhook, model usage, route latency and detailed health.
import type { Metadata } from "next";
import { EventActionForm, RunJobForm, WebhookForm } from "@/app/_components/admin/ops-forms";
import { Badge, Empty, formatUtc, Json, Section, Table, Td } from "@/app/_components/admin/ui";
import { getDb } from "@/db";
import {
  eventQueue,
  latestRunPerJob,
  modelUsage,
  recentErrors,
  recentJobRuns,
  routeLatency,
} from "@/db/queries/admin-ops";
import { requireAdmin } from "@/lib/auth/admin";
import { TIME } from "@/lib/engine";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { checkHealth } from "@/lib/observability/health";
import { ADMIN_JOB_NAMES } from "@/lib/services/admin/jobs";
import { getTelegramWebhookInfo, type WebhookInfo } from "@/lib/services/telegram/webhook-admin";
import { eventAction, runJobAction, webhookAction } from "../actions";

export const metadata: Metadata = { title: "Operations" };

const USAGE_DAYS = 14;
const LATENCY_DAYS = 1;

async function webhookStatus(): Promise<{ info: WebhookInfo | null; note: string | null }> {
  if (!env.telegramEnabled)
    return { info: null, note: "The bot is off (no TELEGRAM_BOT_TOKEN): players use the web chat." };
  try {
    return { info: await getTelegramWebhookInfo(), note: null };
  } catch (error) {
    return { info: null, note: isAppError(error) ? error.message : "Telegram did not answer." };
  }
}

const tone = (status: string) =>
  status === "ok" || status === "healthy"
    ? "good"
    : status === "error" || status === "unhealthy"
      ? "bad"
      : "warn";

export default async function AdminOperationsPage() {
  await requireAdmin("/admin/operations");
  const db = await getDb();
  const now = Date.now();
  const [health, latest, runs, queue, errors, usage, latency, webhook] = await Promise.all([
    checkHealth(),
    latestRunPerJob(db),
    recentJobRuns(db),
    eventQueue(db),
    recentErrors(db),
    modelUsage(db, { since: new Date(now - USAGE_DAYS * TIME.msPerDay) }),
    routeLatency(db, { since: new Date(now - LATENCY_DAYS * TIME.msPerDay) }),
    webhookStatus(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">Operations</h1>

      <Section title="Health">
        <p className="mb-2 text-sm">
          Overall <Badge tone={tone(health.status)}>{health.status}</Badge> · checked{" "}
          {formatUtc(health.checkedAt)}
        </p>
        <Table caption="Health by component" head={["Component", "Status", "Mode", "Latency", "Detail"]}>
          {Object.entries(health.components).map(([name, c]) => (
            <tr key={name}>
              <Td>{name}</Td>
              <Td>
                <Badge tone={tone(c.status)}>{c.status}</Badge>
              </Td>
              <Td>{c.mode}</Td>
              <Td>{c.latencyMs !== undefined ? `${c.latencyMs} ms` : "—"}</Td>
              <Td>{c.detail ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Jobs">
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          {latest.length === 0 ? (
            <Empty>No job has run yet.</Empty>
          ) : (
            <Table
              caption="Latest run per job"
              head={["Job", "Status", "Started", "Duration", "Counts", "Last error"]}
            >
              {latest.map((r) => (
                <tr key={r.job}>
                  <Td>{r.job}</Td>
                  <Td>
                    <Badge tone={tone(r.status)}>{r.status}</Badge>
                  </Td>
                  <Td>{formatUtc(r.started_at)}</Td>
                  <Td>{r.duration_ms !== null ? `${r.duration_ms} ms` : "—"}</Td>
                  <Td>
                    <Json value={r.counts} />
                  </Td>
                  <Td>{r.last_error ? `${r.last_error} (${formatUtc(r.last_error_at)})` : "—"}</Td>
                </tr>
              ))}
            </Table>
          )}
          <RunJobForm jobs={ADMIN_JOB_NAMES} action={runJobAction} />
        </div>
        <details className="mt-4">
          <summary className="cursor-pointer text-sm text-mist">Recent runs ({runs.length})</summary>
          <Table caption="Recent job runs" head={["Job", "Status", "Started", "Duration", "Counts", "Error"]}>
            {runs.map((r) => (
              <tr key={r.id}>
                <Td>{r.job}</Td>
                <Td>{r.status}</Td>
                <Td>{formatUtc(r.startedAt)}</Td>
                <Td>{r.durationMs !== null ? `${r.durationMs} ms` : "—"}</Td>
                <Td>
                  <Json value={r.counts} />
                </Td>
                <Td>{r.error ?? "—"}</Td>
              </tr>
            ))}
          </Table>
        </details>
      </Section>

      <Section title="Scheduled events queue">
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          {queue.length === 0 ? (
            <Empty>Nothing pending or failed.</Empty>
          ) : (
            <Table
              caption="Pending and failed events"
              head={["Id", "Player", "Channel", "Source", "Status", "Due", "Attempts", "Text", "Last error"]}
            >
              {queue.map((e) => (
                <tr key={e.id}>
                  <Td>{e.id}</Td>
                  <Td>{e.playerName ?? e.playerId}</Td>
                  <Td>{e.channel}</Td>
                  <Td>{e.source}</Td>
                  <Td>
                    <Badge tone={e.status === "failed" ? "bad" : "neutral"}>{e.status}</Badge>
                  </Td>
                  <Td>{formatUtc(e.dueAt)}</Td>
                  <Td>{e.attempts}</Td>
                  <Td className="max-w-xs">{e.text}</Td>
                  <Td>{e.lastError ?? "—"}</Td>
                </tr>
              ))}
            </Table>
          )}
          {queue.length > 0 ? (
            <EventActionForm eventIds={queue.map((e) => e.id)} action={eventAction} />
          ) : null}
        </div>
      </Section>

      <Section title="Telegram webhook">
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          {webhook.info ? (
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-mist">URL</dt>
              <dd className="break-all">{webhook.info.url || "(none set)"}</dd>
              <dt className="text-mist">Pending updates</dt>
              <dd>{webhook.info.pendingUpdateCount}</dd>
              <dt className="text-mist">Last error</dt>
              <dd>
                {webhook.info.lastErrorMessage
                  ? `${webhook.info.lastErrorMessage} (${formatUtc(webhook.info.lastErrorAt)})`
                  : "none"}
              </dd>
              <dt className="text-mist">Allowed updates</dt>
              <dd>{webhook.info.allowedUpdates.join(", ") || "default"}</dd>
            </dl>
          ) : (
            <Empty>{webhook.note}</Empty>
          )}
          {env.telegramEnabled ? (
            <WebhookForm defaultUrl={`${env.appUrl}/api/telegram/webhook`} action={webhookAction} />
          ) : null}
        </div>
      </Section>

      <Section title={`Model usage (${USAGE_DAYS} days)`}>
        {usage.length === 0 ? (
          <Empty>No model calls recorded{env.modelMode === "offline" ? " — Nikita runs offline" : ""}.</Empty>
        ) : (
          <Table
            caption="Model usage by day, model and purpose"
            head={[
              "Day",
              "Model",
              "Purpose",
              "Calls",
              "Errors",
              "Input",
              "Output",
              "Cache read",
              "Cache hit",
              "Cost (USD)",
            ]}
          >
            {usage.map((u) => (
              <tr key={`${u.day}-${u.model}-${u.purpose}`}>
                <Td>{u.day}</Td>
                <Td>{u.model}</Td>
                <Td>{u.purpose}</Td>
                <Td>{u.calls}</Td>
                <Td>{u.errors}</Td>
                <Td>{u.inputTokens}</Td>
                <Td>{u.outputTokens}</Td>
                <Td>{u.cacheReadTokens}</Td>
                <Td>{u.cacheHitRate === null ? "—" : `${Math.round(u.cacheHitRate * 100)}%`}</Td>
                <Td>{u.costUsd.toFixed(4)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section title="Route latency (sampled, last 24 h)">
        {latency.length === 0 ? (
          <Empty>No samples yet (REQUEST_METRICS_SAMPLE_RATE = {env.REQUEST_METRICS_SAMPLE_RATE}).</Empty>
        ) : (
          <Table caption="Route latency percentiles" head={["Route", "Samples", "p50", "p95", "p99", "5xx"]}>
            {latency.map((r) => (
              <tr key={r.route}>
                <Td>{r.route}</Td>
                <Td>{r.samples}</Td>
                <Td>{r.p50.toFixed(1)} ms</Td>
                <Td>{r.p95.toFixed(1)} ms</Td>
                <Td>{r.p99.toFixed(1)} ms</Td>
                <Td>{r.errors}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section title="Error log">
        {errors.length === 0 ? (
          <Empty>No errors recorded.</Empty>
        ) : (
          <Table caption="Recent server errors" head={["When", "Scope", "Code", "Message", "Context"]}>
            {errors.map((e) => (
              <tr key={e.id}>
                <Td>{formatUtc(e.createdAt)}</Td>
                <Td>{e.scope}</Td>
                <Td>{e.code ?? "—"}</Td>
                <Td className="max-w-md">{e.message}</Td>
                <Td>
                  <Json value={e.context} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
