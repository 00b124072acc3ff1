import { describe, expect, it } from "vitest";
import { z } from "zod";
import { figureSchema } from "./schemas";

const valid = {
  key: "pdrb-kontribusi-ekraf-2023",
  labelIndonesian: "Kontribusi ekonomi kreatif terhadap PDRB",
  labelEn: "Creative economy's share of GRDP",
  qualifier: "EXACT",
  valueMin: "24",
  valueMax: "26",
  unit: "%",
  noteIndonesian: "",
  noteEn: "",
  periodLabelIndonesian: "2023",
  periodStart: "2023-01-01",
  periodEnd: "2023-12-31",
  sourceName: "Disporapar Kota Malang via tugusatu.com",
  sourceUrl: "https://tugusatu.com",
  methodIndonesian: "",
  publishedOn: "",
  isHeadline: "on",
  sortOrder: "6",
};

const errorsOf = (input: Record<string, string>) => {
  const parsed = figureSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("figureSchema", () => {
  it("reads a range as the source states it, empty optional fields as null", () => {
    expect(figureSchema.parse(valid)).toMatchObject({
      valueMin: 24,
      valueMax: 26,
      noteIndonesian: null,
      methodIndonesian: null,
      publishedOn: null,
      isHeadline: true,
      sortOrder: 6,
    });
  });

  it("accepts an Indonesian decimal comma but refuses thousands separators", () => {
    expect(figureSchema.parse({ ...valid, valueMin: "93,05", valueMax: "" }).valueMin).toBe(93.05);
    expect(errorsOf({ ...valid, valueMin: "14.000,5" }).valueMin).toEqual(["numberInvalid"]);
    expect(errorsOf({ ...valid, valueMin: "14.000" }).valueMin).toEqual(["numberInvalid"]);
    expect(errorsOf({ ...valid, valueMin: "1,500" }).valueMin).toEqual(["numberInvalid"]);
    expect(figureSchema.parse({ ...valid, valueMin: "0.1250", valueMax: "" }).valueMin).toBe(0.125);
  });

  it("names each bad field with an i18n key", () => {
    const errors = errorsOf({
      ...valid,
      key: "PDRB 2023",
      labelEn: "",
      qualifier: "ROUGHLY",
      valueMax: "20",
      periodEnd: "2022-12-31",
      sourceUrl: "javascript:alert(1)",
      sortOrder: "-1",
    });
    expect(errors).toEqual({
      key: ["keyInvalid"],
      labelEn: ["required"],
      qualifier: ["qualifierInvalid"],
      sourceUrl: ["urlInvalid"],
      sortOrder: ["sortOrderInvalid"],
    });
    // Cross-field checks run once the fields themselves are valid.
    expect(errorsOf({ ...valid, valueMax: "20", periodEnd: "2022-12-31" })).toEqual({
      valueMax: ["rangeReversed"],
      periodEnd: ["periodReversed"],
    });
  });

  it("refuses fields that are not part of a figure", () => {
    expect(figureSchema.safeParse({ ...valid, retiredAt: "2026-01-01" }).success).toBe(false);
  });
});
