// Any /api path that no route serves: the JSON 404 every API client can parse (instead of the
// HTML not-found page). Admin routes give players this same answer, so a non-admin cannot tell
// an admin endpoint from a path that does not exist.
import { apiNotFound } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

const notFound = async () => apiNotFound();

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
