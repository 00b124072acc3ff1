import { describe, expect, it } from "vitest";
import {
  collaborationQuerySchema,
  openCollaborationPostSchema,
  serializeCollaborationPost,
  type OpenCollaborationRow,
} from "./open-data-schema";

const listing = {
  kind: "CREATIVE_BUSINESS" as const,
  slug: "sari-apel-contoh",
  nameIndonesian: "Sari Apel",
  nameEn: null,
};
const row: OpenCollaborationRow = {
  id: "post-1",
  kind: "NEED",
  status: "OPEN",
  title: "Butuh fotografer produk",
  description: "Foto katalog untuk delapan varian.",
  kecamatan: "LOWOKWARU",
  isOnline: false,
  deadline: new Date("2026-12-31T00:00:00Z"),
  outcome: null,
  outcomeNote: null,
  closedAt: null,
  isSample: false,
  createdAt: new Date("2026-11-20T03:00:00Z"),
  listing,
  closedWith: null,
  subsectors: [
    { role: "WANTED", subsector: { slug: "fotografi" } },
    { role: "OFFERED", subsector: { slug: "kuliner" } },
  ],
  _count: { responses: 2 },
};
const context = { siteUrl: "https://ekraf.contoh.id", today: "2026-11-24" };

describe("serializeCollaborationPost", () => {
  it("builds exactly the published fields, in the site's words", () => {
    const item = serializeCollaborationPost(row, context);
    expect(openCollaborationPostSchema.parse(item)).toEqual(item);
    expect(item).toMatchObject({
      url: "https://ekraf.contoh.id/kolaborasi/post-1",
      kind: "butuh",
      status: "buka",
      kecamatan: "lowokwaru",
      deadline: "2026-12-31",
      subsectorsWanted: ["fotografi"],
      subsectorsOffered: ["kuliner"],
      responseCount: 2,
      listing: { slug: "sari-apel-contoh", url: "https://ekraf.contoh.id/usaha/sari-apel-contoh", kind: "usaha" },
    });
  });

  it("reports a post past its deadline as closed, and names a partner only while it is published", () => {
    const partner = { ...listing, slug: "studio-foto-contoh", status: "PUBLISHED" };
    const done = serializeCollaborationPost(
      {
        ...row,
        status: "CLOSED",
        outcome: "DONE",
        closedWith: partner,
        closedAt: new Date("2026-11-23T03:00:00Z"),
      },
      context,
    );
    expect(done).toMatchObject({ status: "tutup", outcome: "terlaksana", partner: { slug: "studio-foto-contoh" } });
    expect(
      serializeCollaborationPost({ ...row, closedWith: { ...partner, status: "ARCHIVED" } }, context).partner,
    ).toBeNull();
    expect(serializeCollaborationPost({ ...row, deadline: new Date("2026-11-23T00:00:00Z") }, context).status).toBe(
      "tutup",
    );
  });
});

describe("collaborationQuerySchema", () => {
  it("accepts the board's filter words and refuses others", () => {
    expect(collaborationQuerySchema.parse({ jenis: "tawar", kecamatan: "daring" })).toMatchObject({
      jenis: "tawar",
      kecamatan: "daring",
      status: "semua",
      hal: 1,
      format: "json",
    });
    expect(collaborationQuerySchema.safeParse({ jenis: "jual" }).success).toBe(false);
    expect(collaborationQuerySchema.safeParse({ subsektor: "../x" }).success).toBe(false);
  });
});
