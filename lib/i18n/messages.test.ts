import { describe, expect, it } from "vitest";
import id from "./messages/id.json";
import en from "./messages/en.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has the same keys in Indonesian and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });
});
