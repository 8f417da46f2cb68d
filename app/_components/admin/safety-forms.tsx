"use client";
// Safety page actions: clear or keep a player's age lock; mark a guard block or crisis flag
// as reviewed. Each asks for a reason and a confirmation.
import { ActionForm, type ActionState, Select } from "./action-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function AgeLockForm({ playerId, name, action }: { playerId: string; name: string; action: Action }) {
  return (
    <ActionForm action={action} title={`Age lock: ${name}`} submitLabel="Apply" hidden={{ playerId }} danger>
      <Select label="Decision" name="decision" options={["keep", "clear"]} />
    </ActionForm>
  );
}

export function ReviewEventForm({ eventIds, action }: { eventIds: number[]; action: Action }) {
  return (
    <ActionForm action={action} title="Mark an event as reviewed" submitLabel="Mark reviewed">
      <Select label="Event" name="eventId" options={eventIds.map(String)} />
    </ActionForm>
  );
}
