import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { decodeDirectoryQuery } from "@/lib/directory/cache-key";

// next-intl's middleware imports "next/server" without an extension, which Node's resolver rejects outside Next;
// what it does with the paths the proxy does not rewrite is not under test here.
vi.mock("next-intl/middleware", () => ({ default: () => () => NextResponse.next() }));
const { default: proxy } = await import("./proxy");

/** Where the proxy sends a request: the rewritten internal path, or null when next-intl answers it. */
function rewrittenPath(url: string): string | null {
  const rewrite = proxy(new NextRequest(`http://localhost${url}`)).headers.get("x-middleware-rewrite");
  return rewrite === null ? null : new URL(rewrite).pathname;
}

describe("proxy", () => {
  it("serves a subsector page from its cached route, its filters in the path", () => {
    expect(rewrittenPath("/subsektor/kuliner")).toBe("/id/saring/subsektor/kuliner/-");
    expect(rewrittenPath("/en/subsektor/kuliner")).toBe("/en/saring/subsektor/kuliner/-");
    const filtered = rewrittenPath("/subsektor/kuliner?kecamatan=klojen&utm_source=x&hal=2");
    const [, , , , slug, query] = filtered!.split("/");
    expect(slug).toBe("kuliner");
    expect(decodeDirectoryQuery(query!)).toEqual({ hal: "2", kecamatan: "klojen" });
  });

  it("serves directories and searches from their cached routes, as before", () => {
    expect(rewrittenPath("/usaha")).toBe("/id/saring/usaha/-");
    expect(rewrittenPath("/en/cari?q=kopi")).toMatch(/^\/en\/saring\/cari\/[A-Za-z0-9_-]+$/);
  });

  it("leaves other pages, and subsector paths that are no slug, to the locale routing", () => {
    expect(rewrittenPath("/subsektor")).toBeNull();
    expect(rewrittenPath("/subsektor/kuliner/lain")).toBeNull();
    expect(rewrittenPath("/subsektor/Kuliner%20X")).toBeNull();
  });
});
