// The auth-provider half of account deletion. Local auth keeps its users in auth.users and
// deleteAccount removes that row itself; with Supabase the user lives in GoTrue and goes
// through the Admin API (service-role key). Without that key the user cannot be removed
// here — logged, and the account's game data is deleted anyway.
import { createSupabaseAdminClient, supabaseConfigFromEnv } from "@/lib/auth/supabase-client";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/observability/logger";

const log = createLogger("account.delete");

/** Undefined in local auth mode (deleteAccount handles auth.users); a GoTrue remover otherwise. */
export function authUserRemover(): ((authUserId: string) => Promise<boolean>) | undefined {
  if (env.authMode !== "supabase") return undefined;
  return async (authUserId) => {
    const admin = createSupabaseAdminClient(supabaseConfigFromEnv());
    if (!admin) {
      log.warn("no service-role key: the Supabase auth user was not deleted", { authUserId });
      return false;
    }
    const { error } = await admin.auth.admin.deleteUser(authUserId);
    if (error) log.warn("Supabase auth user deletion failed", { authUserId, code: error.code });
    return !error;
  };
}
