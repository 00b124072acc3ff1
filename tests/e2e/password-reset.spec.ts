import { expect, test } from "@playwright/test";
import { signUpVerifyAndSignIn } from "./support/accounts";

test("an owner who forgot the password resets it from the outbox link and signs in with the new one", async ({
  page,
  browser,
}) => {
  // A fresh account: the demo accounts keep their documented passwords for the other tests.
  const { email } = await signUpVerifyAndSignIn(await (await browser.newContext()).newPage(), "Pelupa Sandi");
  const newPassword = "jalan ijen pagi berkabut";

  await page.goto("/masuk");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lupa kata sandi" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);

  // The email is written just after the answer (the same answer, as fast, for an unknown address).
  const message = page.getByRole("article", { name: /Atur ulang kata sandi/ }).filter({ hasText: email });
  await expect(async () => {
    await page.goto("/kotak-keluar");
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass();
  const link = /https?:\/\/\S+atur-ulang-kata-sandi\?token=[\w-]+/.exec((await message.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);

  await page.getByLabel("Kata sandi baru").fill("pendek");
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page.getByText("Kata sandi minimal 12 karakter.")).toBeVisible();

  await page.getByLabel("Kata sandi baru").fill(newPassword);
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page).toHaveURL(/\/masuk\?hasil=sandi-baru$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(newPassword);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
});
