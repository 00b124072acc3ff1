import { expect, type Page } from "@playwright/test";

export const demoStaff = { email: "staf@contoh.id", password: "demo-staf-ekraf" };

/**
 * Signs in through the sign-in form, as a person does: for tests of the sign-in itself. Everywhere else use
 * `signIn`, which skips the form.
 */
export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
}

/**
 * Starts a session for tests where signing in is not what is tested: one request to Auth.js's credentials
 * callback through the page's own cookie jar (the same password check, throttle and session cookie as the form),
 * without loading and filling the sign-in form (epic-stack's `login()` does the same). It ends on /akun, as the form does.
 */
export async function signIn(page: Page, email: string, password: string) {
  const request = page.context().request;
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok(), "the csrf endpoint answers").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/akun" },
    maxRedirects: 0,
  });
  expect(callback.status(), "the credentials callback redirects").toBe(302);
  const cookies = await page.context().cookies();
  expect(
    cookies.some((cookie) => cookie.name.endsWith("authjs.session-token")),
    `a session cookie for ${email} (the callback sent ${callback.headers()["location"]})`,
  ).toBe(true);
  await page.goto("/akun");
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
  await signInThroughForm(page, email, password);
  return { email, password };
}
