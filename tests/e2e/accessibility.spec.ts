import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every public page type, in both languages where the layout differs only by text.
const pages = [
  "/",
  "/en",
  "/subsektor",
  "/subsektor/kuliner",
  "/usaha",
  "/komunitas?kecamatan=klojen",
  "/cari?q=kopi",
  "/cari?q=zzzzqqq",
  "/peta",
  "/coworking/malang-creative-center",
  "/en/coworking/malang-creative-center",
  "/masuk",
  "/daftar",
  "/lupa-kata-sandi",
  "/kotak-keluar",
  "/halaman-yang-tidak-ada",
];

for (const path of pages) {
  test(`${path} has no serious or critical accessibility issues`, async ({ page }) => {
    await page.goto(path);
    const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
    // Map markers may sit closer than 24 px apart, depending on the data. WCAG 2.5.8's "equivalent" exception
    // applies: every marker's listing is also a full-size link in the list alternative on the same page.
    if (path.startsWith("/peta")) builder.exclude(".leaflet-marker-pane");
    const results = await builder.analyze();
    const severe = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
    expect(
      severe.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}
