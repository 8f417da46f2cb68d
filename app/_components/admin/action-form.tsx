"use client";
// One admin action as a form: the action's own fields, a required reason and an explicit
// confirmation box, then the server's answer (what changed, or why it was refused).
import { type ReactNode, useActionState } from "react";

export type ActionState = { ok: boolean; message: string } | null;
export type AdminFormAction = (state: ActionState, form: FormData) => Promise<ActionState>;

export function ActionForm({
  action,
  title,
  submitLabel,
  hidden = {},
  children,
  danger = false,
}: {
  action: AdminFormAction;
  title: string;
  submitLabel: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-2 rounded-xl border border-plum p-4"
      aria-label={title}
    >
      <h3 className="font-semibold">{title}</h3>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <label className="flex flex-col gap-1 text-sm">
        Reason
        <input
          name="reason"
          required
          minLength={3}
          maxLength={500}
          className="rounded-lg border border-plum bg-ink px-3 py-2"
          placeholder="Why (kept in the audit log)"
        />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required />I confirm this change
      </label>
      <button
        type="submit"
        disabled={pending}
        className={`self-start rounded-lg px-4 py-2 text-sm font-semibold text-ink disabled:opacity-60 ${danger ? "bg-amber-300" : "bg-rose-soft"}`}
      >
        {pending ? "Working…" : submitLabel}
      </button>
      {state ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={`text-sm ${state.ok ? "text-emerald-300" : "text-rose-soft"}`}
        >
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function Field({
  label,
  name,
  type = "text",
  defaultValue,
  step,
  min,
  max,
  required = true,
}: {
  label: string;
  name: string;
  type?: string;
  defaultValue?: string | number;
  step?: string;
  min?: number;
  max?: number;
  required?: boolean;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <input
        name={name}
        type={type}
        defaultValue={defaultValue}
        step={step}
        min={min}
        max={max}
        required={required}
        className="rounded-lg border border-plum bg-ink px-3 py-2"
      />
    </label>
  );
}

export function Select({
  label,
  name,
  options,
  defaultValue,
}: {
  label: string;
  name: string;
  options: readonly string[];
  defaultValue?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select
        name={name}
        defaultValue={defaultValue}
        className="rounded-lg border border-plum bg-ink px-3 py-2"
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
