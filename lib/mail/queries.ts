import "server-only";
import { prisma } from "@/lib/db/client";

export async function listRecentOutboxEmails(limit = 50) {
  return prisma.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, bodyText: true, sentAt: true, createdAt: true },
  });
}
