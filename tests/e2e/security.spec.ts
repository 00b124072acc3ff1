import { expect, test } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { submitNewListing } from "./support/listing-form";

const pages = [
  "/",
  "/usaha",
  "/usaha/sari-apel-tlogomas-lestari-contoh",
  "/cari?q=kopi",
  "/peta",
  "/masuk",
  "/tidak-ada",
];

test("every response carries the security headers, pages and API alike", async ({ request }) => {
  for (const path of [...pages, "/api/health", "/sitemap.xml", "/en/subsektor"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("uploaded files keep their own sandbox policy; the pages' policy does not overwrite it", async ({ request }) => {
  for (const path of ["/api/files/tidakada", "/api/files/cmf3k2x9a0000qz8h1b2c3d4e"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; sandbox");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("public pages run under the policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("script and link payloads typed into a listing render as inert text", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signUpVerifyAndSignIn(page, "Penguji Keamanan");
  const marker = Date.now();
  const name = `<img src=x onerror="window.__xss=1"> Studio ${marker}`;
  await page.goto("/akun/listing/baru?jenis=startup");
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill('<script>window.__xss=2</script> ringkasan uji "kutip"');
  await page.getByLabel("Subsektor utama").selectOption({ label: "Aplikasi" });
  await page.getByLabel("Situs web").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  await expect(page.getByText("Masukkan alamat lengkap yang diawali https://.", { exact: true })).toBeVisible();
  await page.getByLabel("Situs web").fill("");
  await page.getByLabel("Instagram").fill("javascript:alert(1)//instagram.com");
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  await expect(page.getByText("Isian ini tidak valid.", { exact: true })).toBeVisible();
  await page.getByLabel("Instagram").fill("");
  await submitNewListing(page);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, demoStaff.email, demoStaff.password);
  await staff.goto("/admin/moderasi");
  await staff.getByRole("link", { name: `Tinjau: ${name}` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(`Studio ${marker}`);
  expect(await staff.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await staff.getByRole("button", { name: "Setujui" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toHaveText("Disetujui.");
  await staffContext.close();

  await page.goto(`/startup?q=${marker}`);
  await page
    .getByRole("main")
    .getByRole("link", { name: new RegExp(`Studio ${marker}`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(page.getByText("<script>window.__xss=2</script>").first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("main img[src='x']").count()).toBe(0);
});

test("the session cookie is HttpOnly and SameSite=Lax, and holds nothing readable", async ({ page, context }) => {
  await signIn(page, "pemilik@contoh.id", "demo-pemilik-ekraf");
  const session = (await context.cookies()).find((cookie) => cookie.name.includes("session-token"));
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  // Secure is set in production (https AUTH_URL); this demo server runs on http://localhost.
  expect(session?.value).not.toContain("pemilik");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});
