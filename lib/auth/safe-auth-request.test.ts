import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withoutInvalidCallbackUrl } from "./safe-auth-request";

const base = "http://localhost:3000";

describe("withoutInvalidCallbackUrl", () => {
  it("drops a callbackUrl parameter Auth.js would answer with a 500", async () => {
    for (const junk of ["http://[::1", "javascript:alert(1)", "bukan-url", "%"]) {
      const request = new NextRequest(`${base}/api/auth/signin?callbackUrl=${encodeURIComponent(junk)}&x=1`);
      const cleaned = await withoutInvalidCallbackUrl(request);
      expect(new URL(cleaned.url).searchParams.get("callbackUrl"), junk).toBeNull();
      expect(new URL(cleaned.url).searchParams.get("x")).toBe("1");
    }
  });

  it("keeps valid callback URLs (the redirect callback keeps them on the portal) and the request as it was", async () => {
    for (const valid of ["/akun", "https://jahat.example/"]) {
      const request = new NextRequest(`${base}/api/auth/signin?callbackUrl=${encodeURIComponent(valid)}`);
      expect(await withoutInvalidCallbackUrl(request)).toBe(request);
    }
  });

  it("drops a junk callback-url cookie and keeps the other cookies and the body", async () => {
    const request = new NextRequest(`${base}/api/auth/signout`, {
      method: "POST",
      headers: {
        cookie: "authjs.csrf-token=abc; authjs.callback-url=http%3A%2F%2F%5B%3A%3A1; authjs.session-token=s",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "csrfToken=abc",
    });
    const cleaned = await withoutInvalidCallbackUrl(request);
    expect(cleaned.headers.get("cookie")).toBe("authjs.csrf-token=abc; authjs.session-token=s");
    expect(await cleaned.text()).toBe("csrfToken=abc");
    expect(cleaned.method).toBe("POST");
  });
});
