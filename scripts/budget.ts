// `npm run budget [-- --url http://localhost:3000]`: the page-weight budgets of the public pages (issue "public
// face"): gzipped HTML and the gzipped JavaScript a first visit downloads, per page type, against the budget.
// Prints a table and exits 1 when a page is over; never part of `npm test` (sizes, not behaviour).
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { openPortal } from "@/scripts/throwaway-portal";

const { values } = parseArgs({
  options: { url: { type: "string" }, port: { type: "string", default: "3391" } },
});

const KB = 1024;
const budgets: { name: string; path: string; html: number; js: number }[] = [
  { name: "home", path: "/", html: 30 * KB, js: 110 * KB },
  { name: "directory", path: "/usaha?kecamatan=klojen", html: 30 * KB, js: 110 * KB },
  { name: "profile", path: "", html: 30 * KB, js: 110 * KB },
  { name: "search", path: "/cari?q=kopi", html: 30 * KB, js: 110 * KB },
  { name: "statistics", path: "/statistik", html: 60 * KB, js: 110 * KB },
  { name: "map", path: "/peta", html: 30 * KB, js: 110 * KB },
];

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;
// What the production server actually sends a browser that takes Brotli (lib/server/static-assets.mjs).
const brotliSize = (body: Buffer) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

async function fetchBody(url: string) {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const portal = await openPortal(values.url, values.port);
let isOver = false;
try {
  const directoryHtml = (await fetchBody(`${portal.baseUrl}/usaha`)).toString("utf8");
  const profilePath = /href="(\/usaha\/[^"?#]+)"/.exec(directoryHtml)?.[1];
  if (!profilePath) throw new Error("no profile link on /usaha");
  const rows: string[][] = [];
  for (const budget of budgets) {
    const path = budget.path || profilePath;
    const html = await fetchBody(`${portal.baseUrl}${path}`);
    // `nomodule` scripts (Next's polyfills, about 39 KB) are fetched only by browsers without ES modules, which
    // no browser the portal supports is: a first visit never downloads them.
    const scripts = [...html.toString("utf8").matchAll(/<script[^>]+>/g)]
      .map((match) => match[0])
      .filter((tag) => !/\snomodule/i.test(tag))
      .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
      .filter((src): src is string => Boolean(src));
    let jsRaw = 0;
    let jsGzip = 0;
    let jsBrotli = 0;
    for (const src of new Set(scripts)) {
      const body = await fetchBody(new URL(src, portal.baseUrl).toString());
      jsRaw += body.length;
      jsGzip += gzipSize(body);
      jsBrotli += brotliSize(body);
    }
    const htmlGzip = gzipSize(html);
    const verdict = htmlGzip <= budget.html && jsGzip <= budget.js ? "ok" : "OVER";
    if (verdict === "OVER") isOver = true;
    rows.push([
      budget.name,
      path,
      `${kb(htmlGzip)} / ${kb(budget.html)}`,
      `${kb(jsGzip)} / ${kb(budget.js)}`,
      kb(jsBrotli),
      `${kb(jsRaw)} (${new Set(scripts).size} files)`,
      verdict,
    ]);
  }
  const header = ["page", "path", "HTML gzip / budget", "JS gzip / budget", "JS Brotli", "JS raw", ""];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  for (const row of [header, ...rows])
    console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "));
} finally {
  portal.stop();
}
process.exit(isOver ? 1 : 0);
