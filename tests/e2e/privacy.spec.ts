import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signUpVerifyAndSignIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

test("the privacy notice is linked from the footer and the sign-up form, in Indonesian and English", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privasi" }).click();
  await expect(page).toHaveURL(/\/privasi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pemberitahuan privasi" })).toBeVisible();
  const notice = page.getByRole("main");
  await expect(notice).toContainText("Undang-Undang Nomor 27 Tahun 2022");
  await expect(notice.getByRole("heading", { level: 2, name: "Hak Anda" })).toBeVisible();
  await expect(notice).toContainText("Disporapar");
  await expectNoAxeViolations(page);

  await page.goto("/en/privasi");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Your rights" })).toBeVisible();

  await page.goto("/daftar");
  await expect(page.getByRole("main").getByRole("link", { name: "pemberitahuan privasi" })).toHaveAttribute(
    "href",
    "/privasi",
  );
});

test("a user downloads their data, deletes the account, and cannot sign in afterwards", async ({ page }) => {
  const { email, password } = await signUpVerifyAndSignIn(page, "Warga Yang Pergi");
  await page.getByRole("link", { name: "Privasi dan data (unduh data, hapus akun)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privasi dan data" })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh data saya (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^data-akun-ekraf-malang-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await fs.readFile((await download.path())!, "utf8");
  const data = JSON.parse(text) as { profile: { email: string; name: string }; emails: { subject: string }[] };
  expect(data.profile).toMatchObject({ email, name: "Warga Yang Pergi" });
  expect(data.emails.map((item) => item.subject)).toContain(
    "Verifikasi email Anda — Portal Ekonomi Kreatif Kota Malang",
  );
  expect(text).not.toContain("passwordHash");
  expect(text).not.toContain("$argon2");

  // A wrong password changes nothing.
  await page.getByLabel("Kata sandi saat ini").fill("bukan kata sandi saya");
  await page.getByRole("button", { name: "Hapus akun saya secara permanen" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Kata sandi salah. Akun Anda tidak dihapus.");

  await page.getByLabel("Kata sandi saat ini").fill(password);
  await page.getByRole("button", { name: "Hapus akun saya secara permanen" }).click();
  await expect(page).toHaveURL(/\/akun\/dihapus$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Akun Anda telah dihapus");
  await expect(
    page.getByRole("navigation", { name: "Akun dan bahasa" }).getByRole("link", { name: "Masuk" }),
  ).toBeVisible();

  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Email atau kata sandi salah, atau akun ini dinonaktifkan.",
  );
});

test("the data download answers 401 without a session", async ({ request }) => {
  const response = await request.get("/api/akun/data");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-disposition"]).toBeUndefined();
});
