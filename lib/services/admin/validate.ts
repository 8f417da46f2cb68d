// Admin inputs are parsed here so every action rejects bad input the same way: a 400 AppError
// whose message is the first problem in plain words (shown in the action form) and whose
// details list every problem.
import type { z } from "zod";
import { AppError } from "@/lib/errors";

export function parseAdminInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : "Invalid input.";
  throw new AppError("bad_request:validation", message, issues);
}
