import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

const { revalidatePath } = await import("./revalidate-pages");
const hook = Symbol.for("ekraf.page-cache");

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[hook];
  revalidated.length = 0;
});

describe("revalidatePath", () => {
  it("revalidates Next's cache and empties the production server's page cache for public paths", () => {
    const requestPurge = vi.fn();
    (globalThis as Record<symbol, unknown>)[hook] = { requestPurge };
    revalidatePath("/id/usaha/kopi-tugu");
    revalidatePath("/[locale]/saring/[kind]/[query]", "page");
    expect(revalidated).toEqual(["/id/usaha/kopi-tugu", "/[locale]/saring/[kind]/[query]"]);
    expect(requestPurge).toHaveBeenCalledTimes(2);
  });

  it("leaves the page cache alone for pages of one person, which it never holds", () => {
    const requestPurge = vi.fn();
    (globalThis as Record<symbol, unknown>)[hook] = { requestPurge };
    revalidatePath("/id/akun/keamanan");
    revalidatePath("/akun/pesan");
    revalidatePath("/en/admin/listing");
    expect(revalidated).toHaveLength(3);
    expect(requestPurge).not.toHaveBeenCalled();
  });

  it("works without a page cache (next dev, tests)", () => {
    expect(() => revalidatePath("/id/acara")).not.toThrow();
    expect(revalidated).toEqual(["/id/acara"]);
  });
});
