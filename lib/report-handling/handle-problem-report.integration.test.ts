import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { handleProblemReport } from "./handle-problem-report";
import { listProblemReports } from "./queries";

async function createReport() {
  const listing = await createManagedListing((await createUser()).id);
  return prisma.problemReport.create({
    data: { listingId: listing.id, reason: "CLOSED", message: "Tempatnya sudah tutup sejak bulan lalu." },
  });
}

describe("handling problem reports", () => {
  it("lets staff resolve an open report once, with the note, who and when, audited", async () => {
    const staff = await createUser({ role: "STAFF" });
    const report = await createReport();

    expect(await handleProblemReport(staff, report.id, "RESOLVED", "Listing diarsipkan.")).toBe("handled");
    expect(await handleProblemReport(staff, report.id, "DISMISSED", "Terlambat.")).toBe("notOpen");
    const handled = await prisma.problemReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(handled).toMatchObject({ status: "RESOLVED", handlingNote: "Listing diarsipkan.", handledById: staff.id });
    const entry = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "ProblemReport", entityId: report.id },
    });
    expect(entry).toMatchObject({
      action: "problemReport.resolve",
      actorId: staff.id,
      before: { status: "OPEN" },
      after: { status: "RESOLVED", handlingNote: "Listing diarsipkan.", listingId: report.listingId },
    });
  });

  it("refuses owners and lists open reports first for staff only", async () => {
    const owner = await createUser();
    const admin = await createUser({ role: "ADMIN" });
    const older = await createReport();
    const dismissed = await createReport();
    await handleProblemReport(admin, dismissed.id, "DISMISSED", "Bukan masalah.");

    await expect(handleProblemReport(owner, older.id, "DISMISSED", "Tidak relevan.")).rejects.toThrow(ForbiddenError);
    expect((await prisma.problemReport.findUniqueOrThrow({ where: { id: older.id } })).status).toBe("OPEN");
    await expect(listProblemReports(owner, { status: null, page: 1 })).rejects.toThrow(ForbiddenError);

    const all = await listProblemReports(admin, { status: null, page: 1 });
    const statuses = all.reports.map((report) => report.status);
    expect(statuses.indexOf("DISMISSED")).toBeGreaterThan(statuses.lastIndexOf("OPEN"));
    const openOnly = await listProblemReports(admin, { status: "terbuka", page: 1 });
    expect(openOnly.reports.every((report) => report.status === "OPEN")).toBe(true);
    expect(openOnly.reports.map((report) => report.id)).toContain(older.id);
  });
});
