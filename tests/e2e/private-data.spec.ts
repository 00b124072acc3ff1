import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";

// Public pages and open data, each fetched as HTML and as the React Server Component payload that client
// navigation fetches (the `RSC: 1` request). Neither may carry anything private.
const publicPaths = [
  "/",
  "/en",
  "/subsektor",
  "/subsektor/kuliner",
  "/usaha",
  "/startup",
  "/komunitas",
  "/usaha/sari-apel-tlogomas-lestari-contoh",
  "/cari?q=teknologi",
  "/cari?q=welirang",
  "/peta",
  "/sertifikasi",
  "/sertifikasi/verifikasi?nomor=1",
  "/sitemap.xml",
  "/acara",
  "/acara.ics",
  "/statistik",
  "/data",
  "/kolaborasi",
  "/api/v1/listings?per=100",
  "/api/v1/listings?format=csv",
  "/api/v1/subsectors",
  "/api/v1/certifications",
  "/api/v1/events",
  "/api/v1/collaboration",
  "/data/catalog.jsonld",
  "/data/catalog.ttl",
  "/api/3/action/package_search?rows=1000",
  "/api/3/action/package_show?id=ekraf-kota-malang-listings",
];

const unpublishedSlugs = [
  "kriya-kulit-dinoyo-jaya-contoh",
  "teknologi-welirang-contoh",
  "klub-musisi-welirang-contoh",
  "teknologi-panderman-contoh",
];

test("public pages and their RSC payloads hold no owner email, hash, pending revision or unpublished listing", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // A pending revision with a marker the public must never see.
  const marker = `REVISI-RAHASIA-${Date.now()}`;
  await signIn(page, "pemilik@contoh.id", "demo-pemilik-ekraf");
  await page
    .getByRole("link", { name: /^Kelola: / })
    .first()
    .click();
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill(`Ringkasan ${marker} yang belum ditinjau.`);
  await page.getByRole("button", { name: /Kirim perubahan|Simpan dan ajukan/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toBeVisible();

  // The consent to be contacted about programmes is private, and so is the invitation list built from it.
  const forbidden = [
    marker,
    "pemilik@contoh.id",
    "staf@contoh.id",
    "admin@contoh.id",
    "$argon2",
    "mayContactAboutProgrammes",
    "contact_email",
    ...unpublishedSlugs,
  ];
  for (const path of publicPaths) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await request.get(path, { headers });
      expect(response.status(), path).toBeLessThan(400);
      const body = await response.text();
      for (const secret of forbidden)
        expect(body.includes(secret), `${path} ${JSON.stringify(headers)}: ${secret}`).toBe(false);
    }
  }
});
