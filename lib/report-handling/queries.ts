import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { ProblemReportStatus, UserRole } from "@/lib/generated/prisma/enums";
import type { ReportStatusFilter } from "./schemas";

export const REPORTS_PAGE_SIZE = 50;

const statusOf: Record<ReportStatusFilter, ProblemReportStatus> = {
  terbuka: "OPEN",
  selesai: "RESOLVED",
  diabaikan: "DISMISSED",
};

/** Problem reports for staff: open ones first (the enum's order), newest first within each status. */
export async function listProblemReports(
  actor: { id: string; role: UserRole } | null,
  filters: { status: ReportStatusFilter | null; page: number; reportId?: string | null },
) {
  assertStaff(actor);
  const where = {
    ...(filters.status ? { status: statusOf[filters.status] } : {}),
    // One report, as the inbox links to it.
    ...(filters.reportId ? { id: filters.reportId } : {}),
  };
  const [reports, total, counts] = await Promise.all([
    prisma.problemReport.findMany({
      where,
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * REPORTS_PAGE_SIZE,
      take: REPORTS_PAGE_SIZE,
      select: {
        id: true,
        reason: true,
        message: true,
        reporterEmail: true,
        status: true,
        handlingNote: true,
        handledAt: true,
        createdAt: true,
        handledBy: { select: { name: true } },
        listing: { select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true } },
      },
    }),
    prisma.problemReport.count({ where }),
    prisma.problemReport.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const countByStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<
    Record<ProblemReportStatus, number>
  >;
  return { reports, total, pageCount: Math.max(1, Math.ceil(total / REPORTS_PAGE_SIZE)), countByStatus };
}
