import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { submitEnquiry } from "@/lib/enquiries/send-enquiry";
import { submitProblemReport } from "@/lib/problem-reports/report-problem";
import { OPEN_DATA_RATE_LIMIT } from "@/lib/open-data/respond";
import { GET as getListings } from "@/app/api/v1/listings/route";
import { createListing, createSubsector } from "@/tests/support/factories";
import { hashRateLimitKey } from "./consume-rate-limit";

// Issue 20 item 7: a bucket shared by every anonymous client lets one client use it up and lock everyone out.
// Every bucket below is keyed per client; the production server names each connection's address.

const unique = () => crypto.randomBytes(4).toString("hex");
const uniqueAddress = () => `198.18.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

async function fillBucket(bucket: string, key: string, count: number) {
  await prisma.rateLimitHit.createMany({
    data: Array.from({ length: count }, () => ({ bucket, key: hashRateLimitKey(bucket, key) })),
  });
}

async function createPublishedListing() {
  return createListing({ primarySubsectorId: (await createSubsector()).id, status: "PUBLISHED" });
}

describe("per-client rate-limit buckets", () => {
  it("keeps a listing's contact form open to others when one client has sent a flood to it", async () => {
    const listing = await createPublishedListing();
    // As many messages as the old listing-wide cap allowed, all in this hour.
    await fillBucket("enquiry:listing", listing.id, 30);
    const state = await submitEnquiry(
      {
        listingId: listing.id,
        name: "Pengunjung Lain",
        email: `lain-${unique()}@contoh.id`,
        message: `Apakah masih buka hari Minggu? ${unique()}`,
        website: "",
      },
      { clientAddress: uniqueAddress(), locale: "id", siteUrl: "https://ekraf.contoh.id" },
    );
    expect(state.isSent).toBe(true);
  });

  it("keeps a listing's problem report form open to others likewise", async () => {
    const listing = await createPublishedListing();
    await fillBucket("problemReport:listing", listing.id, 20);
    const state = await submitProblemReport(
      { listingId: listing.id, reason: "WRONG_DETAILS", message: "Alamatnya sudah pindah.", email: "", website: "" },
      { clientAddress: uniqueAddress() },
    );
    expect(state.isSent).toBe(true);
  });

  it("counts the open-data allowance per connection when no proxy header is trusted", async () => {
    const greedy = uniqueAddress();
    await fillBucket(OPEN_DATA_RATE_LIMIT.bucket, greedy, OPEN_DATA_RATE_LIMIT.limit);
    const request = (address: string) =>
      new Request("http://localhost/api/v1/listings", { headers: { [PEER_ADDRESS_HEADER]: address } });
    expect((await getListings(request(greedy))).status).toBe(429);
    expect((await getListings(request(uniqueAddress()))).status).toBe(200);
  });
});
