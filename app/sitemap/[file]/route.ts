import { connection } from "next/server";
import { loadSitemapChunks } from "@/lib/seo/load-sitemap";
import { renderUrlSet, xmlResponse } from "@/lib/seo/sitemap-xml";

// One numbered file of the sitemap index ("0.xml", "1.xml", …).
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const match = /^(\d{1,4})\.xml$/.exec((await params).file);
  const chunk = match ? (await loadSitemapChunks())[Number(match[1])] : undefined;
  if (!chunk) return new Response("Not found", { status: 404 });
  return xmlResponse(renderUrlSet(chunk));
}
