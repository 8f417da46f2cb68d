// Circuit breaker around every model call. Rule: after 5 consecutive failures the circuit
// opens and calls fail fast (no request leaves the process) for a 30 s cool-down; then one
// trial call is let through (half-open). Its success closes the circuit; its failure opens it
// for another cool-down. The transitions are pure functions of (snapshot, now); the class only
// holds the snapshot and an injected clock, so tests drive time without waiting.
import { AppError } from "@/lib/errors";

export type BreakerState = "closed" | "open" | "half_open";

export type BreakerOptions = {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is allowed. */
  cooldownMs: number;
  /**
   * Which errors say the upstream is unhealthy. Others (e.g. a 400 for a bad request) prove it
   * answered, so they count as a healthy call for the circuit and are simply rethrown.
   */
  isFailure: (error: unknown) => boolean;
};

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  failureThreshold: 5,
  cooldownMs: 30_000,
  isFailure: () => true,
};

export type BreakerSnapshot = {
  state: BreakerState;
  consecutiveFailures: number;
  openedAt: number | null;
  /** Half-open: the single trial call is in flight, everyone else still fails fast. */
  isTrialInFlight: boolean;
};

export const CLOSED: BreakerSnapshot = {
  state: "closed",
  consecutiveFailures: 0,
  openedAt: null,
  isTrialInFlight: false,
};

/** Thrown instead of calling the model while the circuit is open. */
export class CircuitOpenError extends AppError {
  override name = "CircuitOpenError";
  readonly retryAfterMs: number;

  constructor(name: string, retryAfterMs: number) {
    super("unavailable:model", `${name} circuit is open`);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Whether a call may go out now, and the snapshot after deciding. */
export function admit(
  snapshot: BreakerSnapshot,
  now: number,
  options: Pick<BreakerOptions, "cooldownMs">,
): { isAdmitted: boolean; next: BreakerSnapshot; retryAfterMs: number } {
  if (snapshot.state === "closed") return { isAdmitted: true, next: snapshot, retryAfterMs: 0 };
  if (snapshot.state === "half_open") {
    if (snapshot.isTrialInFlight)
      return { isAdmitted: false, next: snapshot, retryAfterMs: options.cooldownMs };
    return { isAdmitted: true, next: { ...snapshot, isTrialInFlight: true }, retryAfterMs: 0 };
  }
  const reopensAt = (snapshot.openedAt ?? now) + options.cooldownMs;
  if (now < reopensAt) return { isAdmitted: false, next: snapshot, retryAfterMs: reopensAt - now };
  return {
    isAdmitted: true,
    next: { ...snapshot, state: "half_open", isTrialInFlight: true },
    retryAfterMs: 0,
  };
}

export function recordSuccess(_snapshot: BreakerSnapshot): BreakerSnapshot {
  return CLOSED;
}

export function recordFailure(
  snapshot: BreakerSnapshot,
  now: number,
  options: Pick<BreakerOptions, "failureThreshold">,
): BreakerSnapshot {
  if (snapshot.state === "half_open") {
    return { ...snapshot, state: "open", openedAt: now, isTrialInFlight: false };
  }
  const consecutiveFailures = snapshot.consecutiveFailures + 1;
  if (consecutiveFailures >= options.failureThreshold) {
    return { state: "open", consecutiveFailures, openedAt: now, isTrialInFlight: false };
  }
  return { ...snapshot, consecutiveFailures };
}

export class CircuitBreaker {
  private snapshot: BreakerSnapshot = CLOSED;
  private readonly options: BreakerOptions;

  constructor(
    readonly name: string,
    options: Partial<BreakerOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULT_BREAKER_OPTIONS, ...options };
  }

  /** The state as a caller would see it now (an elapsed cool-down reads as half-open). */
  get state(): BreakerState {
    if (this.snapshot.state !== "open") return this.snapshot.state;
    return admit(this.snapshot, this.now(), this.options).isAdmitted ? "half_open" : "open";
  }

  /** Runs `fn` if the circuit admits it; its outcome moves the circuit. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const decision = admit(this.snapshot, this.now(), this.options);
    this.snapshot = decision.next;
    if (!decision.isAdmitted) throw new CircuitOpenError(this.name, decision.retryAfterMs);
    try {
      const result = await fn();
      this.snapshot = recordSuccess(this.snapshot);
      return result;
    } catch (error) {
      this.snapshot = this.options.isFailure(error)
        ? recordFailure(this.snapshot, this.now(), this.options)
        : recordSuccess(this.snapshot);
      throw error;
    }
  }
}
