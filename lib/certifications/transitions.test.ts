import { describe, expect, it } from "vitest";
import { canTransition, isNoteRequired } from "./transitions";

describe("certification transitions", () => {
  it("allows exactly the steps staff record", () => {
    const statuses = ["APPLIED", "IN_REVIEW", "CERTIFIED", "REJECTED", "REVOKED"] as const;
    const allowed = statuses.flatMap((from) =>
      statuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "APPLIED→IN_REVIEW",
      "APPLIED→REJECTED",
      "IN_REVIEW→CERTIFIED",
      "IN_REVIEW→REJECTED",
      "CERTIFIED→REVOKED",
    ]);
  });

  it("asks for a reason when rejecting or revoking only", () => {
    expect(["IN_REVIEW", "CERTIFIED", "REJECTED", "REVOKED"].filter((to) => isNoteRequired(to as never))).toEqual([
      "REJECTED",
      "REVOKED",
    ]);
  });
});
