// Request bodies for the voice routes: JSON, where an empty body counts as `{}` (ElevenLabs may
// send none for a tool without parameters); malformed JSON is the caller's 400.
import { AppError } from "@/lib/errors";

export async function readJsonOrEmpty(req: Request): Promise<unknown> {
  const raw = await req.text();
  if (raw.trim() === "") return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("bad_request:json", "The body must be valid JSON.");
  }
}
