import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createCollaborationPost, createListing, createSubsector, createUser } from "@/tests/support/factories";
import { listInboxItems } from "@/lib/inbox/queries";
import { handlePostReport } from "./handle-post-report";
import { setPostHidden } from "./hide-post";
import { reportPost } from "./report-post";

const SITE = { siteUrl: "https://ekraf.contoh.id" };

/** A public post of a managed listing in a fresh subsector, with two open reports (the first one older). */
async function reportedPost() {
  const subsector = await createSubsector();
  const poster = await createUser();
  const listing = await createListing({
    primarySubsectorId: subsector.id,
    managers: { create: { userId: poster.id } },
  });
  const post = await createCollaborationPost({ listingId: listing.id, wantedSubsectorIds: [subsector.id] });
  const first = (await reportPost({ postId: post.id, reason: "SCAM", message: "Meminta transfer uang dulu." }))!;
  const second = (await reportPost({ postId: post.id, reason: "SPAM", message: "Hanya iklan, bukan kolaborasi." }))!;
  return { subsector, poster, post, reportIds: [first.reportId, second.reportId] as const };
}

const reportsOf = (postId: string) =>
  prisma.collaborationPostReport.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });

describe("handlePostReport", () => {
  it("lists open reports in the inbox under the post's title, and filters them by the listing's subsector", async () => {
    const staff = await createUser({ role: "STAFF" });
    const { subsector, post, reportIds } = await reportedPost();
    const { items, counts } = await listInboxItems(staff, {
      kind: "COLLABORATION_REPORT",
      subsectorSlug: subsector.slug,
      kecamatan: null,
    });
    expect(items.map((item) => [item.kind, item.id, item.name, item.from])).toEqual(
      reportIds.map((id) => ["COLLABORATION_REPORT", id, post.title, null]),
    );
    expect(counts.COLLABORATION_REPORT).toBe(2);
  });

  it("dismisses only the report decided on; the post stays public and the other report waits", async () => {
    const staff = await createUser({ role: "STAFF" });
    const { post, reportIds } = await reportedPost();

    expect(await handlePostReport(staff, reportIds[0], "DISMISS", "Bukan penipuan.", SITE)).toEqual({
      ok: true,
      postId: post.id,
    });
    const [first, second] = await reportsOf(post.id);
    expect(first).toMatchObject({ status: "HANDLED", handlingNote: "Bukan penipuan.", handledById: staff.id });
    expect(second).toMatchObject({ status: "OPEN", handledById: null });
    expect((await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).isHidden).toBe(false);
    expect(await handlePostReport(staff, reportIds[0], "DISMISS", "Lagi.", SITE)).toEqual({
      ok: false,
      error: "notOpen",
    });
  });

  it("hides the post and handles every open report of it in one step, audited, and tells the poster", async () => {
    const staff = await createUser({ role: "STAFF" });
    const { poster, post, reportIds } = await reportedPost();

    expect(await handlePostReport(staff, reportIds[1], "HIDE_POST", "Iklan, melanggar aturan papan.", SITE)).toEqual({
      ok: true,
      postId: post.id,
    });
    expect(await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      isHidden: true,
      hiddenNote: "Iklan, melanggar aturan papan.",
    });
    for (const report of await reportsOf(post.id)) {
      expect(report).toMatchObject({
        status: "HANDLED",
        handlingNote: "Iklan, melanggar aturan papan.",
        handledById: staff.id,
      });
    }
    const actions = await prisma.auditLog.findMany({
      where: { entityId: { in: [post.id, ...reportIds] }, actorId: staff.id },
      select: { action: true, entityId: true },
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "collaborationPost.hide", entityId: post.id },
        ...reportIds.map((id) => ({ action: "collaborationPostReport.hidePost", entityId: id })),
      ]),
    );
    expect(actions).toHaveLength(3);
    expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to: poster.email } })).bodyText).toContain(
      "melanggar aturan papan",
    );
    // Nothing of the post waits in the inbox any more; a second decision is refused.
    const { items } = await listInboxItems(staff, {
      kind: "COLLABORATION_REPORT",
      subsectorSlug: null,
      kecamatan: null,
    });
    expect(items.filter((item) => reportIds.includes(item.id))).toEqual([]);
    expect(await handlePostReport(staff, reportIds[0], "HIDE_POST", "Lagi.", SITE)).toEqual({
      ok: false,
      error: "notOpen",
    });
  });

  it("hiding a post from the staff list handles its open reports too", async () => {
    const staff = await createUser({ role: "STAFF" });
    const { post } = await reportedPost();
    expect(await setPostHidden(staff, post.id, true, "Disembunyikan dari daftar.", SITE)).toEqual({ ok: true });
    expect((await reportsOf(post.id)).map((report) => report.status)).toEqual(["HANDLED", "HANDLED"]);
  });

  it("refuses owners, the poster and disabled staff, and writes nothing for them", async () => {
    const { poster, post, reportIds } = await reportedPost();
    const owner = await createUser();
    const disabled = await createUser({ role: "STAFF", isDisabled: true });
    for (const actor of [owner, poster, disabled]) {
      for (const decision of ["DISMISS", "HIDE_POST"] as const) {
        await expect(handlePostReport(actor, reportIds[0], decision, "Coba-coba.", SITE)).rejects.toBeInstanceOf(
          ForbiddenError,
        );
      }
    }
    expect((await reportsOf(post.id)).map((report) => report.status)).toEqual(["OPEN", "OPEN"]);
    expect((await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).isHidden).toBe(false);
    expect(
      await prisma.auditLog.count({ where: { entityId: { in: [post.id, ...reportIds] }, actorId: { not: null } } }),
    ).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: poster.email } })).toBe(0);
  });

  it("answers an unknown report, and a post hidden meanwhile, without writing", async () => {
    const staff = await createUser({ role: "STAFF" });
    const { post, reportIds } = await reportedPost();
    expect(await handlePostReport(staff, "tidak-ada", "DISMISS", "Tidak ada.", SITE)).toEqual({
      ok: false,
      error: "notFound",
    });
    // Hidden directly (a report filed while it was public stays open only if the hiding bypassed setPostHidden).
    await prisma.collaborationPost.update({ where: { id: post.id }, data: { isHidden: true, hiddenNote: "Lain." } });
    expect(await handlePostReport(staff, reportIds[0], "HIDE_POST", "Sembunyikan.", SITE)).toEqual({
      ok: false,
      error: "alreadyHidden",
    });
    expect((await reportsOf(post.id)).map((report) => report.status)).toEqual(["OPEN", "OPEN"]);
  });
});
