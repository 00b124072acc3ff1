import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import type { Kecamatan } from "@/lib/generated/prisma/enums";
import {
  createCertification,
  createCertificationType,
  createCollaborationPost,
  createListing,
  createSubsector,
  createUser,
} from "@/tests/support/factories";
import { createCollaborationPost as publishPost, submitCollaborationPost, POSTS_PER_DAY } from "./create-post";
import { respondToPost, submitResponse } from "./respond-to-post";
import { decideResponse } from "./decide-response";
import { closePost } from "./close-post";
import { setPostHidden } from "./hide-post";
import { getCollaborationReport } from "./report";
import { GET as getOpenData } from "@/app/api/v1/collaboration/route";
import {
  getPostForViewer,
  listMatchingOpenPosts,
  listMyPosts,
  listPublicPosts,
  listResponsesForPoster,
  listSuggestedListings,
} from "./queries";

const SITE = { siteUrl: "https://ekraf.contoh.id" };

/** A kuliner business (the poster) and a fotografi studio (the responder), each with its own manager. */
async function setUpPair(options: { kecamatan?: Kecamatan } = {}) {
  const kuliner = await createSubsector();
  const fotografi = await createSubsector();
  const poster = await createUser();
  const responder = await createUser();
  const posterListing = await createListing({
    primarySubsectorId: kuliner.id,
    kecamatan: options.kecamatan ?? "LOWOKWARU",
    managers: { create: { userId: poster.id } },
  });
  const responderListing = await createListing({
    primarySubsectorId: fotografi.id,
    kecamatan: "KLOJEN",
    phone: "0341 555 123",
    managers: { create: { userId: responder.id } },
  });
  return { kuliner, fotografi, poster, responder, posterListing, responderListing };
}

const needFor = (listingId: string, wanted: string[], offered: string[] = []) => ({
  listingId,
  kind: "NEED" as const,
  title: "Butuh fotografer produk",
  description: "Kami butuh foto katalog untuk dua belas varian keripik buah.",
  wantedSubsectorIds: wanted,
  offeredSubsectorIds: offered,
  location: "lowokwaru",
  deadline: null,
});

const formFor = (listingId: string, wanted: string[]) => ({
  ...needFor(listingId, wanted),
  kind: "NEED",
  deadline: "",
});

const rowCounts = async (postId: string) => ({
  responses: await prisma.collaborationResponse.count({ where: { postId } }),
  audit: await prisma.auditLog.count({ where: { entityId: postId } }),
  post: await prisma.collaborationPost.findUniqueOrThrow({
    where: { id: postId },
    select: { status: true, outcome: true, closedWithListingId: true, isHidden: true },
  }),
});

describe("posting", () => {
  it("publishes a manager's post with its subsectors and an audit entry", async () => {
    const { poster, posterListing, kuliner, fotografi } = await setUpPair();

    const result = await publishPost(poster, needFor(posterListing.id, [fotografi.id], [kuliner.id]));

    expect(result.ok).toBe(true);
    const postId = result.ok ? result.postId : "";
    const post = await prisma.collaborationPost.findUniqueOrThrow({
      where: { id: postId },
      include: { subsectors: true },
    });
    expect(post).toMatchObject({ kind: "NEED", status: "OPEN", authorId: poster.id, kecamatan: "LOWOKWARU" });
    expect(post.subsectors.map((s) => [s.role, s.subsectorId]).sort()).toEqual(
      [
        ["OFFERED", kuliner.id],
        ["WANTED", fotografi.id],
      ].sort(),
    );
    expect(await prisma.auditLog.findFirst({ where: { entityId: postId } })).toMatchObject({
      action: "collaborationPost.create",
      actorId: poster.id,
    });
  });

  it("refuses to post for a listing the actor does not manage, or one that is not published, writing nothing", async () => {
    const { responder, posterListing, fotografi } = await setUpPair();
    const draft = await createListing({
      primarySubsectorId: fotografi.id,
      status: "PENDING_REVIEW",
      managers: { create: { userId: responder.id } },
    });

    expect(await publishPost(responder, needFor(posterListing.id, [fotografi.id]))).toEqual({
      ok: false,
      error: "listingUnavailable",
    });
    expect(await publishPost(responder, needFor(draft.id, [fotografi.id]))).toEqual({
      ok: false,
      error: "listingUnavailable",
    });
    expect(await prisma.collaborationPost.count({ where: { listingId: { in: [posterListing.id, draft.id] } } })).toBe(
      0,
    );
    expect(await prisma.auditLog.count({ where: { actorId: responder.id } })).toBe(0);
  });

  it("refuses an unknown subsector without writing the post", async () => {
    const { poster, posterListing } = await setUpPair();
    expect(await publishPost(poster, needFor(posterListing.id, ["tidak-ada"]))).toEqual({
      ok: false,
      error: "subsectorUnknown",
    });
    expect(await prisma.collaborationPost.count({ where: { listingId: posterListing.id } })).toBe(0);
  });

  it(`allows ${POSTS_PER_DAY} posts a day per person; invalid or refused submissions count against nothing`, async () => {
    const { poster, responder, posterListing, fotografi } = await setUpPair();
    const now = new Date("2026-11-24T03:00:00Z");

    const invalid = await submitCollaborationPost(poster, { ...formFor(posterListing.id, []), title: "x" }, now);
    expect(invalid.fieldErrors).toMatchObject({ title: ["titleTooShort"], wantedSubsectorIds: ["wantedRequired"] });
    expect(await submitCollaborationPost(responder, formFor(posterListing.id, [fotografi.id]), now)).toMatchObject({
      formError: "listingUnavailable",
    });
    expect(await prisma.rateLimitHit.count({ where: { bucket: "collaboration:post" } })).toBe(0);

    for (let index = 0; index < POSTS_PER_DAY; index++) {
      expect(
        (await submitCollaborationPost(poster, formFor(posterListing.id, [fotografi.id]), now)).postId,
      ).toBeTruthy();
    }
    const refused = await submitCollaborationPost(poster, formFor(posterListing.id, [fotografi.id]), now);
    expect(refused).toMatchObject({ formError: "rateLimited" });
    expect(refused.retryAfterMinutes).toBeGreaterThan(60 * 23);
    expect(await prisma.collaborationPost.count({ where: { listingId: posterListing.id } })).toBe(POSTS_PER_DAY);

    const nextDay = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    expect(
      (await submitCollaborationPost(poster, formFor(posterListing.id, [fotografi.id]), nextDay)).postId,
    ).toBeTruthy();
  });
});

describe("responding, accepting and the contact reveal", () => {
  it("notifies the poster without the responder's contact, and reveals it to the poster only after acceptance", async () => {
    const { poster, responder, posterListing, responderListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    const message = "Kami studio foto produk di Klojen, bisa mulai pekan depan.";

    const sent = await respondToPost(responder, { postId: post.id, listingId: responderListing.id, message }, SITE);
    expect(sent.ok).toBe(true);
    const responseId = sent.ok ? sent.responseId : "";

    const notification = await prisma.outboxEmail.findFirstOrThrow({ where: { to: poster.email } });
    expect(notification.bodyText).toContain(message);
    expect(notification.bodyText).toContain(`${SITE.siteUrl}/kolaborasi/${post.id}`);
    expect(notification.bodyText).not.toContain(responder.email);
    expect(await prisma.auditLog.findFirst({ where: { entityId: responseId } })).toMatchObject({
      action: "collaborationResponse.create",
      actorId: responder.id,
    });

    const before = await listResponsesForPoster(poster.id, post.id);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ status: "SENT", message, contact: null });
    expect(JSON.stringify(before)).not.toContain(responder.email);
    expect(JSON.stringify(before)).not.toContain(responder.name);

    // Nobody but the poster gets the responses, and nobody but the poster can accept.
    expect(await listResponsesForPoster(responder.id, post.id)).toEqual([]);
    expect(await decideResponse(responder, responseId, "ACCEPTED", SITE)).toEqual({
      ok: false,
      error: "responseUnavailable",
    });
    expect(await prisma.collaborationResponse.findUniqueOrThrow({ where: { id: responseId } })).toMatchObject({
      status: "SENT",
      decidedAt: null,
    });

    expect(await decideResponse(poster, responseId, "ACCEPTED", SITE)).toEqual({ ok: true, postId: post.id });
    const after = await listResponsesForPoster(poster.id, post.id);
    expect(after[0]).toMatchObject({
      status: "ACCEPTED",
      contact: { name: responder.name, email: responder.email, listingPhone: "0341 555 123" },
    });
    expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to: responder.email } })).subject).toContain(
      "diterima",
    );
    expect(await decideResponse(poster, responseId, "DECLINED", SITE)).toEqual({
      ok: false,
      error: "alreadyDecided",
    });
    expect(await prisma.auditLog.count({ where: { entityId: responseId } })).toBe(2);
  });

  it("keeps a declined responder's contact hidden", async () => {
    const { poster, responder, posterListing, responderListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    const sent = await respondToPost(
      responder,
      { postId: post.id, listingId: responderListing.id, message: "Kami bisa membantu." },
      SITE,
    );
    await decideResponse(poster, sent.ok ? sent.responseId : "", "DECLINED", SITE);
    const responses = await listResponsesForPoster(poster.id, post.id);
    expect(responses[0]).toMatchObject({ status: "DECLINED", contact: null });
    expect(JSON.stringify(responses)).not.toContain(responder.email);
  });

  it("refuses own posts, unmanaged listings, second answers and posts that are hidden, closed or past their deadline", async () => {
    const { poster, responder, posterListing, responderListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    const hidden = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      isHidden: true,
    });
    const closed = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      status: "CLOSED",
    });
    const expired = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      deadline: new Date("2026-01-31T00:00:00Z"),
    });
    const answer = (postId: string, listingId: string) => ({ postId, listingId, message: "Kami tertarik membantu." });
    // A co-manager of the poster's listing who also runs a studio still cannot answer their own post.
    await prisma.listingManager.create({ data: { listingId: responderListing.id, userId: poster.id } });

    expect(await respondToPost(poster, answer(post.id, posterListing.id), SITE)).toEqual({
      ok: false,
      error: "ownPost",
    });
    expect(await respondToPost(poster, answer(post.id, responderListing.id), SITE)).toEqual({
      ok: false,
      error: "ownPost",
    });
    expect(await respondToPost(responder, answer(post.id, posterListing.id), SITE)).toEqual({
      ok: false,
      error: "ownPost",
    });
    const stranger = await createUser();
    expect(await respondToPost(stranger, answer(post.id, responderListing.id), SITE)).toEqual({
      ok: false,
      error: "listingUnavailable",
    });
    for (const unavailable of [hidden, closed, expired]) {
      expect(
        await respondToPost(responder, answer(unavailable.id, responderListing.id), {
          ...SITE,
          now: new Date("2026-11-24T03:00:00Z"),
        }),
      ).toEqual({ ok: false, error: "postUnavailable" });
    }
    expect(
      await prisma.collaborationResponse.count({
        where: { postId: { in: [post.id, hidden.id, closed.id, expired.id] } },
      }),
    ).toBe(0);

    expect((await respondToPost(responder, answer(post.id, responderListing.id), SITE)).ok).toBe(true);
    expect(await submitResponse(responder, answer(post.id, responderListing.id), SITE)).toMatchObject({
      formError: "alreadyResponded",
    });
    expect(await prisma.collaborationResponse.count({ where: { postId: post.id } })).toBe(1);
  });

  it("limits responses per person per day", async () => {
    const { responder, posterListing, responderListing, fotografi } = await setUpPair();
    const now = new Date("2026-11-24T03:00:00Z");
    const posts = await Promise.all(
      Array.from({ length: 21 }, () =>
        createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] }),
      ),
    );
    const results = [];
    for (const post of posts) {
      results.push(
        await submitResponse(
          responder,
          { postId: post.id, listingId: responderListing.id, message: "Kami tertarik membantu." },
          { ...SITE, now },
        ),
      );
    }
    expect(results.filter((result) => result.isSent)).toHaveLength(20);
    expect(results.at(-1)).toMatchObject({ formError: "rateLimited" });
    expect(await prisma.collaborationResponse.count({ where: { listingId: responderListing.id } })).toBe(20);
  });
});

describe("closing", () => {
  it("lets only the poster close, with an accepted responder as the partner, once", async () => {
    const { poster, responder, posterListing, responderListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    const sent = await respondToPost(
      responder,
      { postId: post.id, listingId: responderListing.id, message: "Kami bisa memotret produk Anda." },
      SITE,
    );
    const done = {
      postId: post.id,
      outcome: "DONE" as const,
      closedWithListingId: responderListing.id,
      outcomeNote: "Foto katalog selesai.",
    };

    const untouched = await rowCounts(post.id);
    expect(await closePost(responder, done)).toEqual({ ok: false, error: "postUnavailable" });
    expect(await closePost(poster, done)).toEqual({ ok: false, error: "partnerInvalid" });
    expect(await rowCounts(post.id)).toEqual(untouched);

    await decideResponse(poster, sent.ok ? sent.responseId : "", "ACCEPTED", SITE);
    expect(await closePost(poster, done)).toEqual({ ok: true });
    expect(await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "CLOSED",
      outcome: "DONE",
      closedWithListingId: responderListing.id,
      outcomeNote: "Foto katalog selesai.",
    });
    expect(
      await prisma.auditLog.findFirst({ where: { entityId: post.id, action: "collaborationPost.close" } }),
    ).toMatchObject({ actorId: poster.id });
    expect(await closePost(poster, { ...done, outcome: "NOT_DONE", closedWithListingId: null })).toEqual({
      ok: false,
      error: "alreadyClosed",
    });
  });

  it("closes as not done without a partner", async () => {
    const { poster, posterListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    expect(
      await closePost(poster, { postId: post.id, outcome: "NOT_DONE", closedWithListingId: null, outcomeNote: null }),
    ).toEqual({ ok: true });
    expect(await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "CLOSED",
      outcome: "NOT_DONE",
      closedWithListingId: null,
    });
  });
});

describe("hiding and what the public sees", () => {
  it("lets only staff hide a post, with a note and an audit entry; hidden posts leave every public query", async () => {
    const { poster, responder, posterListing, responderListing, fotografi } = await setUpPair();
    const staff = await createUser({ role: "STAFF" });
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    const boardFilters = { subsector: fotografi.slug, kind: null, location: null, status: "semua" as const, page: 1 };
    const openDataIds = async () => {
      const response = await getOpenData(
        new Request(`http://localhost/api/v1/collaboration?subsektor=${fotografi.slug}`),
      );
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(poster.email);
      return (JSON.parse(text) as { data: { id: string }[] }).data.map((entry) => entry.id);
    };
    const matchIds = async () => (await listMatchingOpenPosts(responder.id)).matches.map((entry) => entry.post.id);

    expect((await listPublicPosts(boardFilters)).posts.map((entry) => entry.id)).toEqual([post.id]);
    expect(await openDataIds()).toContain(post.id);
    expect(await matchIds()).toContain(post.id);

    await expect(setPostHidden(poster, post.id, true, "Bukan kolaborasi.", SITE)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).isHidden).toBe(false);

    expect(await setPostHidden(staff, post.id, true, "Isinya iklan, bukan kolaborasi.", SITE)).toEqual({ ok: true });
    expect(
      await prisma.auditLog.findFirst({ where: { entityId: post.id, action: "collaborationPost.hide" } }),
    ).toMatchObject({
      actorId: staff.id,
      after: { isHidden: true, note: "Isinya iklan, bukan kolaborasi." },
    });
    expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to: poster.email } })).bodyText).toContain(
      "Isinya iklan",
    );

    expect((await listPublicPosts(boardFilters)).total).toBe(0);
    expect(await getPostForViewer(post.id, null)).toBeNull();
    expect(await getPostForViewer(post.id, responder)).toBeNull();
    expect(await openDataIds()).not.toContain(post.id);
    expect(await matchIds()).not.toContain(post.id);
    expect(
      await respondToPost(
        responder,
        { postId: post.id, listingId: responderListing.id, message: "Kami tertarik." },
        SITE,
      ),
    ).toEqual({ ok: false, error: "postUnavailable" });
    // Its poster and staff still see it, with the note.
    expect(await getPostForViewer(post.id, poster)).toMatchObject({ isHidden: true, isPoster: true });
    expect(await getPostForViewer(post.id, staff)).toMatchObject({ hiddenNote: "Isinya iklan, bukan kolaborasi." });
    expect((await listMyPosts(poster.id)).map((entry) => entry.id)).toContain(post.id);

    expect(await setPostHidden(staff, post.id, true, "Lagi.", SITE)).toEqual({ ok: false, error: "unchanged" });
    expect(await setPostHidden(staff, post.id, false, "Sudah diperbaiki pemosting.", SITE)).toEqual({ ok: true });
    expect(await getPostForViewer(post.id, null)).toMatchObject({ id: post.id, hiddenNote: null });
  });

  it("answers the open data API's unknown filters with a 400 naming the parameter", async () => {
    const unknownKind = await getOpenData(new Request("http://localhost/api/v1/collaboration?jenis=jual"));
    expect(unknownKind.status).toBe(400);
    expect(await unknownKind.json()).toMatchObject({ error: { code: "invalid_parameter", parameter: "jenis" } });
    const unknownSubsector = await getOpenData(new Request("http://localhost/api/v1/collaboration?subsektor=sulap"));
    expect(await unknownSubsector.json()).toMatchObject({ error: { parameter: "subsektor" } });
  });

  it("keeps posts of unpublished listings off the board", async () => {
    const { posterListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    await prisma.listing.update({ where: { id: posterListing.id }, data: { status: "INACTIVE" } });
    expect(await getPostForViewer(post.id, null)).toBeNull();
    expect(
      (await listPublicPosts({ subsector: fotografi.slug, kind: null, location: null, status: "semua", page: 1 }))
        .total,
    ).toBe(0);
  });

  it("filters the board by kind, location and open or closed", async () => {
    const { posterListing, fotografi } = await setUpPair();
    const open = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      kecamatan: "SUKUN",
    });
    const online = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      kind: "OFFER",
      isOnline: true,
    });
    const closed = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      status: "CLOSED",
    });
    const expired = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      deadline: new Date("2020-01-01T00:00:00Z"),
    });
    const ids = async (filters: Partial<Parameters<typeof listPublicPosts>[0]>) =>
      (
        await listPublicPosts({
          subsector: fotografi.slug,
          kind: null,
          location: null,
          status: "buka",
          page: 1,
          ...filters,
        })
      ).posts
        .map((entry) => entry.id)
        .sort();

    expect(await ids({})).toEqual([open.id, online.id].sort());
    expect(await ids({ status: "tutup" })).toEqual([closed.id, expired.id].sort());
    expect(await ids({ kind: "OFFER" })).toEqual([online.id]);
    expect(await ids({ location: "ONLINE" })).toEqual([online.id]);
    expect(await ids({ location: "SUKUN" })).toEqual([open.id]);
  });
});

describe("suggestions", () => {
  it("suggests published listings of the wanted subsector, certified ones first, never the poster's own", async () => {
    const { posterListing, fotografi } = await setUpPair();
    const post = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      kecamatan: "LOWOKWARU",
    });
    const plain = await createListing({ primarySubsectorId: fotografi.id });
    const certified = await createListing({ primarySubsectorId: fotografi.id });
    const type = await createCertificationType();
    await createCertification({ listingId: certified.id, typeId: type.id, status: "CERTIFIED" });
    await createListing({ primarySubsectorId: fotografi.id, status: "DRAFT" });
    await prisma.listingSubsector.create({ data: { listingId: posterListing.id, subsectorId: fotografi.id } });

    const suggestions = await listSuggestedListings({
      listingId: post.listingId,
      kecamatan: post.kecamatan,
      wantedSubsectorIds: [fotografi.id],
    });
    const ids = suggestions.map((entry) => entry.listing.id);
    expect(ids[0]).toBe(certified.id);
    expect(ids).toContain(plain.id);
    expect(ids).not.toContain(posterListing.id);
    expect(ids).toHaveLength(3); // the two above and the setup's responder studio; the draft never
    expect(suggestions[0]!.fit.reason).toMatchObject({
      key: "mainSubsector",
      params: { subsectorId: fotografi.id, isCertified: true },
    });
  });

  it("shows an owner the open posts by others that fit their listing, and whether they already answered", async () => {
    const { poster, responder, posterListing, responderListing, fotografi, kuliner } = await setUpPair();
    const fitting = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [fotografi.id] });
    const other = await createCollaborationPost({ listingId: posterListing.id, wantedSubsectorIds: [kuliner.id] });
    const own = await createCollaborationPost({ listingId: responderListing.id, wantedSubsectorIds: [fotografi.id] });

    const before = await listMatchingOpenPosts(responder.id);
    expect(before.hasListings).toBe(true);
    const ids = before.matches.map((entry) => entry.post.id);
    expect(ids).toContain(fitting.id);
    expect(ids).not.toContain(other.id);
    expect(ids).not.toContain(own.id);
    expect(before.matches.find((entry) => entry.post.id === fitting.id)).toMatchObject({
      listing: { id: responderListing.id },
      hasResponded: false,
      fit: { reason: { key: "mainSubsector" } },
    });

    await respondToPost(responder, { postId: fitting.id, listingId: responderListing.id, message: "Kami bisa." }, SITE);
    const after = await listMatchingOpenPosts(responder.id);
    expect(after.matches.find((entry) => entry.post.id === fitting.id)?.hasResponded).toBe(true);
    expect((await listMatchingOpenPosts((await createUser()).id)).hasListings).toBe(false);
    expect((await listMatchingOpenPosts(poster.id)).matches.map((entry) => entry.post.id)).not.toContain(fitting.id);
  });
});

describe("the staff report", () => {
  it("counts posts per subsector, answered and done shares, and the poster × partner subsector pairs", async () => {
    const { poster, responder, posterListing, responderListing, fotografi, kuliner } = await setUpPair();
    const staff = await createUser({ role: "STAFF" });
    const before = await getCollaborationReport(staff);
    const posted = await publishPost(poster, needFor(posterListing.id, [fotografi.id], [kuliner.id]));
    const postId = posted.ok ? posted.postId : "";
    const sent = await respondToPost(
      responder,
      { postId, listingId: responderListing.id, message: "Kami bisa memotret produk Anda." },
      SITE,
    );
    await decideResponse(poster, sent.ok ? sent.responseId : "", "ACCEPTED", SITE);
    await closePost(poster, { postId, outcome: "DONE", closedWithListingId: responderListing.id, outcomeNote: null });
    const hidden = await createCollaborationPost({
      listingId: posterListing.id,
      wantedSubsectorIds: [fotografi.id],
      isHidden: true,
      status: "CLOSED",
      outcome: "DONE",
      closedWithListingId: responderListing.id,
    });

    const report = await getCollaborationReport(staff);
    expect(report.totals.posts - before.totals.posts).toBe(1);
    expect(report.totals.answered - before.totals.answered).toBe(1);
    expect(report.totals.done - before.totals.done).toBe(1);
    expect(report.bySubsector.find((row) => row.subsectorId === fotografi.id)).toEqual({
      subsectorId: fotografi.id,
      posts: 1,
      wanted: 1,
      offered: 0,
    });
    expect(report.bySubsector.find((row) => row.subsectorId === kuliner.id)).toMatchObject({ posts: 1, offered: 1 });
    expect(
      report.topPairs.find((pair) => pair.posterSubsectorId === kuliner.id && pair.partnerSubsectorId === fotografi.id),
    ).toMatchObject({ count: 1 });

    // A hidden post counts for nothing; unhidden, its collaboration joins the pair.
    await setPostHidden(staff, hidden.id, false, "Ternyata sesuai aturan.", SITE);
    const withUnhidden = await getCollaborationReport(staff);
    expect(
      withUnhidden.topPairs.find(
        (pair) => pair.posterSubsectorId === kuliner.id && pair.partnerSubsectorId === fotografi.id,
      ),
    ).toMatchObject({ count: 2 });
  });
});
