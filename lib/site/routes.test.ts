import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiRoutes, localeRoutePath, routes } from "./routes";

const appLocaleDir = path.resolve(import.meta.dirname, "../../app/[locale]");
const appDir = path.resolve(import.meta.dirname, "../../app");

/** Every path the helper builds, with a stand-in for each parameter. */
function allPaths(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node === "function") {
    const arg =
      node === routes.directory
        ? "CAMPUS"
        : node === routes.listing || node === routes.reportListing
          ? { kind: "CAMPUS", slug: "x" }
          : "x";
    return [(node as (value: unknown) => string)(arg)];
  }
  return Object.values(node as Record<string, unknown>).flatMap(allPaths);
}

/** Whether app/[locale]/ has a page for this path (a dynamic folder like [id] matches any segment). */
function hasPage(urlPath: string, root = appLocaleDir, file = "page.tsx"): boolean {
  let dirs = [root];
  for (const segment of urlPath.split("/").filter(Boolean)) {
    dirs = dirs.flatMap((dir) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && (entry.name === segment || /^\[(\.\.\.)?[^.\]]+\]$/.test(entry.name)))
        .map((entry) => path.join(dir, entry.name)),
    );
  }
  return dirs.some((dir) => fs.existsSync(path.join(dir, file)));
}

describe("routes", () => {
  it("builds the portal's Indonesian paths, without a locale", () => {
    expect(routes.directory("CREATIVE_BUSINESS")).toBe("/usaha");
    expect(routes.listing({ kind: "COMMUNITY", slug: "teater-x" })).toBe("/komunitas/teater-x");
    expect(routes.subsector("kriya")).toBe("/subsektor/kriya");
    expect(routes.account.listingManagers("abc")).toBe("/akun/listing/abc/pengelola");
    expect(routes.admin.claimReview("abc")).toBe("/admin/moderasi/klaim/abc");
  });

  it("names only paths that have a page under app/[locale]/", () => {
    const missing = allPaths(routes).filter((urlPath) => !hasPage(urlPath));
    expect(missing).toEqual([]);
  });

  it("names only API paths that have a route handler under app/", () => {
    const missing = allPaths(apiRoutes).filter((urlPath) => !hasPage(urlPath, appDir, "route.ts"));
    expect(missing).toEqual([]);
    expect(apiRoutes.file("abc")).toBe("/api/files/abc");
  });

  it("puts the locale segment in front for revalidatePath", () => {
    expect(localeRoutePath("id", routes.events)).toBe("/id/acara");
    expect(localeRoutePath("en", routes.home)).toBe("/en");
  });
});
