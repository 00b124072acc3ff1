import type { NextRequest } from "next/server";
import { recordProfileView } from "@/lib/listing-views/record-profile-view";

export const dynamic = "force-dynamic";

const noContent = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

const isPrefetch = (request: NextRequest) =>
  [request.headers.get("sec-purpose"), request.headers.get("purpose")].some((value) =>
    value?.toLowerCase().includes("prefetch"),
  );

// Authorization: counting a view is open to anyone (the beacon on the public profile). It stores no personal data
// and only counts published listings; any other id is answered the same, so nothing is revealed.
// Only POST is exported: Next answers other methods with 405.
export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  if (isPrefetch(request) || id.length > 100) return noContent();
  await recordProfileView(id);
  return noContent();
}
