import { cookies } from "next/headers";
import { seeOther } from "@/lib/auth/see-other";
import { authContextFromEnv, signOut } from "@/lib/auth/sign-in";
import { withErrors } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

// POST /auth/sign-out — end this browser's session and go home
export const POST = withErrors("POST /auth/sign-out", async () => {
  await signOut(await authContextFromEnv(), await cookies());
  return seeOther("/");
});
