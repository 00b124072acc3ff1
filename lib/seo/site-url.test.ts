import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { getSiteUrl } from "./site-url";

describe("getSiteUrl", () => {
  it("uses AUTH_URL when it is set", () => {
    expect(getSiteUrl(parseEnv({ AUTH_URL: "https://ekraf.malangkota.go.id" }))).toBe("https://ekraf.malangkota.go.id");
  });

  it("drops a trailing slash so paths can be appended", () => {
    expect(getSiteUrl(parseEnv({ AUTH_URL: "https://ekraf.malangkota.go.id/" }))).toBe(
      "https://ekraf.malangkota.go.id",
    );
  });

  it("falls back to localhost on the configured port", () => {
    expect(getSiteUrl(parseEnv({ PORT: "4321" }))).toBe("http://localhost:4321");
  });

  it("falls back to localhost:3000 when nothing is configured", () => {
    expect(getSiteUrl(parseEnv({}))).toBe("http://localhost:3000");
  });
});
