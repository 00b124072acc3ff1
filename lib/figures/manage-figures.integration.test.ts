import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/assert-role";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { createFigure, setFigureRetired, updateFigure } from "./manage-figures";
import { listCityFigures, listHeadlineFigures } from "./queries";

const fields = (overrides: Record<string, string> = {}) => ({
  key: `angka-uji-${crypto.randomBytes(4).toString("hex")}`,
  labelIndonesian: "Coworking space",
  labelEn: "Coworking spaces",
  qualifier: "EXACT",
  valueMin: "25",
  valueMax: "",
  unit: "coworking space",
  periodLabelIndonesian: "2024",
  periodStart: "2024-01-01",
  periodEnd: "2024-12-31",
  sourceName: "Disporapar Kota Malang via kominfo.malangkota.go.id",
  sourceUrl: "https://kominfo.malangkota.go.id",
  methodIndonesian: "",
  publishedOn: "2024-02-01",
  isHeadline: "on",
  sortOrder: "3",
  ...overrides,
});

const staffActor = async () => {
  const user = await createUser({ role: "STAFF" });
  return { id: user.id, role: user.role };
};

const auditOf = (entityId: string) =>
  prisma.auditLog.findMany({ where: { entityType: "Figure", entityId }, orderBy: { createdAt: "asc" } });

describe("createFigure", () => {
  it("stores the figure as stated and records who added it", async () => {
    const staff = await staffActor();
    const input = fields({ valueMin: "24", valueMax: "26", unit: "%" });
    const result = await createFigure(staff, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: result.figureId } });
    expect(figure.valueMin.toNumber()).toBe(24);
    expect(figure.valueMax?.toNumber()).toBe(26);
    expect(figure.periodStart.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(figure.isHeadline).toBe(true);
    const [entry] = await auditOf(result.figureId);
    expect(entry).toMatchObject({ action: "figure.create", actorId: staff.id, actorRole: "STAFF" });
    expect(entry?.after).toMatchObject({ key: input.key, valueMin: "24", valueMax: "26", periodStart: "2024-01-01" });
    expect((await listHeadlineFigures()).map((row) => row.key)).toContain(input.key);
  });

  it("keeps the English period and method beside the Indonesian ones, and the city figures list carries them", async () => {
    const staff = await staffActor();
    const input = fields({
      periodLabelIndonesian: "Jan–Agu 2023",
      periodLabelEn: "Jan–Aug 2023",
      methodIndonesian: "Dihitung dari daftar peserta.",
      methodEn: "Counted from the participant lists.",
    });
    const result = await createFigure(staff, input);
    expect(result.ok).toBe(true);
    const listed = (await listCityFigures()).find((figure) => figure.key === input.key);
    expect(listed).toMatchObject({
      periodLabelIndonesian: "Jan–Agu 2023",
      periodLabelEn: "Jan–Aug 2023",
      methodIndonesian: "Dihitung dari daftar peserta.",
      methodEn: "Counted from the participant lists.",
    });
    if (!result.ok) return;
    const [entry] = await auditOf(result.figureId);
    expect(entry?.after).toMatchObject({
      periodLabelEn: "Jan–Aug 2023",
      methodEn: "Counted from the participant lists.",
    });
  });

  it("returns per-field errors and writes nothing for a bad figure", async () => {
    const staff = await staffActor();
    const before = await prisma.figure.count();
    const result = await createFigure(staff, fields({ valueMin: "banyak", periodStart: "" }));
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { valueMin: ["numberInvalid"], periodStart: ["required"] },
    });
    expect(await prisma.figure.count()).toBe(before);
  });

  it("refuses a key that is already used", async () => {
    const staff = await staffActor();
    const input = fields();
    await createFigure(staff, input);
    expect(await createFigure(staff, { ...input, labelIndonesian: "Lain" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { key: ["keyTaken"] },
    });
  });

  it("is for staff only", async () => {
    const owner = await createUser({ role: "OWNER" });
    await expect(createFigure({ id: owner.id, role: owner.role }, fields())).rejects.toThrow(ForbiddenError);
  });
});

describe("updateFigure", () => {
  it("saves the change with the before and after in the audit log", async () => {
    const staff = await staffActor();
    const input = fields();
    const created = await createFigure(staff, input);
    if (!created.ok) throw new Error("setup");
    const { updatedAt } = await prisma.figure.findUniqueOrThrow({ where: { id: created.figureId } });
    const result = await updateFigure(staff, created.figureId, {
      ...input,
      qualifier: "MORE_THAN",
      valueMin: "5",
      expectedUpdatedAt: updatedAt.toISOString(),
    });
    expect(result).toEqual({ ok: true, figureId: created.figureId });
    const entries = await auditOf(created.figureId);
    expect(entries.map((entry) => entry.action)).toEqual(["figure.create", "figure.update"]);
    expect(entries[1]?.before).toMatchObject({ qualifier: "EXACT", valueMin: "25" });
    expect(entries[1]?.after).toMatchObject({ qualifier: "MORE_THAN", valueMin: "5" });
  });

  it("refuses a form opened before someone else's change", async () => {
    const staff = await staffActor();
    const input = fields();
    const created = await createFigure(staff, input);
    if (!created.ok) throw new Error("setup");
    const { updatedAt } = await prisma.figure.findUniqueOrThrow({ where: { id: created.figureId } });
    const expectedUpdatedAt = updatedAt.toISOString();
    expect((await updateFigure(staff, created.figureId, { ...input, unit: "ruang", expectedUpdatedAt })).ok).toBe(true);
    expect(await updateFigure(staff, created.figureId, { ...input, unit: "tempat", expectedUpdatedAt })).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    expect((await prisma.figure.findUniqueOrThrow({ where: { id: created.figureId } })).unit).toBe("ruang");
  });

  it("answers notFound for an unknown figure", async () => {
    const staff = await staffActor();
    expect(
      await updateFigure(staff, "tidak-ada", { ...fields(), expectedUpdatedAt: new Date().toISOString() }),
    ).toMatchObject({ ok: false, reason: "notFound" });
  });
});

describe("setFigureRetired", () => {
  it("takes a figure off the public pages and brings it back, audited once each way", async () => {
    const staff = await staffActor();
    const input = fields();
    const created = await createFigure(staff, input);
    if (!created.ok) throw new Error("setup");
    const now = new Date("2026-11-24T03:00:00Z");
    expect(await setFigureRetired(staff, created.figureId, true, now)).toEqual({
      ok: true,
      figureId: created.figureId,
    });
    expect(await setFigureRetired(staff, created.figureId, true, now)).toEqual({
      ok: true,
      figureId: created.figureId,
    });
    expect((await listCityFigures()).map((row) => row.key)).not.toContain(input.key);
    expect((await listHeadlineFigures()).map((row) => row.key)).not.toContain(input.key);

    await setFigureRetired(staff, created.figureId, false);
    expect((await listCityFigures()).map((row) => row.key)).toContain(input.key);
    const entries = await auditOf(created.figureId);
    expect(entries.map((entry) => entry.action)).toEqual(["figure.create", "figure.retire", "figure.restore"]);
    expect(entries[1]?.after).toEqual({ retiredAt: now.toISOString() });
  });
});
