import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const libRoot = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

// Tests may seed a database with the demo data; the code the portal runs may not depend on the seed or on scripts.
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const forbidden =
  /(?:from\s+|import\s*\(\s*)["'](?:@\/scripts\/|@\/prisma\/seed|(?:\.\.\/)+(?:scripts\/|prisma\/seed))/;

describe("lib/ import boundaries", () => {
  it("no runtime file under lib/ imports from scripts/ or the seed (prisma/seed.ts, prisma/seed-data)", () => {
    const offenders = sourceFiles(libRoot)
      .filter((file) => !isTest(file))
      .filter((file) => forbidden.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(libRoot, file));
    expect(offenders).toEqual([]);
  });

  it("recognises the import forms it guards against", () => {
    expect(forbidden.test('import { seedDatabase } from "@/prisma/seed";')).toBe(true);
    expect(forbidden.test('import { subsectors } from "@/prisma/seed-data/subsectors";')).toBe(true);
    expect(forbidden.test('const { startPortal } = await import("@/scripts/portal");')).toBe(true);
    expect(forbidden.test('import x from "../../scripts/run";')).toBe(true);
    expect(forbidden.test('import { runCommand } from "@/lib/server/run-command";')).toBe(false);
  });
});
