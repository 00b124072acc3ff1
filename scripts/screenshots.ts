// `npm run screenshots [-- --url http://localhost:3000]`: full-page screenshots of the main public pages at phone
// (390×844) and laptop (1366×900) sizes, in Indonesian and English, into screenshots/ (git-ignored), so anyone
// can look at the portal without driving a browser by hand. Without --url it starts a throwaway demo portal (the
// e2e server: fresh database, seeded) and stops it afterwards.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { projectRoot } from "@/lib/server/run-command";
import { openPortal } from "@/scripts/throwaway-portal";

const { values } = parseArgs({
  options: { url: { type: "string" }, port: { type: "string", default: "3390" }, out: { type: "string" } },
});
const outDir = path.resolve(values.out ?? path.join(projectRoot, "screenshots"));
const sizes = [
  { name: "390", width: 390, height: 844 },
  { name: "1366", width: 1366, height: 900 },
];
const locales = [
  { name: "id", prefix: "" },
  { name: "en", prefix: "/en" },
];

/** The first link in the page's main region whose path starts with `prefix` (a real subsector, a real profile). */
async function firstLinkPath(page: Page, baseUrl: string, listPath: string, prefix: string) {
  await page.goto(`${baseUrl}${listPath}`);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  return href ?? listPath;
}

const portal = await openPortal(values.url, values.port);
const { baseUrl } = portal;

try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const probe = await browser.newPage();
  const subsectorPath = await firstLinkPath(probe, baseUrl, "/subsektor", "/subsektor/");
  const profilePath = await firstLinkPath(probe, baseUrl, "/usaha", "/usaha/");
  await probe.close();
  const pages = [
    { name: "home", path: "/" },
    { name: "subsectors", path: "/subsektor" },
    { name: "subsector", path: subsectorPath },
    { name: "directory", path: "/usaha?kecamatan=klojen" },
    { name: "profile", path: profilePath },
    { name: "search", path: "/cari?q=kopi" },
    { name: "map", path: "/peta" },
    { name: "events", path: "/acara" },
    { name: "statistics", path: "/statistik" },
    { name: "open-data", path: "/data" },
    { name: "certificates", path: "/sertifikasi" },
    { name: "collaboration", path: "/kolaborasi" },
    { name: "not-found", path: "/halaman-yang-tidak-ada" },
  ];
  fs.mkdirSync(outDir, { recursive: true });
  let count = 0;
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    for (const locale of locales) {
      for (const target of pages) {
        const url = `${baseUrl}${locale.prefix}${target.path === "/" && locale.prefix ? "" : target.path}`;
        await page.goto(url, { waitUntil: "load" });
        const file = path.join(outDir, `${target.name}-${locale.name}-${size.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        count++;
      }
    }
    await context.close();
  }
  await browser.close();
  console.log(`✓ ${count} screenshots in ${path.relative(process.cwd(), outDir) || outDir}`);
} finally {
  portal.stop();
}
