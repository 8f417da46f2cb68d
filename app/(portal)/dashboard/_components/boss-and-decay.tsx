import type { BossView, DecayView } from "@/lib/portal/dashboard";
import { formatHours } from "../../_components/format";

// Her next test (boss) and the silence clock (decay), in plain sentences.
export function BossStatus({ boss, maxAttempts }: { boss: BossView; maxAttempts: number }) {
  switch (boss.kind) {
    case "in_progress":
      return (
        <p>
          <strong className="text-rose-soft">Her test is on: “{boss.name}”.</strong> Answer her, and mean it.
        </p>
      );
    case "cooldown":
      return (
        <p>
          “{boss.name}” is on pause until she’s ready to try again. Attempts left: {boss.attemptsLeft} of{" "}
          {maxAttempts}.
        </p>
      );
    case "ahead":
      return (
        <p>
          Next test: <strong>“{boss.name}”</strong> once the score reaches {boss.threshold} (
          {boss.pointsToGo.toFixed(1)} to go). Attempts left: {boss.attemptsLeft} of {maxAttempts}.
        </p>
      );
    case "ready":
      return (
        <p>
          You’ve reached her test, <strong>“{boss.name}”</strong>. It starts with your next message. Attempts
          left: {boss.attemptsLeft} of {maxAttempts}.
        </p>
      );
    case "over":
      return <p>No more tests. This game is over.</p>;
  }
}

export function DecayStatus({ decay }: { decay: DecayView }) {
  switch (decay.kind) {
    case "grace":
      return (
        <p>
          <strong>{formatHours(decay.hoursLeft)}</strong> before she starts to feel ignored (she gives you{" "}
          {decay.graceHours} h in this chapter).
        </p>
      );
    case "decaying":
      return (
        <p>
          <strong className="text-rose-soft">She feels ignored.</strong> The score drops {decay.pointsPerHour}{" "}
          points an hour until you write (at most {decay.dailyCap} a day; {decay.lostToday.toFixed(1)} lost
          today).
        </p>
      );
    case "paused":
      return (
        <p>
          {decay.reason === "boss_fight"
            ? "The clock is paused while her test is on."
            : decay.reason === "onboarding"
              ? "The clock starts once you've met her."
              : "The clock has stopped."}
        </p>
      );
  }
}
