import { describe, expect, it } from "vitest";
import { describeChanges } from "./describe-change";
import { currentFieldKey, withCurrentFieldKeys } from "./legacy-field-keys";

// Audit entries and pending revisions stored before decision 025 carry the old keys.
const oldKeys = ["nameId", "summaryId", "descriptionId", "titleId", "labelId", "noteId"]; // rename-codemod: keep

describe("legacy field keys", () => {
  it("reads every old …Id text key under its …Indonesian name", () => {
    expect(oldKeys.map((key) => currentFieldKey(key))).toEqual([
      "nameIndonesian",
      "summaryIndonesian",
      "descriptionIndonesian",
      "titleIndonesian",
      "labelIndonesian",
      "noteIndonesian",
    ]);
    expect(currentFieldKey("primarySubsectorId")).toBe("primarySubsectorId");
  });

  it("renames a figure's periodLabelIndonesian and method only in a figure snapshot", () => {
    const figure = { periodLabelIndonesian: "2024", periodLabelEn: null, method: "Survei", methodEn: null };
    expect(Object.keys(withCurrentFieldKeys(figure))).toEqual([
      "periodLabelIndonesian",
      "periodLabelEn",
      "methodIndonesian",
      "methodEn",
    ]);
    expect(withCurrentFieldKeys({ method: "POST" })).toEqual({ method: "POST" });
  });

  it("labels an old audit entry with today's labels and compares it with a new one", () => {
    const labels: Record<string, string> = { nameIndonesian: "Nama", summaryIndonesian: "Ringkasan" };
    const before = { content: { nameId: "Studio", summaryId: "Lama." } }; // rename-codemod: keep
    const after = { content: { nameIndonesian: "Studio", summaryIndonesian: "Baru." } };
    const changes = describeChanges(before, after, { label: (key) => labels[key] ?? key });
    expect(changes.map(({ key, label, isChanged }) => ({ key, label, isChanged }))).toEqual([
      { key: "nameIndonesian", label: "Nama", isChanged: false },
      { key: "summaryIndonesian", label: "Ringkasan", isChanged: true },
    ]);
  });
});
