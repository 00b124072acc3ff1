import { readDatasetDates } from "@/lib/open-data/catalogue-queries";
import { buildCatalogueGraph, toTurtle } from "@/lib/open-data/dcat";
import { answerPreflight, serveOpenData } from "@/lib/open-data/respond";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

// Authorization: public and anonymous; describes published data only (decision 017).
export async function GET(request: Request) {
  return serveOpenData(request, async () => {
    const graph = buildCatalogueGraph(getSiteUrl(), await readDatasetDates());
    return { kind: "text", body: toTurtle(graph), contentType: "text/turtle; charset=utf-8" };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
