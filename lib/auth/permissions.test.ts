import { describe, expect, it } from "vitest";
import { mustEnrolSecondFactor } from "./permissions";

describe("mustEnrolSecondFactor", () => {
  it("sends staff and admin without a second factor to enrol, in production only", () => {
    expect(mustEnrolSecondFactor({ role: "STAFF", hasTotp: false }, "production")).toBe(true);
    expect(mustEnrolSecondFactor({ role: "ADMIN", hasTotp: false }, "production")).toBe(true);
    expect(mustEnrolSecondFactor({ role: "ADMIN", hasTotp: true }, "production")).toBe(false);
    expect(mustEnrolSecondFactor({ role: "OWNER", hasTotp: false }, "production")).toBe(false);
    expect(mustEnrolSecondFactor({ role: "STAFF", hasTotp: false }, "demo")).toBe(false);
  });
});
