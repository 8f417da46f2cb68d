"use client";

import { useActionState, useEffect, useState } from "react";
import { type OnboardingFormState, submitOnboarding } from "./actions";

// The onboarding form: name, 18+ confirmation, time zone (preselected from the browser),
// optional country, and how dark she may get (1–5, each level explained in plain words).
const DARKNESS_LEVELS: Record<number, { label: string; description: string }> = {
  1: { label: "Gentle", description: "Clever banter and honest feelings. Nothing edgy." },
  2: { label: "Light", description: "Teasing, nerdy one-upmanship, the occasional soft moment." },
  3: { label: "Balanced", description: "Dark jokes, intense feelings, some flirting. The default." },
  4: { label: "Edgy", description: "Risky ideas, bleak humour, heavier flirting. She pushes back harder." },
  5: {
    label: "Unfiltered",
    description: "Everything level 4 has, turned all the way up. Still never cruel.",
  },
};
const DEFAULT_DARKNESS = 3;
const INITIAL: OnboardingFormState = { errors: {}, values: {} };

function timeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const zones = supported ? supported("timeZone") : [];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

const inputClass =
  "w-full rounded-xl border border-plum bg-ink px-4 py-3 text-white placeholder:text-mist/70 focus:border-rose-soft";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm text-rose-soft">
      {message}
    </p>
  ) : null;
}

export function OnboardingForm({
  defaultName,
  darknessRange,
}: {
  defaultName: string;
  darknessRange: { min: number; max: number };
}) {
  const [state, action, pending] = useActionState(submitOnboarding, INITIAL);
  const [zones, setZones] = useState<string[]>(["UTC"]);
  const [timezone, setTimezone] = useState(state.values.timezone || "UTC");

  useEffect(() => {
    setZones(timeZones());
    if (!state.values.timezone) {
      setTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
    }
  }, [state.values.timezone]);

  const e = state.errors;
  const levels = Array.from(
    { length: darknessRange.max - darknessRange.min + 1 },
    (_, i) => darknessRange.min + i,
  );
  const darkness = Number(state.values.darkness) || DEFAULT_DARKNESS;

  return (
    <form action={action} className="mt-6 flex flex-col gap-6" noValidate>
      {Object.keys(e).length > 0 ? (
        <p
          role="alert"
          className="rounded-xl border border-rose/60 bg-rose/10 px-4 py-3 text-sm text-rose-soft"
        >
          A couple of answers need another look.
        </p>
      ) : null}

      <div className="flex flex-col gap-2">
        <label htmlFor="name" className="text-sm font-medium text-white">
          What should she call you?
        </label>
        <input
          id="name"
          name="name"
          required
          maxLength={40}
          autoComplete="given-name"
          defaultValue={state.values.name ?? defaultName}
          aria-invalid={e.name ? true : undefined}
          aria-describedby={e.name ? "name-error" : undefined}
          className={inputClass}
        />
        <FieldError id="name-error" message={e.name} />
      </div>

      <div className="flex flex-col gap-2">
        <div className="flex items-start gap-3">
          <input
            id="isAdultConfirmed"
            name="isAdultConfirmed"
            type="checkbox"
            required
            aria-invalid={e.isAdultConfirmed ? true : undefined}
            aria-describedby={e.isAdultConfirmed ? "adult-error" : undefined}
            className="mt-1 size-5 accent-rose"
          />
          <label htmlFor="isAdultConfirmed" className="text-white">
            I&apos;m 18 or older.
            <span className="block text-sm text-mist">
              Nikita is an adult game; she only talks to adults.
            </span>
          </label>
        </div>
        <FieldError id="adult-error" message={e.isAdultConfirmed} />
      </div>

      <div className="flex flex-col gap-2">
        <label htmlFor="timezone" className="text-sm font-medium text-white">
          Your time zone
        </label>
        <select
          id="timezone"
          name="timezone"
          value={timezone}
          onChange={(event) => setTimezone(event.target.value)}
          aria-describedby={e.timezone ? "timezone-error timezone-hint" : "timezone-hint"}
          aria-invalid={e.timezone ? true : undefined}
          className={inputClass}
        >
          {(zones.includes(timezone) ? zones : [timezone, ...zones]).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <p id="timezone-hint" className="text-sm text-mist">
          Taken from your browser. She keeps her own hours — this is how she knows yours.
        </p>
        <FieldError id="timezone-error" message={e.timezone} />
      </div>

      <div className="flex flex-col gap-2">
        <label htmlFor="country" className="text-sm font-medium text-white">
          Country <span className="font-normal text-mist">(optional, two letters, e.g. DE)</span>
        </label>
        <input
          id="country"
          name="country"
          maxLength={2}
          autoComplete="country"
          defaultValue={state.values.country ?? ""}
          aria-invalid={e.country ? true : undefined}
          aria-describedby={e.country ? "country-error" : undefined}
          className={`${inputClass} uppercase sm:w-32`}
        />
        <FieldError id="country-error" message={e.country} />
      </div>

      <fieldset className="flex flex-col gap-2" aria-describedby={e.darkness ? "darkness-error" : undefined}>
        <legend className="text-sm font-medium text-white">How dark can she get?</legend>
        <div className="mt-2 flex flex-col gap-2">
          {levels.map((level) => {
            const info = DARKNESS_LEVELS[level];
            return (
              <label
                key={level}
                className="flex cursor-pointer items-start gap-3 rounded-xl border border-plum px-4 py-3 has-[:checked]:border-rose-soft has-[:checked]:bg-plum/60"
              >
                <input
                  type="radio"
                  name="darkness"
                  value={level}
                  defaultChecked={level === darkness}
                  className="mt-1 size-4 accent-rose"
                />
                <span>
                  <span className="font-semibold text-white">
                    {level} · {info?.label}
                  </span>
                  <span className="block text-sm text-mist">{info?.description}</span>
                </span>
              </label>
            );
          })}
        </div>
        <FieldError id="darkness-error" message={e.darkness} />
      </fieldset>

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-rose px-6 py-3 font-semibold text-ink transition hover:bg-rose-soft disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Starting…" : "Meet Nikita"}
      </button>
    </form>
  );
}
