import os from "node:os";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { signUpVerifyAndSignIn } from "./support/accounts";

test("signing out ends the session: a copy of the cookie taken before no longer opens the account", async ({
  page,
  browser,
}) => {
  await signUpVerifyAndSignIn(page, "Penyalin Kuki");
  const copiedCookies = await page.context().cookies();
  expect(copiedCookies.some((cookie) => cookie.name.includes("authjs.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk$/);

  // Someone who copied the cookie before the sign-out replays it in a browser of their own.
  const thief = await browser.newContext();
  await thief.addCookies(copiedCookies);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/akun");
  await expect(thiefPage).toHaveURL(/\/masuk$/);
  await expect(thiefPage.getByRole("heading", { level: 1, name: "Akun saya" })).toHaveCount(0);
  await thief.close();
});

test("an anonymous visitor's browser never asks for a session; a signed-in one does, and sees its account link", async ({
  page,
}) => {
  const sessionAsks: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/auth/session") sessionAsks.push(request.url());
  });
  for (const path of ["/", "/usaha", "/cari?q=kopi", "/en/statistik"]) {
    await page.goto(path);
    // The account link would ask after hydration: wait until the page has gone quiet.
    await page.waitForLoadState("networkidle");
  }
  expect(sessionAsks, "no session request for a visitor who never signed in").toEqual([]);

  await signUpVerifyAndSignIn(page, "Penanda Sesi");
  await page.goto("/usaha");
  await expect(page.getByRole("banner").getByRole("link", { name: "Akun saya" }).first()).toBeAttached();
  expect(sessionAsks.length, "a signed-in browser asks, which also keeps its session in use").toBeGreaterThan(0);

  await page.goto("/akun");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.context().cookies()).some((cookie) => cookie.name === "ekraf-masuk")).toBe(false);
  const asksBefore = sessionAsks.length;
  await page.goto("/usaha");
  await page.waitForLoadState("networkidle");
  expect(sessionAsks.length, "signed out: no more asking").toBe(asksBefore);
  await expect(page.getByRole("banner").getByRole("link", { name: "Masuk" }).first()).toBeAttached();
});

test("the demo outbox answers only a browser on this machine, not a request a proxy forwarded", async ({ request }) => {
  expect((await request.get("/kotak-keluar")).status()).toBe(200);
  const forwarded = await request.get("/kotak-keluar", { headers: { "x-forwarded-for": "203.0.113.5" } });
  expect(forwarded.status()).toBe(404);
  expect(await forwarded.text()).not.toContain("atur-ulang-kata-sandi?token=");
  // Claiming to be loopback in the header the server sets itself does not help either.
  const spoofed = await request.get("/kotak-keluar", {
    headers: { "x-portal-peer-address": "127.0.0.1", forwarded: "for=203.0.113.5" },
  });
  expect(spoofed.status()).toBe(404);
});

test("demo mode listens on loopback only: the machine's other addresses refuse the connection", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const outward = Object.values(os.networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && entry.family === "IPv4")
    .map((entry) => entry!.address);
  test.skip(outward.length === 0, "this machine has no network address besides loopback");
  for (const address of outward) {
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: address, port, timeout: 3000 });
      socket.once("connect", () => (socket.destroy(), resolve("connected")));
      socket.once("timeout", () => (socket.destroy(), resolve("timeout")));
      socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    expect(outcome, address).toBe("ECONNREFUSED");
  }
});

test("Auth.js answers junk callback URLs with a redirect home and never shows its own pages", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of ["http://[::1", "javascript:alert(1)", "//jahat.example/", "%E0%A4%A", "x".repeat(5000)]) {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), callbackUrl).toBeLessThan(500);
    const location = response.headers().location;
    if (location) expect(new URL(location, origin).origin, callbackUrl).toBe(origin);
  }
  // The same junk in the callback-url cookie Auth.js reads on every request.
  const session = await request.get("/api/auth/session", {
    headers: { cookie: "authjs.callback-url=http%3A%2F%2F%5B%3A%3A1" },
  });
  expect(session.status()).toBe(200);
  // Its default pages (which name the library) redirect to the portal's own.
  for (const path of ["/api/auth/error?error=Configuration", "/api/auth/signout", "/api/auth/signin"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(response.status(), path).toBeLessThan(400);
    expect(response.headers().location, path).toMatch(/\/(masuk|akun)(\?|$)/);
  }
});
