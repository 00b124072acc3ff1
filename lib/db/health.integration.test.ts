import { describe, expect, it } from "vitest";
import { createScriptPrismaClient } from "./seed-client";
import { isDatabaseReachable } from "./health";

describe("isDatabaseReachable", () => {
  it("is true when the database answers", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });

  it("is false, not an error, when nothing listens at the database address", async () => {
    const unreachable = createScriptPrismaClient("postgresql://nobody:nothing@127.0.0.1:9/none");
    expect(await isDatabaseReachable(unreachable, 2000)).toBe(false);
    await unreachable.$disconnect();
  });
});
