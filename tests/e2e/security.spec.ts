import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";

const header = (page: Page) => page.getByRole("navigation", { name: "Navigasi utama" });

async function expectNoSeriousAccessibilityIssues(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const severe = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
  expect(severe.map((violation) => violation.id)).toEqual([]);
}

test("a user turns on two-step verification, and then signs in only with a code", async ({ page }) => {
  const { email, password } = await signUpVerifyAndSignIn(page, "Pengguna Dua Langkah");
  // The header is cached for everyone; after mount it asks the session and names the account link.
  await expect(header(page).getByRole("link", { name: "Akun saya" })).toBeVisible();

  await page.getByRole("link", { name: "Keamanan akun (verifikasi dua langkah)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keamanan akun" })).toBeVisible();
  await expect(page.getByText("Verifikasi dua langkah belum aktif.")).toBeVisible();
  await page.getByRole("button", { name: "Aktifkan verifikasi dua langkah" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Hubungkan aplikasi autentikator" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  await expectNoSeriousAccessibilityIssues(page);
  const secret = ((await page.getByRole("definition").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("Kode 6 digit").fill("000000" === (await generate({ secret })) ? "111111" : "000000");
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Kode salah atau sudah kedaluwarsa. Masukkan kode yang sedang tampil di aplikasi.",
  );
  await page.getByLabel("Kode 6 digit").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Verifikasi dua langkah sudah aktif. Mulai sekarang, masuk memerlukan kode dari aplikasi Anda.",
  );
  await expect(page.getByText(/^Verifikasi dua langkah aktif sejak/)).toBeVisible();

  await page.goto("/akun");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header(page).getByRole("link", { name: "Masuk" })).toBeVisible();

  // The password alone no longer signs in: the form asks for the code and keeps what was typed.
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText(
    "Akun ini memakai verifikasi dua langkah. Masukkan kode 6 digit dari aplikasi autentikator Anda.",
  );
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByLabel("Kata sandi")).toHaveValue(password);

  await page.getByLabel("Kode verifikasi (6 digit)").fill("12345");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Masukkan 6 angka kode dari aplikasi autentikator.")).toBeVisible();
  await page.getByLabel("Kode verifikasi (6 digit)").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun$/);
  await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Akun saya" })).toBeVisible();
});

test("in demo mode the demo staff signs in with the password alone", async ({ page }) => {
  await signIn(page, demoStaff.email, demoStaff.password);
  await expect(header(page).getByRole("link", { name: "Akun saya" })).toHaveAttribute("href", "/akun");
  await page.goto("/akun/keamanan");
  await expect(page.getByText("Verifikasi dua langkah belum aktif.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("the header offers signing in to anonymous readers, and /akun/keamanan needs a session", async ({ page }) => {
  await page.goto("/");
  await expect(header(page).getByRole("link", { name: "Masuk" })).toHaveAttribute("href", "/akun");
  await page.goto("/akun/keamanan");
  await expect(page).toHaveURL(/\/masuk$/);
});
