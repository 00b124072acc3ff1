import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createCertificationType, createSubsector, createUser } from "@/tests/support/factories";
import { deleteKbliMapping, saveKbliMapping, setRegistryUrl } from "./reference-data";
import { kbliMappingSchema, registryUrlSchema } from "./reference-schemas";
import { fieldErrorsOf } from "@/lib/forms/form-state";

describe("the KBLI → subsector table staff keep", () => {
  it("refuses a bad code, edition or provenance per field, so nothing reaches the database", () => {
    const parsed = kbliMappingSchema.safeParse({
      version: "2017",
      code: "5811",
      title: "Penerbitan Buku",
      subsectorId: "",
      provenance: "kira2",
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      version: ["kbliVersionInvalid"],
      code: ["kbliCodeInvalid"],
      subsectorId: ["subsectorRequired"],
      provenance: ["provenanceRequired"],
    });
  });

  it("adds a pairing, replaces it for the same edition and code, deletes it, auditing each; owners are refused", async () => {
    const staff = await createUser({ role: "STAFF" });
    const owner = await createUser();
    const [books, other] = [await createSubsector(), await createSubsector()];
    const code = String(10000 + Math.floor(Math.random() * 89999));
    const input = kbliMappingSchema.parse({
      version: "2025",
      code,
      title: "Uji",
      subsectorId: books.id,
      provenance: "Buatan portal untuk uji.",
    });
    await expect(saveKbliMapping(owner, input)).rejects.toThrow(ForbiddenError);
    expect(await saveKbliMapping(staff, input)).toEqual({ ok: true });
    expect(await saveKbliMapping(staff, { ...input, subsectorId: other.id })).toEqual({ ok: true });
    expect(await saveKbliMapping(staff, { ...input, subsectorId: "tidak-ada" })).toEqual({
      ok: false,
      error: "subsectorUnknown",
    });
    const rows = await prisma.kbliSubsectorMapping.findMany({ where: { version: 2025, code } });
    expect(rows.map((row) => row.subsectorId)).toEqual([other.id]);
    expect(await deleteKbliMapping(staff, rows[0]!.id)).toBe(true);
    expect(await prisma.kbliSubsectorMapping.count({ where: { version: 2025, code } })).toBe(0);
    const actions = await prisma.auditLog.findMany({ where: { entityId: rows[0]!.id }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action).sort()).toEqual(
      ["kbliMapping.create", "kbliMapping.delete", "kbliMapping.update"].sort(),
    );
  });
});

describe("registry addresses", () => {
  it("take https addresses only, or none, and record the change", async () => {
    const staff = await createUser({ role: "STAFF" });
    const type = await createCertificationType();
    expect(
      fieldErrorsOf(registryUrlSchema.safeParse({ typeId: type.id, registryUrl: "javascript:alert(1)" }).error!),
    ).toEqual({
      registryUrl: ["httpsUrlInvalid"],
    });
    const parsed = registryUrlSchema.parse({
      typeId: type.id,
      registryUrl: "https://bpjph.halal.go.id/search/sertifikat",
    });
    expect(await setRegistryUrl(staff, parsed.typeId, parsed.registryUrl)).toBe(true);
    expect(
      await setRegistryUrl(
        staff,
        parsed.typeId,
        registryUrlSchema.parse({ typeId: type.id, registryUrl: "" }).registryUrl,
      ),
    ).toBe(true);
    expect((await prisma.certificationType.findUniqueOrThrow({ where: { id: type.id } })).registryUrl).toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: type.id, action: "certificationType.registryUrl" } })).toBe(
      2,
    );
  });
});
