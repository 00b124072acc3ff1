import { describe, expect, it } from "vitest";
import { loadMessages, messageFiles } from "./messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has the same keys in Indonesian and English", async () => {
    const [id, en] = await Promise.all([loadMessages("id"), loadMessages("en")]);
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  it.each(messageFiles)("gives each area (%s) its own namespaces, so no file overrides another", async (file) => {
    const id = (await import(`./messages/id/${file}.json`)).default as Record<string, unknown>;
    const others = messageFiles.filter((other) => other !== file);
    for (const other of others) {
      const otherId = (await import(`./messages/id/${other}.json`)).default as Record<string, unknown>;
      expect(Object.keys(id).filter((key) => key in otherId)).toEqual([]);
    }
  });
});
