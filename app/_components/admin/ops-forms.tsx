"use client";
// Operations action forms: run a job now, retry or cancel a scheduled event, set the
// Telegram webhook. Each asks for a reason and a confirmation.
import { ActionForm, type ActionState, Field, Select } from "./action-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function RunJobForm({ jobs, action }: { jobs: string[]; action: Action }) {
  return (
    <ActionForm action={action} title="Run a job now" submitLabel="Run now">
      <Select label="Job" name="job" options={jobs} />
    </ActionForm>
  );
}

export function EventActionForm({ eventIds, action }: { eventIds: number[]; action: Action }) {
  return (
    <ActionForm action={action} title="Retry or cancel an event" submitLabel="Apply">
      <Select label="Event" name="eventId" options={eventIds.map(String)} />
      <Select label="Do" name="action" options={["retry_event", "cancel_event"]} />
    </ActionForm>
  );
}

export function WebhookForm({ defaultUrl, action }: { defaultUrl: string; action: Action }) {
  return (
    <ActionForm action={action} title="Set the Telegram webhook" submitLabel="Set webhook">
      <Field label="Webhook URL" name="url" type="url" defaultValue={defaultUrl} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="dropPendingUpdates" value="yes" />
        Drop pending updates
      </label>
    </ActionForm>
  );
}
