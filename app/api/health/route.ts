import { isDatabaseReachable } from "@/lib/db/health";
import { readPageCacheStats } from "@/lib/cache/page-cache-stats";

export const dynamic = "force-dynamic";

export async function GET() {
  const isHealthy = await isDatabaseReachable();
  return Response.json(
    { status: isHealthy ? "ok" : "unavailable", database: isHealthy ? "up" : "down", pageCache: readPageCacheStats() },
    { status: isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
