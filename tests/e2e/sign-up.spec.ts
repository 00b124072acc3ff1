import { expect, test } from "@playwright/test";

test("a new user signs up, verifies the email from the outbox, and signs in", async ({ page }) => {
  const email = `warga-${Date.now()}@contoh.id`;
  const password = "kopi tugu malang pagi hari";

  await page.goto("/daftar");
  await page.getByLabel("Nama").fill("Warga Kreatif");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);

  // Without SMTP the email waits in the outbox, which demo mode shows.
  await page.goto("/kotak-keluar");
  const message = page.getByRole("article", { name: /Verifikasi email/ }).filter({ hasText: email });
  const link = /https?:\/\/\S+verifikasi-email\?token=[\w-]+/.exec((await message.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();

  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByRole("button", { name: "Verifikasi email saya" }).click();
  await expect(page).toHaveURL(/\/masuk\?hasil=terverifikasi$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Email Anda sudah terverifikasi. Silakan masuk.");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
  await expect(page.getByText("Anda belum mengelola listing apa pun.")).toBeVisible();
});

test("sign-up explains each bad field and keeps what was typed", async ({ page }) => {
  await page.goto("/daftar");
  await page.getByLabel("Nama").fill("Sari");
  await page.getByLabel("Email").fill("sari-di-contoh");
  await page.getByLabel("Kata sandi").fill("indonesia123");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByText("Masukkan alamat email yang benar, misalnya nama@contoh.id.")).toBeVisible();
  await expect(page.getByText("Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.")).toBeVisible();
  await expect(page.getByLabel("Nama")).toHaveValue("Sari");
});
