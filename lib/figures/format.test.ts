import { describe, expect, it } from "vitest";
import { formatFigureValue } from "./format";

describe("formatFigureValue", () => {
  it("keeps a range and a percentage as the source states them", () => {
    expect(formatFigureValue({ qualifier: "EXACT", valueMin: 24, valueMax: 26, unit: "%" }, "id")).toBe("24–26%");
  });

  it("shows 'at least' as a plus sign", () => {
    expect(formatFigureValue({ qualifier: "AT_LEAST", valueMin: 22, valueMax: null, unit: "komunitas" }, "en")).toBe(
      "22+",
    );
  });

  it("puts the qualifier in words in the reader's language", () => {
    const moreThanFive = { qualifier: "MORE_THAN" as const, valueMin: 5, valueMax: null, unit: "%" };
    expect(formatFigureValue(moreThanFive, "id")).toBe("lebih dari 5%");
    expect(formatFigureValue(moreThanFive, "en")).toBe("more than 5%");
  });

  it("groups thousands the Indonesian or English way", () => {
    const beneficiaries = { qualifier: "EXACT" as const, valueMin: 808768, valueMax: null, unit: "orang" };
    expect(formatFigureValue(beneficiaries, "id")).toBe("808.768");
    expect(formatFigureValue(beneficiaries, "en")).toBe("808,768");
  });
});
