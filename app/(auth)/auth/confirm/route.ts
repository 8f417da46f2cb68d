import { cookies } from "next/headers";
import { z } from "zod";
import { safeNextPath, signInPath } from "@/lib/auth/safe-next-path";
import { seeOther } from "@/lib/auth/see-other";
import { authContextFromEnv, completeEmailSignIn } from "@/lib/auth/sign-in";
import { withErrors } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

const MAX_PARAM_LENGTH = 512;
const param = z.string().max(MAX_PARAM_LENGTH).optional().catch(undefined);
const confirmQuerySchema = z.object({
  token_hash: param,
  type: param,
  code: param,
  next: z.string().optional().catch(undefined),
});

const FAILURE_CODES = {
  used: "link_used",
  expired: "link_expired",
  invalid: "link_invalid",
  unavailable: "unavailable",
} as const;

// GET /auth/confirm — an emailed sign-in link: verify it once, set the session, go to `next`
export const GET = withErrors("GET /auth/confirm", async (req) => {
  const query = confirmQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const next = safeNextPath(query.next);
  const result = await completeEmailSignIn(await authContextFromEnv(), await cookies(), {
    tokenHash: query.token_hash,
    type: query.type,
    code: query.code,
    next,
  });
  const target =
    result.status === "ok"
      ? result.redirectTo
      : `${signInPath(next)}&${new URLSearchParams({ error: FAILURE_CODES[result.status] })}`;
  return seeOther(target);
});
