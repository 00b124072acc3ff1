import { expect, type Page } from "@playwright/test";

export const demoStaff = { email: "staf@contoh.id", password: "demo-staf-ekraf" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
}

/** Signs up a fresh person, verifies the address from the demo outbox and signs in. */
export async function signUpVerifyAndSignIn(page: Page, name: string) {
  const email = `uji-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@contoh.id`;
  const password = "jalan ijen malang berseri";
  await page.goto("/daftar");
  await page.getByLabel("Nama").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);
  await page.goto("/kotak-keluar");
  const message = page.getByRole("article", { name: /Verifikasi email/ }).filter({ hasText: email });
  const link = /https?:\/\/\S+verifikasi-email\?token=[\w-]+/.exec((await message.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByRole("button", { name: "Verifikasi email saya" }).click();
  await expect(page).toHaveURL(/\/masuk\?hasil=terverifikasi$/);
  await signIn(page, email, password);
  return { email, password };
}
