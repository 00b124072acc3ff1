import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import { publicPostWhere } from "./visibility";

/** The public post a visitor reports: only what the report page shows. */
export async function getReportablePost(postId: string) {
  return prisma.collaborationPost.findFirst({
    where: { AND: [{ id: postId }, publicPostWhere()] },
    select: { id: true, title: true },
  });
}

/**
 * Staff: one report with its post (hidden or not) and every report of that post, open ones first, so the
 * decision is made on the whole picture.
 */
export async function getPostReportForStaff(actor: AuditActor | null, reportId: string) {
  assertStaff(actor);
  const report = await prisma.collaborationPostReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      post: {
        select: {
          id: true,
          kind: true,
          title: true,
          description: true,
          isHidden: true,
          hiddenNote: true,
          createdAt: true,
          listing: { select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true } },
          author: { select: { name: true } },
          reports: {
            orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
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
            },
          },
        },
      },
    },
  });
  return report;
}
