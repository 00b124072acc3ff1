import { buildOpenApiDocument } from "@/lib/open-data/openapi";
import { answerPreflight, serveOpenData } from "@/lib/open-data/respond";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

// Authorization: public; describes the /api/v1 endpoints.
export async function GET(request: Request) {
  return serveOpenData(request, async () => ({ kind: "json", body: buildOpenApiDocument(getSiteUrl()) }));
}

export function OPTIONS() {
  return answerPreflight();
}
