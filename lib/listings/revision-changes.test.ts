import { describe, expect, it } from "vitest";
import { readRevisionChanges } from "./revision-changes";

const content = {
  summaryEn: "Illustrators meeting monthly in Sukun.",
  primarySubsectorId: "subsector-1",
  whatsappNumber: "0812-3456-7890",
  facts: { memberCount: 40 },
};

describe("readRevisionChanges", () => {
  it("reads a revision stored before decision 025 under the old keys as one stored today", () => {
    const stored = {
      content: {
        ...content,
        nameId: "Komunitas Ilustrator Sukun", // rename-codemod: keep
        summaryId: "Komunitas ilustrator yang berkumpul tiap bulan di Sukun.", // rename-codemod: keep
      },
      photoFileIds: ["file-1"],
    };
    const today = {
      content: {
        ...content,
        nameIndonesian: "Komunitas Ilustrator Sukun",
        summaryIndonesian: "Komunitas ilustrator yang berkumpul tiap bulan di Sukun.",
      },
      photoFileIds: ["file-1"],
    };
    const read = readRevisionChanges("COMMUNITY", stored);
    expect(read).toEqual(readRevisionChanges("COMMUNITY", today));
    expect(read.content).toMatchObject({ nameIndonesian: "Komunitas Ilustrator Sukun" });
  });
});
