import type { Prisma } from "../../lib/generated/prisma/client";
import type {
  CollaborationKind,
  CollaborationOutcome,
  CollaborationResponseStatus,
  Kecamatan,
} from "../../lib/generated/prisma/enums";

// Sample posts for the collaboration board in demo mode, between sample listings (isSample, titles ending in
// "(contoh)"). Made up, after Malang Creative Center's own example: photographers running a product-photo
// class for food businesses. Dates are counted from the seeding day so open posts stay open in the demo.

type PostSeed = {
  listing: string;
  kind: CollaborationKind;
  title: string;
  description: string;
  wanted: string[];
  offered: string[];
  kecamatan: Kecamatan | null;
  daysAgo: number;
  deadlineInDays?: number;
  responses?: { listing: string; message: string; status: CollaborationResponseStatus }[];
  closed?: { outcome: CollaborationOutcome; withListing?: string; note?: string; daysAgo: number };
};

export const samplePosts: PostSeed[] = [
  {
    listing: "keripik-merjosari-nusantara-contoh",
    kind: "NEED",
    title: "Butuh fotografer untuk foto katalog keripik (contoh)",
    description:
      "Kami menyiapkan katalog daring untuk 12 varian keripik buah. Mencari fotografer produk yang bisa memotret " +
      "di tempat produksi kami di Merjosari, termasuk foto kemasan untuk marketplace.",
    wanted: ["fotografi"],
    offered: ["kuliner"],
    kecamatan: "LOWOKWARU",
    daysAgo: 3,
    deadlineInDays: 45,
    responses: [
      {
        listing: "lensa-tugu-nusantara-contoh",
        message: "Kami biasa memotret produk makanan untuk marketplace. Bisa datang ke Merjosari pekan depan.",
        status: "SENT",
      },
    ],
  },
  {
    listing: "lensa-tugu-nusantara-contoh",
    kind: "OFFER",
    title: "Kelas foto produk gratis untuk UMKM kuliner (contoh)",
    description:
      "Dua sesi praktik memotret produk dengan ponsel: cahaya alami, latar sederhana, dan penyuntingan dasar. " +
      "Untuk pelaku usaha kuliner; bawa produk Anda sendiri.",
    wanted: ["kuliner"],
    offered: ["fotografi"],
    kecamatan: "BLIMBING",
    daysAgo: 6,
  },
  {
    listing: "studio-animasi-kawi-contoh",
    kind: "OFFER",
    title: "Lokakarya animasi pendek untuk promosi usaha kuliner (contoh)",
    description:
      "Studio kami menawarkan lokakarya daring membuat animasi pendek 15 detik untuk media sosial usaha kuliner, " +
      "dari naskah sampai hasil akhir.",
    wanted: ["kuliner"],
    offered: ["film-animasi-video"],
    kecamatan: null,
    daysAgo: 9,
  },
  {
    listing: "kolektif-musik-indie-buring-contoh",
    kind: "NEED",
    title: "Mencari videografer untuk video klip komunitas (contoh)",
    description:
      "Kolektif kami merekam tiga lagu baru dan butuh tim video untuk satu video klip serta dokumentasi panggung.",
    wanted: ["film-animasi-video"],
    offered: ["musik"],
    kecamatan: "KEDUNGKANDANG",
    daysAgo: 40,
    responses: [
      {
        listing: "rumah-produksi-sawojajar-nusantara-contoh",
        message: "Kami di Sawojajar, dekat dengan Buring. Tim kami tiga orang dan bisa mulai bulan ini.",
        status: "ACCEPTED",
      },
      {
        listing: "kawi-pictures-contoh",
        message: "Kami tertarik, terutama untuk dokumentasi panggungnya.",
        status: "DECLINED",
      },
    ],
    closed: {
      outcome: "DONE",
      withListing: "rumah-produksi-sawojajar-nusantara-contoh",
      note: "Video klip tayang di kanal komunitas.",
      daysAgo: 12,
    },
  },
  {
    listing: "busana-arjuno-makmur-contoh",
    kind: "NEED",
    title: "Butuh desainer logo dan label baju (contoh)",
    description: "Kami ingin memperbarui logo dan label jahit untuk koleksi baru. Mencari desainer grafis di Malang.",
    wanted: ["desain-komunikasi-visual"],
    offered: ["fesyen"],
    kecamatan: "KLOJEN",
    daysAgo: 30,
    closed: { outcome: "NOT_DONE", note: "Ditunda sampai tahun depan.", daysAgo: 8 },
  },
  {
    listing: "institut-desain-komunikasi-visual-kayutangan-contoh",
    kind: "OFFER",
    title: "Mahasiswa DKV siap magang desain kemasan (contoh)",
    description:
      "Program studi kami menyalurkan mahasiswa semester enam untuk magang desain kemasan dan label di usaha " +
      "kuliner dan kriya selama tiga bulan.",
    wanted: ["kuliner", "kriya"],
    offered: ["desain-komunikasi-visual"],
    kecamatan: "KLOJEN",
    daysAgo: 14,
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seeds the sample posts; `slugToId` maps the seeded listings' slugs to their ids. */
export async function seedCollaboration(
  tx: Prisma.TransactionClient,
  slugToId: Map<string, string>,
  now: Date = new Date(),
) {
  const subsectorIds = new Map(
    (await tx.subsector.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]),
  );
  const idOf = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Collaboration seed refers to an unknown ${what} "${key}"`);
    return id;
  };
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const calendarDay = (days: number) =>
    new Date(`${new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`);

  for (const seed of samplePosts) {
    const createdAt = ago(seed.daysAgo);
    await tx.collaborationPost.create({
      data: {
        kind: seed.kind,
        status: seed.closed ? "CLOSED" : "OPEN",
        title: seed.title,
        description: seed.description,
        listingId: idOf(slugToId, seed.listing, "listing"),
        kecamatan: seed.kecamatan,
        isOnline: seed.kecamatan === null,
        deadline: seed.deadlineInDays === undefined ? null : calendarDay(seed.deadlineInDays),
        outcome: seed.closed?.outcome ?? null,
        outcomeNote: seed.closed?.note ?? null,
        closedWithListingId: seed.closed?.withListing ? idOf(slugToId, seed.closed.withListing, "listing") : null,
        closedAt: seed.closed ? ago(seed.closed.daysAgo) : null,
        isSample: true,
        createdAt,
        subsectors: {
          create: [
            ...seed.wanted.map((slug) => ({
              subsectorId: idOf(subsectorIds, slug, "subsector"),
              role: "WANTED" as const,
            })),
            ...seed.offered.map((slug) => ({
              subsectorId: idOf(subsectorIds, slug, "subsector"),
              role: "OFFERED" as const,
            })),
          ],
        },
        responses: {
          create: (seed.responses ?? []).map((response, index) => ({
            listingId: idOf(slugToId, response.listing, "listing"),
            message: response.message,
            status: response.status,
            createdAt: new Date(createdAt.getTime() + (index + 1) * DAY_MS),
            decidedAt: response.status === "SENT" ? null : new Date(createdAt.getTime() + (index + 2) * DAY_MS),
          })),
        },
      },
    });
  }
  return samplePosts.length;
}
