import { expect, test } from "@playwright/test";

// Decision 027: public pages ask nothing about a session nobody has, and their forms work as plain HTML.
const PROFILE = "/usaha/sari-apel-tlogomas-lestari-contoh";
const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("an anonymous visitor's home, directory and profile make no request to the session endpoint", async ({ page }) => {
  const sessionRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/auth/session")) sessionRequests.push(request.url());
  });
  for (const path of ["/", "/usaha?kecamatan=klojen", PROFILE]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // A client-side navigation too: the header stays mounted and looks again after each one.
  await page.getByRole("banner").getByRole("link", { name: "Portal Ekonomi Kreatif Kota Malang" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.waitForLoadState("networkidle");
  expect(sessionRequests).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the contact form answers per field and then sends", async ({ page }) => {
    await page.goto(PROFILE);
    const form = page.getByRole("region", { name: "Kirim pesan" });
    const message = `Apakah bisa pesan sari apel untuk acara kantor? Kode ${unique()}`;
    await form.getByLabel("Nama", { exact: true }).fill("Rina Tanpa Skrip");
    await form.getByLabel("Email", { exact: true }).fill("bukan-email");
    await form.getByLabel("Pesan", { exact: true }).fill(message);
    await form.getByRole("button", { name: "Kirim pesan" }).click();

    const answered = page.getByRole("region", { name: "Kirim pesan" });
    const email = answered.getByLabel("Email", { exact: true });
    await expect(email).toHaveAccessibleDescription("Masukkan alamat email yang benar, misalnya nama@contoh.id.");
    await expect(answered.getByLabel("Pesan", { exact: true })).toHaveValue(message);

    await email.fill(`rina-${unique()}@contoh.id`);
    await answered.getByRole("button", { name: "Kirim pesan" }).click();
    await expect(page.getByRole("region", { name: "Kirim pesan" }).getByRole("status")).toHaveText(
      "Terima kasih, pesan Anda sudah terkirim. Pengelola akan membalas ke email Anda.",
    );
  });

  test("the contact form's errors are in English under /en", async ({ page }) => {
    await page.goto(`/en${PROFILE}`);
    const form = page.getByRole("region", { name: "Send a message" });
    await form.getByLabel("Name", { exact: true }).fill("R");
    await form.getByLabel("Email", { exact: true }).fill("not-an-email");
    await form.getByRole("button", { name: "Send message" }).click();
    await expect(page).toHaveURL(new RegExp(`/en${PROFILE}$`));
    await expect(
      page.getByRole("region", { name: "Send a message" }).getByLabel("Email", { exact: true }),
    ).toHaveAccessibleDescription("Enter a valid email address, for example name@example.com.");
  });

  test("signing in refuses a wrong password and then signs in", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("alert")).toHaveText("Email atau kata sandi salah, atau akun ini dinonaktifkan.");

    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Kata sandi").fill(OWNER.password);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/akun$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
