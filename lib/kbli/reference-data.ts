import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { KbliMappingInput } from "./reference-schemas";

// Staff edit the reference data; every change is audited with what it replaced. Staff and admin only.

export async function listReferenceData(actor: AuditActor | null) {
  assertStaff(actor);
  const [mappings, types] = await Promise.all([
    prisma.kbliSubsectorMapping.findMany({
      orderBy: [{ version: "asc" }, { code: "asc" }],
      select: {
        id: true,
        version: true,
        code: true,
        title: true,
        provenance: true,
        subsector: { select: { nameIndonesian: true, nameEn: true } },
      },
    }),
    prisma.certificationType.findMany({
      orderBy: { nameIndonesian: "asc" },
      select: { id: true, nameIndonesian: true, nameEn: true, issuingBody: true, registryUrl: true },
    }),
  ]);
  return { mappings, types };
}

/** Adds a pairing, or replaces the one for the same (edition, code). */
export async function saveKbliMapping(
  actor: AuditActor | null,
  input: KbliMappingInput,
): Promise<{ ok: true } | { ok: false; error: "subsectorUnknown" }> {
  assertStaff(actor);
  return prisma.$transaction(async (tx) => {
    if ((await tx.subsector.count({ where: { id: input.subsectorId } })) === 0)
      return { ok: false, error: "subsectorUnknown" } as const;
    const key = { version_code: { version: input.version, code: input.code } };
    const before = await tx.kbliSubsectorMapping.findUnique({ where: key });
    const saved = await tx.kbliSubsectorMapping.upsert({ where: key, create: input, update: input });
    await recordAudit(tx, actor, {
      action: before ? "kbliMapping.update" : "kbliMapping.create",
      entityType: "KbliSubsectorMapping",
      entityId: saved.id,
      before: before
        ? { version: before.version, code: before.code, subsectorId: before.subsectorId, provenance: before.provenance }
        : undefined,
      after: input,
    });
    return { ok: true } as const;
  });
}

export async function deleteKbliMapping(actor: AuditActor | null, id: string): Promise<boolean> {
  assertStaff(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.kbliSubsectorMapping.findUnique({ where: { id } });
    if (!before) return false;
    await tx.kbliSubsectorMapping.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "kbliMapping.delete",
      entityType: "KbliSubsectorMapping",
      entityId: id,
      before: { version: before.version, code: before.code, subsectorId: before.subsectorId },
    });
    return true;
  });
}

export async function setRegistryUrl(actor: AuditActor | null, typeId: string, registryUrl: string | null) {
  assertStaff(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.certificationType.findUnique({ where: { id: typeId }, select: { registryUrl: true } });
    if (!before) return false;
    await tx.certificationType.update({ where: { id: typeId }, data: { registryUrl } });
    await recordAudit(tx, actor, {
      action: "certificationType.registryUrl",
      entityType: "CertificationType",
      entityId: typeId,
      before,
      after: { registryUrl },
    });
    return true;
  });
}
