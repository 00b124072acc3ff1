import crypto from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";

// Server actions and route handlers called by bare HTTP requests, as an attacker would: no page visit, no or a
// forged session cookie, a foreign Origin, and the headers that once let requests skip Next's middleware.

const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };

const randomToken = () => crypto.randomBytes(48).toString("base64url");

/** No cookie, a random session token, and one shaped like Auth.js's encrypted JWT but sealed with no key. */
const forgedCookies = [
  undefined,
  `authjs.session-token=${randomToken()}`,
  `authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIiwia2lkIjoieCJ9..${randomToken()}.${randomToken()}.${randomToken()}`,
];

/** Headers Next once trusted from outside (CVE-2025-29927 and relatives); none may grant anything. */
const bypassHeaders: Record<string, string>[] = [
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-prefetch": "1" },
  { "x-invoke-path": "/id/akun", "x-invoke-query": "{}", "x-matched-path": "/[locale]/akun" },
  { "x-nextjs-data": "1" },
];

/** Answers that leak internals: stack frames, source paths, database errors. */
function expectNoInternals(body: string) {
  expect(body).not.toMatch(/\n\s+at\s+\S+\s+\(|\.tsx?:\d+:\d+|\/work\/|node_modules\/|PrismaClient|Invalid `prisma/);
}

/**
 * `x-middleware-prefetch` makes Next answer `{}` (and `x-middleware-skip: 1`) without running the page or handler
 * at all; that serves nothing either.
 */
async function isSkippedPrefetch(response: APIResponse) {
  return response.headers()["x-middleware-skip"] === "1" && (await response.text()) === "{}";
}

/** The hidden inputs React renders for a server-component form: the action's id and the form's own fields. */
async function readActionForm(form: Locator) {
  const actionField = await form.locator('input[name^="$ACTION_ID_"]').getAttribute("name");
  expect(actionField, "the form is a server action form").toBeTruthy();
  const fields: Record<string, string> = {};
  for (const input of await form.locator('input[type="hidden"]:not([name^="$ACTION"])').all()) {
    fields[(await input.getAttribute("name"))!] = (await input.getAttribute("value")) ?? "";
  }
  return { actionField: actionField!, actionId: actionField!.replace("$ACTION_ID_", ""), fields };
}

/** A no-JavaScript form post: multipart with the `$ACTION_ID_…` field, as the browser sends it. */
function postForm(
  request: APIRequestContext,
  path: string,
  action: { actionField: string; fields: Record<string, string> },
  headers: Record<string, string>,
) {
  return request.post(path, {
    headers,
    multipart: { [action.actionField]: "", ...action.fields },
    maxRedirects: 0,
  });
}

type CapturedCall = { headers: Record<string, string>; body: Buffer };

/**
 * The request the page's own JavaScript sends when the button is pressed (the `Next-Action` header and React's
 * encoding of the arguments), caught before it leaves the browser so that nothing runs yet.
 */
async function captureActionCall(page: Page, press: () => Promise<void>): Promise<CapturedCall> {
  let resolve: (call: CapturedCall) => void = () => {};
  const captured = new Promise<CapturedCall>((done) => (resolve = done));
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
    const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => keep.includes(name)));
    resolve({ headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
    await route.abort();
  });
  await press();
  const call = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return call;
}

/** A client-side call replayed by hand, with other cookies and headers. */
function postFetchAction(
  request: APIRequestContext,
  path: string,
  call: CapturedCall,
  headers: Record<string, string>,
) {
  return request.post(path, { headers: { ...call.headers, ...headers }, data: call.body, maxRedirects: 0 });
}

/** Where an action's answer sends the browser: the Location of a form post, or Next's header for a fetch call. */
const redirectTarget = (response: APIResponse) =>
  response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "";

test("a made-up Server Action id is refused without running anything or leaking internals", async ({
  request,
  baseURL,
}) => {
  for (const path of ["/", "/akun", "/admin/pengguna"]) {
    for (const actionId of ["bukan-aksi", "0".repeat(42), crypto.randomBytes(21).toString("hex")]) {
      const response = await request.post(path, {
        headers: { "Next-Action": actionId, Origin: baseURL! },
        multipart: { "0": "[]" },
        maxRedirects: 0,
      });
      // 400 for an id that cannot be one, 409 ("unavailable") for an unknown id of the right shape.
      expect(response.status(), `${path} ${actionId}`).toBe(actionId.length === 42 ? 409 : 400);
      expect(response.headers()["x-nextjs-action-not-found"]).toBe("1");
      expectNoInternals(await response.text());
    }
  }
});

test("a real action posted without a session, with a forged one or from a foreign origin changes nothing", async ({
  page,
  request,
  baseURL,
}) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto("/akun");
  const item = page.getByRole("region", { name: "Listing yang saya kelola" }).getByRole("listitem").nth(1);
  const form = item.locator("form").filter({ has: page.getByRole("button", { name: /^Data masih benar/ }) });
  const action = await readActionForm(form);
  expect(action.fields.listingId).toBeTruthy();
  const verifiedBefore = (await item.textContent())!.match(
    /Terakhir diverifikasi [^\n]+?\d{4}|Belum pernah[^\n]*/,
  )?.[0];
  expect(verifiedBefore).toBeTruthy();
  const fetchCall = await captureActionCall(page, () =>
    item.getByRole("button", { name: /^Data masih benar/ }).click(),
  );
  expect(fetchCall.headers["next-action"]).toBe(action.actionId);
  // The aborted call leaves the page on its error screen.
  await page.goto("/akun");
  const sameOrigin = { Origin: baseURL! };

  // No cookie or a forged one: the action's own requireUser sends the caller to the sign-in page.
  for (const cookie of forgedCookies) {
    const headers = { ...sameOrigin, ...(cookie ? { Cookie: cookie } : {}) };
    for (const response of [
      await postForm(request, "/akun", action, headers),
      await postFetchAction(request, "/akun", fetchCall, headers),
    ]) {
      expect(response.status(), `cookie ${cookie ?? "(none)"}`).toBeLessThan(500);
      expect(redirectTarget(response)).toMatch(/^(https?:\/\/[^/]+)?\/masuk(;|$|\?)/);
      expectNoInternals(await response.text());
    }
  }

  // The owner's real session but a foreign Origin (a cross-site form or fetch): the production server's request
  // guard refuses with 403 before the action (Next itself would answer 500).
  for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
    for (const response of [
      await postForm(page.request, "/akun", action, { Origin: origin }),
      await postFetchAction(page.request, "/akun", fetchCall, { Origin: origin }),
    ]) {
      expect(response.status(), origin).toBe(403);
      expect(redirectTarget(response)).not.toContain("hasil=terkonfirmasi");
      expectNoInternals(await response.text());
    }
  }

  // Nothing was confirmed: the date the owner sees is the one from before.
  await page.reload();
  await expect(item).toContainText(verifiedBefore!);

  // Controls: the same requests from the owner's own origin do confirm, so the refusals above were real ones.
  const allowedForm = await postForm(page.request, "/akun", action, sameOrigin);
  expect(redirectTarget(allowedForm)).toMatch(/\/akun\?hasil=terkonfirmasi$/);
  const today = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long" }).format(new Date());
  await page.reload();
  await expect(item).toContainText(`Terakhir diverifikasi ${today}`);
  const allowedFetch = await postFetchAction(page.request, "/akun", fetchCall, sameOrigin);
  expect(redirectTarget(allowedFetch)).toContain("/akun?hasil=terkonfirmasi");
});

test("x-middleware-subrequest and similar headers open no protected page", async ({ page, request }) => {
  for (const path of ["/akun", "/akun/keamanan", "/admin", "/admin/pengguna", "/en/akun"]) {
    for (const headers of bypassHeaders) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      const label = `${path} ${JSON.stringify(headers)}`;
      if (await isSkippedPrefetch(response)) continue;
      expect([303, 307, 308], label).toContain(response.status());
      // To sign-in, which brings the person back to the page asked for afterwards (only a path on this site).
      expect(response.headers()["location"], label).toMatch(/\/masuk(\?callbackUrl=%2F[^&]*)?$/);
    }
  }
  // Signed in as an owner, the headers do not make staff pages appear either.
  await signIn(page, OWNER.email, OWNER.password);
  for (const headers of bypassHeaders) {
    const response = await page.request.get("/admin/pengguna", { headers, maxRedirects: 0 });
    // The user list would show the demo staff's address.
    expect(await response.text()).not.toContain("staf@contoh.id");
    if (!(await isSkippedPrefetch(response))) expect(response.status(), JSON.stringify(headers)).toBe(404);
  }
});

test("route handlers with private data refuse a missing or forged session", async ({ page, request }) => {
  test.setTimeout(60_000);
  // The owner records a certificate application with a private evidence file.
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto("/akun/sertifikasi/ajukan");
  await page.getByLabel("Listing", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Jenis sertifikat").selectOption({ index: 1 });
  await page.getByLabel("Berkas bukti (opsional)").setInputFiles({
    name: "bukti-rahasia.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% bukti rahasia\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Kirim pengajuan" }).click();
  await expect(page).toHaveURL(/\/akun\/sertifikasi\?hasil=diajukan$/);
  const evidenceHref = await page.getByRole("link", { name: "Berkas bukti" }).first().getAttribute("href");
  expect(evidenceHref).toMatch(/^\/api\/files\/\w+$/);

  // Controls: the owner reads their own data and file; an owner still gets no staff export.
  const ownFile = await page.request.get(evidenceHref!);
  expect(ownFile.status()).toBe(200);
  expect((await ownFile.body()).toString()).toContain("%PDF");
  const ownData = await page.request.get("/api/akun/data");
  expect(ownData.status()).toBe(200);
  expect(await ownData.text()).toContain(OWNER.email);
  expect((await page.request.get("/api/admin/listings.csv")).status()).toBe(404);

  for (const cookie of forgedCookies) {
    for (const extra of [{}, ...bypassHeaders]) {
      const headers = { ...(cookie ? { Cookie: cookie } : {}), ...extra };
      const label = `${cookie ?? "(no cookie)"} ${JSON.stringify(extra)}`;

      const data = await request.get("/api/akun/data", { headers });
      expect(await data.text()).not.toContain(OWNER.email);
      if (!(await isSkippedPrefetch(data))) expect(data.status(), label).toBe(401);

      const file = await request.get(evidenceHref!, { headers });
      expect((await file.body()).toString()).not.toContain("%PDF");
      if (!(await isSkippedPrefetch(file))) expect(file.status(), label).toBe(404);

      const csv = await request.get("/api/admin/listings.csv", { headers });
      expect(await csv.text()).not.toContain("name_id");
      if (!(await isSkippedPrefetch(csv))) expect(csv.status(), label).toBe(404);
    }
  }
});
