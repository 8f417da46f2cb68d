// One error type and one JSON error shape. A code is `<kind>:<area>`; the kind decides the
// HTTP status and whether the message may be shown to the caller. Anything that is not an
// AppError becomes a logged 500 with a generic body: no stack traces, no SQL.
export const ERROR_KINDS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;
export type ErrorKind = keyof typeof ERROR_KINDS;
export type ErrorCode = `${ErrorKind}:${string}`;

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }

  get kind(): ErrorKind {
    return this.code.split(":")[0] as ErrorKind;
  }

  get status(): number {
    return ERROR_KINDS[this.kind];
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

export const GENERIC_ERROR_BODY: ErrorBody = {
  error: { code: "internal:server", message: "Something went wrong on our side. Please try again." },
};

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
