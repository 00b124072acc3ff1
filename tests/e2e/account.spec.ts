import { expect, test } from "@playwright/test";
import { signUpVerifyAndSignIn } from "./support/accounts";

// Demo accounts from README.md (demo mode only).
const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };

test.describe("signing in", () => {
  test("an owner signs in, sees the listings they manage, and confirms their data", async ({ page, context }) => {
    await page.goto("/akun");
    await expect(page).toHaveURL(/\/masuk$/);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Kata sandi").fill(OWNER.password);
    await page.getByRole("button", { name: "Masuk" }).click();

    await expect(page).toHaveURL(/\/akun$/);
    await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
    await expect(page.getByText(/Masuk sebagai Pemilik Usaha Demo/)).toBeVisible();
    const listings = page.getByRole("region", { name: "Listing yang saya kelola" }).getByRole("listitem");
    await expect(listings).toHaveCount(2);
    await expect(listings.first()).toContainText("Terbit");

    const cookie = (await context.cookies()).find((c) => c.name.includes("authjs.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // "Data masih benar": the owner confirms a listing and sees the new date, on the (cached) public profile too.
    const today = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long" }).format(new Date());
    const profilePath = await listings.first().getByRole("link").first().getAttribute("href");
    await page.goto(profilePath!);
    await expect(page.getByRole("main")).not.toContainText(today);
    await page.goto("/akun");
    await listings
      .first()
      .getByRole("button", { name: /^Data masih benar/ })
      .click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Terima kasih. Data listing ditandai masih benar per hari ini.",
    );
    await expect(listings.first()).toContainText(`Terakhir diverifikasi ${today}`);
    await page.goto(profilePath!);
    await expect(page.getByRole("main")).toContainText(today);
    // Signing out ends every session of the account (decision 005), so it is tested on an account of its own
    // (session-and-exposure.spec.ts), never on a demo account other tests are using at the same time.
  });

  test("a wrong password gives one clear message and keeps the email", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Email atau kata sandi salah, atau akun ini dinonaktifkan.",
    );
    await expect(page.getByLabel("Email")).toHaveValue(OWNER.email);
  });

  test("bad input gets a message per field, in English under /en", async ({ page }) => {
    await page.goto("/en/masuk");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address, for example name@example.com.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });
});

test("repeated wrong passwords close sign-in for that account for a while, with a clear message", async ({
  page,
  browser,
}) => {
  // A fresh account, so locking it out for 15 minutes does not disturb tests that sign in as the demo accounts.
  const { email, password } = await signUpVerifyAndSignIn(await (await browser.newContext()).newPage(), "Korban Uji");
  await page.goto("/masuk");
  const alert = page.getByRole("main").getByRole("alert");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill(`salah-${attempt}`);
    await page.getByRole("button", { name: "Masuk" }).click();
    // The form resets when the answer arrives: wait for it before the next attempt.
    await expect(page.getByLabel("Kata sandi")).toHaveValue("");
    await expect(alert).toHaveText("Email atau kata sandi salah, atau akun ini dinonaktifkan.");
  }
  // Even the right password is refused now; the message says for how long and what else to do.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(alert).toHaveText(/Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam 15 menit/);
});
