// Property-based checks of every zod schema the forms and actions share (lib/**/schemas.ts, found by itself):
// random and hostile values never make a schema throw, a refusal is always a list of issues, and whatever passes
// keeps its promises (URLs are http(s) only, strings are bounded).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getListingContentSchema } from "@/lib/listings/schemas";
import { listingKinds } from "@/lib/listings/kinds";

const root = path.resolve(import.meta.dirname, "../..");

function findSchemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : findSchemaFiles(full);
    return entry.name === "schemas.ts" ? [full] : [];
  });
}

const hostileStrings = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "' OR '1'='1'; DROP TABLE \"Listing\"; --",
  "\u0000\u0001\u0002",
  "\u202Egnp.exe",
  "𝓜𝓪𝓵𝓪𝓷𝓰 🎨 Kota Kreatif",
  " ".repeat(1000),
  "a".repeat(20_000),
  "https://contoh.id/" + "x".repeat(3000),
  "http://[::1]:99999",
  "1e309",
  "-0",
  "NaN",
];

const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom(...hostileStrings),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(fc.string(), fc.constantFrom(...hostileStrings)), { maxLength: 20 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 5 }),
);

type NamedSchema = { name: string; schema: z.ZodType };

async function collectSchemas(): Promise<NamedSchema[]> {
  const schemas: NamedSchema[] = [];
  for (const file of findSchemaFiles(path.join(root, "lib"))) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported))
      if (value instanceof z.ZodType) schemas.push({ name: `${path.relative(root, file)}#${name}`, schema: value });
  }
  for (const kind of listingKinds)
    schemas.push({ name: `getListingContentSchema(${kind})`, schema: getListingContentSchema(kind) });
  return schemas;
}

const shapeKeysOf = (schema: z.ZodType): string[] => {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { in?: z.ZodType } }).shape;
  if (shape) return Object.keys(shape);
  const inner = (schema as unknown as { def?: { in?: z.ZodType; innerType?: z.ZodType; schema?: z.ZodType } }).def;
  const next = inner?.in ?? inner?.innerType ?? inner?.schema;
  return next ? shapeKeysOf(next) : [];
};

function assertPromisesKept(value: unknown, key = ""): void {
  if (typeof value === "string") {
    expect(value.length, key).toBeLessThanOrEqual(20_000);
    if (/url$/i.test(key) && value !== "") expect(value, key).toMatch(/^https?:\/\//i);
  } else if (Array.isArray(value)) value.forEach((item) => assertPromisesKept(item, key));
  else if (value && typeof value === "object")
    for (const [childKey, child] of Object.entries(value)) assertPromisesKept(child, childKey);
}

const schemas = await collectSchemas();

describe("every shared zod schema under random and hostile input", () => {
  it("finds the schemas by itself", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it.each(schemas.map((entry) => [entry.name, entry.schema] as const))("%s", (_name, schema) => {
    const keys = shapeKeysOf(schema);
    const objectLike = keys.length
      ? fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] })
      : hostileValue;
    fc.assert(
      fc.property(fc.oneof(objectLike, fc.anything()), (input) => {
        const result = schema.safeParse(input);
        if (result.success) assertPromisesKept(result.data);
        else expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
