import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";

// The production server answers a repeated request for a cached public page from its page cache
// (docs/decisions/008); pages for one person are never kept there.
const PROFILE = "/usaha/sari-apel-tlogomas-lestari-contoh";
const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };

test("a public profile comes from the page cache, small, with only the texts its forms need", async ({ request }) => {
  await request.get(PROFILE);
  const response = await request.get(PROFILE);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-page-cache"]).toBe("HIT");
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const html = await response.text();
  expect(html).toContain("Sari Apel Tlogomas Lestari");
  // The contact form's texts travel to the browser; the admin area's do not (all messages came to ~100 kB).
  expect(html).toContain("Pesan Anda diteruskan ke pengelola listing ini melalui email.");
  expect(html).not.toContain("Semua listing di portal, apa pun statusnya.");
  // Leaked messages would add ~100 kB; the header, footer and sections of a profile come to ~60 kB.
  expect(html.length).toBeLessThan(75_000);
});

test("a signed-in person's pages are never served to anyone else", async ({ page, request }) => {
  await signIn(page, OWNER.email, OWNER.password);
  const account = await page.goto("/akun");
  expect(account?.headers()["x-page-cache"]).toBeUndefined();
  expect(account?.headers()["cache-control"]).toMatch(/private|no-store/);

  // Another visitor, without the session, asking for the same URL right after.
  const anonymous = await request.get("/akun", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/masuk");
  expect(await anonymous.text()).not.toContain(OWNER.email);
});

test("a client's forwarded host never reaches a cached page, and Next's internals never reach a visitor", async ({
  request,
}) => {
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.get(PROFILE, {
      headers: { "x-forwarded-host": "jahat.example", "x-forwarded-proto": "http" },
    });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(JSON.stringify(headers)).not.toContain("jahat.example");
    expect(await response.text()).not.toContain("jahat.example");
    const internal = Object.keys(headers).filter(
      (name) => name === "x-matched-path" || name === "x-powered-by" || name.startsWith("x-nextjs-"),
    );
    expect(internal).toEqual([]);
  }
});

test("a subsector page and its filtered twin each come from the page cache, with their own content", async ({
  request,
}) => {
  const plain = "/subsektor/kuliner";
  const filtered = "/subsektor/kuliner?kecamatan=klojen";
  // Every public write empties the page cache (decision 014), and the other worker's tests write meanwhile: ask
  // again until one pair of answers came from the cache.
  let first = await request.get(plain);
  let second = await request.get(filtered);
  await expect
    .poll(async () => {
      [first, second] = await Promise.all([request.get(plain), request.get(filtered)]);
      return [first, second].map((response) => `${response.status()} ${response.headers()["x-page-cache"]}`);
    })
    .toEqual(["200 HIT", "200 HIT"]);
  const [plainHtml, filteredHtml] = await Promise.all([first.text(), second.text()]);
  expect(plainHtml).toContain("Kuliner");
  // The filter reaches the cached route: its form shows Klojen chosen, the plain page does not.
  expect(filteredHtml).toMatch(/<option[^>]*value="klojen"[^>]*selected/);
  expect(plainHtml).not.toMatch(/<option[^>]*value="klojen"[^>]*selected/);
});
