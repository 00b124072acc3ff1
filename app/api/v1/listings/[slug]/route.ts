import { getOpenListing } from "@/lib/open-data/queries";
import { answerPreflight, notFoundBody, serveOpenData } from "@/lib/open-data/respond";
import { openDataMeta, serializeListingDetail } from "@/lib/open-data/serialize";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Authorization: public and anonymous; a listing that is not published is answered exactly like an unknown slug.
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return serveOpenData(request, async () => {
    if (slug.length > 200 || !SLUG_PATTERN.test(slug)) return notFoundBody();
    const row = await getOpenListing(slug);
    if (!row) return notFoundBody();
    return {
      kind: "json",
      body: { data: serializeListingDetail(row, { siteUrl: getSiteUrl() }), meta: openDataMeta() },
    };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
