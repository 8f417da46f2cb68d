// Server wrapper for the "Call Nikita" button: rendered only when voice calls are configured
// (ElevenLabs key and agent set), so the portal shows no dead button in offline setups.
import { env } from "@/lib/env";
import { CallButton } from "./call-button";

export function CallNikita() {
  if (!env.voiceEnabled) return null;
  return <CallButton />;
}
