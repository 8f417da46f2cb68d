"use client";
// The action panel of a player's admin page: one confirm-and-reason form per action.
import { ActionForm, type ActionState, Field, Select } from "./action-form";

type Props = {
  playerId: string;
  score: number;
  metrics: { intimacy: number; passion: number; trust: number; secureness: number };
  chapter: number;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
};

export function PlayerActionsPanel({ playerId, score, metrics, chapter, action }: Props) {
  const form = (name: string) => ({ playerId, action: name });
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      <ActionForm action={action} title="Set score" submitLabel="Set score" hidden={form("set_score")}>
        <p className="text-xs text-mist">
          Moves all four metrics by the same amount; the score is their weighted composite.
        </p>
        <Field
          label="New score (0–100)"
          name="score"
          type="number"
          step="0.01"
          min={0}
          max={100}
          defaultValue={score}
        />
      </ActionForm>
      <ActionForm action={action} title="Set metrics" submitLabel="Set metrics" hidden={form("set_metrics")}>
        <div className="grid grid-cols-2 gap-2">
          {(["intimacy", "passion", "trust", "secureness"] as const).map((m) => (
            <Field
              key={m}
              label={m}
              name={m}
              type="number"
              step="0.01"
              min={0}
              max={100}
              defaultValue={metrics[m]}
            />
          ))}
        </div>
      </ActionForm>
      <ActionForm action={action} title="Set chapter" submitLabel="Set chapter" hidden={form("set_chapter")}>
        <Select
          label="Chapter"
          name="chapter"
          options={["1", "2", "3", "4", "5"]}
          defaultValue={String(chapter)}
        />
      </ActionForm>
      <ActionForm
        action={action}
        title="Set status"
        submitLabel="Set status"
        hidden={form("set_status")}
        danger
      >
        <Select label="Status" name="status" options={["active", "boss_fight", "game_over", "won"]} />
        <Select
          label="Game-over reason (for game_over)"
          name="gameOverReason"
          options={["score_zero", "boss_fails", "clingy", "distant", "out_of_zone", "conflict_breakup"]}
        />
      </ActionForm>
      <ActionForm
        action={action}
        title="Reset boss attempts"
        submitLabel="Reset attempts"
        hidden={form("reset_boss_attempts")}
      />
      <ActionForm
        action={action}
        title="Clear boss cooldown"
        submitLabel="Clear cooldown"
        hidden={form("clear_cooldown")}
      />
      <ActionForm
        action={action}
        title="Send a message as Nikita"
        submitLabel="Queue message"
        hidden={form("send_message")}
      >
        <label className="flex flex-col gap-1 text-sm">
          Message (checked by the output guard)
          <textarea
            name="text"
            required
            maxLength={1000}
            rows={3}
            className="rounded-lg border border-plum bg-ink px-3 py-2"
          />
        </label>
      </ActionForm>
      <ActionForm
        action={action}
        title="Trigger a proactive message"
        submitLabel="Send proactive"
        hidden={form("trigger_proactive")}
      >
        <Select label="Kind" name="kind" options={["silence", "morning", "evening"]} />
      </ActionForm>
      <ActionForm
        action={action}
        title="Reset game"
        submitLabel="Reset game"
        hidden={form("reset_game")}
        danger
      >
        <p className="text-xs text-mist">Back to chapter 1 with fresh metrics; memories stay.</p>
      </ActionForm>
    </div>
  );
}
