import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };

// docs/decisions/009: npm scripts run on the `node` devDependency, whatever the machine's own Node is.
describe("node runtime", () => {
  it("runs the test suite on Node 24, the version package.json pins", () => {
    expect(process.versions.node.split(".")[0]).toBe("24");
    expect(process.versions.node).toBe(packageJson.devDependencies.node);
  });

  it("declares Node 24 in engines", () => {
    expect(packageJson.engines.node).toBe(">=24.11");
  });
});
