import type { Prisma } from "../../lib/generated/prisma/client";
import type { CertificationStatus, EventStatus, EventType } from "../../lib/generated/prisma/enums";
import { parseJakartaDateTime, toJakartaIsoDate } from "../../lib/dates";

// Sample programmes and events for demo mode, all made up: flagged isSample (events) and named "(contoh)". Dates
// are fixed offsets from the day the seed runs (Asia/Jakarta), so the demo always has past and upcoming events.
// Organisers and venues are sample listings, never a real entity, so no real-looking event is invented.
// Participations make the monev funnel meaningful: some participants later applied for a certification, some of
// those were certified, others did neither.

type Tx = Prisma.TransactionClient;

/** Sample listings whose certificates other demo checks rely on: no certification is added to these. */
const CERTIFICATION_EXCLUDED = new Set([
  "sari-apel-tlogomas-lestari-contoh",
  "anyaman-arjuno-contoh",
  "kaos-buring-nusantara-contoh",
  "studio-foto-brantas-makmur-contoh",
]);

type Follow = { type: string; outcome: CertificationStatus };

type SampleEvent = {
  key: string;
  type: EventType;
  status?: EventStatus;
  titleIndonesian: string;
  titleEn: string;
  descriptionIndonesian: string;
  descriptionEn: string;
  /** Days from the seed's Jakarta date. */
  dayOffset: number;
  durationDays?: number;
  from: string;
  to: string;
  subsectors: string[];
  /** "programme" = the Disporapar training programme of the event's year; "konten" = the content-creator class. */
  programme?: "programme" | "konten";
  /** A sample community or coworking listing organising it, which also gives the venue. */
  organiserSlug?: string;
  /** A sample organiser that is not a listing (a city office, marked as a sample). */
  organiserName?: string;
  venueSlug?: string;
  isOnline?: boolean;
  hasRegistration?: boolean;
  /** Past training: how many sample businesses of its subsectors took part, and what some did afterwards. */
  participants?: { count: number; follow: Follow[]; includeSlugs?: string[] };
  /** Proposed by the demo owner for the first sample business they manage, awaiting review. */
  isOwnerProposal?: boolean;
};

const DISPORAPAR_SAMPLE = "Disporapar Kota Malang (contoh)";
const DISKOMINFO_SAMPLE = "Diskominfo Kota Malang (contoh)";
const SAMPLE_NOTE_ID = "Ini acara contoh untuk demonstrasi portal, bukan acara sungguhan.";
const SAMPLE_NOTE_EN = "This is a sample event for demonstrating the portal, not a real event.";

const sampleEvents: SampleEvent[] = [
  {
    key: "bimtek-merek",
    type: "BIMTEK",
    titleIndonesian: "Bimtek Pendaftaran Merek untuk Perajin dan Pelaku Fesyen (contoh)",
    titleEn: "Trademark Registration Guidance for Craft and Fashion Businesses (sample)",
    descriptionIndonesian:
      "Bimbingan teknis menyiapkan dan mendaftarkan merek: penelusuran merek, kelas barang, dan unggah berkas.",
    descriptionEn: "Technical guidance on preparing and registering a trademark: search, classes and filing.",
    dayOffset: -150,
    from: "09:00",
    to: "15:00",
    subsectors: ["kriya", "fesyen"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    venueSlug: "coworking-buring-contoh",
    participants: {
      count: 6,
      follow: [
        { type: "merek", outcome: "CERTIFIED" },
        { type: "merek", outcome: "IN_REVIEW" },
        { type: "merek", outcome: "CERTIFIED" },
      ],
    },
  },
  {
    key: "pelatihan-spp-irt",
    type: "TRAINING",
    titleIndonesian: "Pelatihan Keamanan Pangan dan Persiapan SPP-IRT (contoh)",
    titleEn: "Food Safety Training and SPP-IRT Preparation (sample)",
    descriptionIndonesian:
      "Pelatihan cara produksi pangan yang baik untuk industri rumah tangga dan persiapan izin SPP-IRT.",
    descriptionEn: "Training in good food production practice for home industries and preparing the SPP-IRT permit.",
    dayOffset: -105,
    durationDays: 1,
    from: "08:30",
    to: "15:30",
    subsectors: ["kuliner"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    venueSlug: "ruang-kerja-bunulrejo-contoh",
    participants: {
      count: 7,
      includeSlugs: ["sari-apel-tlogomas-lestari-contoh"],
      follow: [
        { type: "spp-irt", outcome: "CERTIFIED" },
        { type: "spp-irt", outcome: "CERTIFIED" },
        { type: "spp-irt", outcome: "APPLIED" },
      ],
    },
  },
  {
    key: "festival-kampung",
    type: "FESTIVAL",
    titleIndonesian: "Festival Kuliner dan Kriya Kampung (contoh)",
    titleEn: "Neighbourhood Food and Craft Festival (sample)",
    descriptionIndonesian: "Festival dua hari dengan lapak kuliner, kriya, dan panggung musik komunitas.",
    descriptionEn: "A two-day festival with food and craft stalls and a community music stage.",
    dayOffset: -75,
    durationDays: 1,
    from: "15:00",
    to: "22:00",
    subsectors: ["kuliner", "kriya", "musik"],
    organiserSlug: "kolektif-pegiat-kopi-tugu-contoh",
  },
  {
    key: "bimtek-halal",
    type: "BIMTEK",
    titleIndonesian: "Bimtek Sertifikasi Halal Skema Pernyataan Pelaku Usaha (contoh)",
    titleEn: "Halal Certification Guidance, Self-Declaration Scheme (sample)",
    descriptionIndonesian:
      "Pendampingan menyiapkan dokumen sertifikasi halal untuk usaha mikro dan kecil bidang kuliner.",
    descriptionEn: "Support in preparing halal certification documents for micro and small food businesses.",
    dayOffset: -60,
    from: "09:00",
    to: "12:00",
    subsectors: ["kuliner"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    venueSlug: "ruang-kerja-bunulrejo-contoh",
    participants: {
      count: 5,
      follow: [
        { type: "halal", outcome: "CERTIFIED" },
        { type: "halal", outcome: "APPLIED" },
      ],
    },
  },
  {
    key: "temu-gim",
    type: "MEETUP",
    titleIndonesian: "Temu Komunitas Pengembang Gim (contoh)",
    titleEn: "Game Developers Meetup (sample)",
    descriptionIndonesian: "Sesi berbagi prototipe gim dan diskusi penerbitan gim independen.",
    descriptionEn: "Show-and-tell of game prototypes and a talk on independent game publishing.",
    dayOffset: -40,
    from: "19:00",
    to: "21:30",
    subsectors: ["pengembangan-gim", "aplikasi"],
    organiserSlug: "komunitas-pengembang-gim-bandulan-contoh",
    venueSlug: "ruang-kerja-semeru-contoh",
  },
  {
    key: "kelas-konten",
    type: "TRAINING",
    titleIndonesian: "Kelas Konten Kreator: Video Pendek untuk Promosi Usaha (contoh)",
    titleEn: "Content Creator Class: Short Videos to Promote a Business (sample)",
    descriptionIndonesian:
      "Pelatihan membuat video pendek untuk promosi. Peserta menerima e-sertifikat pelatihan, bukan sertifikasi profesi.",
    descriptionEn:
      "Training in making short promotional videos. Participants receive a training e-certificate, not a professional certification.",
    dayOffset: -30,
    from: "13:00",
    to: "16:00",
    subsectors: ["film-animasi-video", "periklanan"],
    programme: "konten",
    organiserName: DISKOMINFO_SAMPLE,
    isOnline: true,
    participants: { count: 6, follow: [] },
  },
  {
    key: "kelas-kemasan",
    type: "TRAINING",
    titleIndonesian: "Kelas Desain Kemasan Produk (contoh)",
    titleEn: "Product Packaging Design Class (sample)",
    descriptionIndonesian: "Praktik merancang kemasan dan label produk yang memenuhi ketentuan pelabelan.",
    descriptionEn: "Hands-on design of product packaging and labels that meet labelling rules.",
    dayOffset: -10,
    from: "09:00",
    to: "15:00",
    subsectors: ["desain-produk", "desain-komunikasi-visual", "kuliner"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    venueSlug: "rumah-kreatif-buring-contoh",
    participants: { count: 5, follow: [{ type: "desain-industri", outcome: "APPLIED" }] },
  },
  {
    key: "temu-fotografer",
    type: "MEETUP",
    titleIndonesian: "Temu Komunitas Fotografer Jalanan (contoh)",
    titleEn: "Street Photographers Meetup (sample)",
    descriptionIndonesian: "Jalan foto bersama dan kurasi karya anggota komunitas.",
    descriptionEn: "A photo walk together and a review of members' work.",
    dayOffset: 7,
    from: "06:00",
    to: "10:00",
    subsectors: ["fotografi"],
    organiserSlug: "paguyuban-pemotret-jalanan-buring-contoh",
    venueSlug: "hub-kreatif-brantas-contoh",
  },
  {
    key: "pelatihan-pemasaran",
    type: "TRAINING",
    titleIndonesian: "Pelatihan Pemasaran Digital untuk Usaha Kreatif (contoh)",
    titleEn: "Digital Marketing Training for Creative Businesses (sample)",
    descriptionIndonesian:
      "Strategi media sosial, lokapasar, dan pengukuran hasil promosi untuk usaha mikro dan kecil.",
    descriptionEn: "Social media, marketplaces and measuring promotion results for micro and small businesses.",
    dayOffset: 14,
    from: "09:00",
    to: "15:00",
    subsectors: ["periklanan", "kuliner", "fesyen", "kriya"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    venueSlug: "coworking-kawi-contoh",
    hasRegistration: true,
  },
  {
    key: "panggilan-halal",
    type: "CALL",
    titleIndonesian: "Panggilan Pendaftaran Pendampingan Sertifikasi Halal (contoh)",
    titleEn: "Call for Applications: Halal Certification Support (sample)",
    descriptionIndonesian:
      "Pendaftaran peserta pendampingan sertifikasi halal untuk usaha kuliner mikro. Kuota terbatas.",
    descriptionEn: "Applications for halal certification support for micro food businesses. Places are limited.",
    dayOffset: 21,
    durationDays: 14,
    from: "08:00",
    to: "16:00",
    subsectors: ["kuliner"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    isOnline: true,
    hasRegistration: true,
  },
  {
    key: "temu-musik-batal",
    type: "MEETUP",
    status: "CANCELLED",
    titleIndonesian: "Temu Musisi Independen (contoh)",
    titleEn: "Independent Musicians Meetup (sample)",
    descriptionIndonesian: "Diskusi hak cipta lagu dan distribusi digital.",
    descriptionEn: "A talk on song copyright and digital distribution.",
    dayOffset: 28,
    from: "19:00",
    to: "21:00",
    subsectors: ["musik"],
    organiserSlug: "kolektif-musik-indie-buring-contoh",
  },
  {
    key: "pameran-kriya",
    type: "EXHIBITION",
    titleIndonesian: "Pameran Kriya dan Fesyen Malang (contoh)",
    titleEn: "Malang Craft and Fashion Exhibition (sample)",
    descriptionIndonesian: "Pameran tiga hari karya perajin dan desainer busana, dengan sesi temu pembeli.",
    descriptionEn: "A three-day exhibition of craft and fashion work, with buyer meetings.",
    dayOffset: 35,
    durationDays: 2,
    from: "10:00",
    to: "21:00",
    subsectors: ["kriya", "fesyen"],
    organiserSlug: "coworking-buring-contoh",
  },
  {
    key: "bimtek-hak-cipta",
    type: "BIMTEK",
    titleIndonesian: "Bimtek Hak Cipta untuk Musisi dan Pengembang Aplikasi (contoh)",
    titleEn: "Copyright Guidance for Musicians and App Developers (sample)",
    descriptionIndonesian: "Mencatatkan ciptaan lagu dan program komputer, serta membaca perjanjian lisensi.",
    descriptionEn: "Recording songs and software as copyright works, and reading licence agreements.",
    dayOffset: 50,
    from: "13:00",
    to: "16:00",
    subsectors: ["musik", "aplikasi"],
    programme: "programme",
    organiserName: DISPORAPAR_SAMPLE,
    isOnline: true,
    hasRegistration: true,
  },
  {
    key: "festival-seni-pertunjukan",
    type: "FESTIVAL",
    titleIndonesian: "Festival Seni Pertunjukan Kampung (contoh)",
    titleEn: "Neighbourhood Performing Arts Festival (sample)",
    descriptionIndonesian: "Pentas teater, tari, dan musik oleh komunitas seni pertunjukan.",
    descriptionEn: "Theatre, dance and music performances by performing arts communities.",
    dayOffset: 80,
    durationDays: 1,
    from: "16:00",
    to: "22:00",
    subsectors: ["seni-pertunjukan", "musik"],
    organiserSlug: "komunitas-teater-jatimulyo-contoh",
    venueSlug: "ruang-kerja-bunulrejo-contoh",
  },
  {
    key: "usulan-pemilik",
    type: "TRAINING",
    status: "PENDING_REVIEW",
    titleIndonesian: "Kelas Mengolah Sari Buah untuk Usaha Rumahan (contoh)",
    titleEn: "Fruit Juice Making Class for Home Businesses (sample)",
    descriptionIndonesian: "Usulan kelas dari pengelola listing, menunggu tinjauan petugas.",
    descriptionEn: "A class proposed by a listing's manager, awaiting staff review.",
    dayOffset: 42,
    from: "09:00",
    to: "12:00",
    subsectors: ["kuliner"],
    isOwnerProposal: true,
  },
];

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

function jakartaInstant(isoDate: string, time: string): Date {
  const instant = parseJakartaDateTime(`${isoDate}T${time}`);
  if (!instant) throw new Error(`Seed has an invalid time ${isoDate} ${time}`);
  return instant;
}

function slugifyTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[()]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A sample certificate number in the usual shape of its type (digits from a counter, so the seed is stable). */
function sampleNumber(type: string, isoDate: string, counter: number): string {
  const digits = (length: number) =>
    String(7_000_000_000_000 + counter * 7919)
      .slice(-length)
      .padStart(length, "0");
  const year = isoDate.slice(0, 4);
  switch (type) {
    case "merek":
      return `IDM000${digits(6)}`;
    case "halal":
      return `ID3573${digits(13)}`;
    case "spp-irt":
      return `P-IRT 2063573${digits(6)}-${String((Number(year) + 5) % 100).padStart(2, "0")}`;
    case "desain-industri":
      return `IDD000${digits(6)}`;
    default:
      return `CONTOH-${type.toUpperCase()}-${digits(6)}`;
  }
}

const VALIDITY_YEARS: Record<string, number> = { merek: 10, "desain-industri": 10, "spp-irt": 5 };

export async function seedEvents(tx: Tx, now: Date = new Date()): Promise<{ programmes: number; events: number }> {
  const today = toJakartaIsoDate(now);
  const subsectorIds = new Map(
    (await tx.subsector.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
  );
  const typeIds = new Map(
    (await tx.certificationType.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
  );
  const listings = await tx.listing.findMany({
    where: { isSample: true, status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      kind: true,
      nameIndonesian: true,
      address: true,
      kecamatan: true,
      primarySubsector: { select: { slug: true } },
      otherSubsectors: { select: { subsector: { select: { slug: true } } } },
      certifications: { select: { type: { select: { slug: true } } } },
    },
  });
  const bySlug = new Map(listings.map((listing) => [listing.slug, listing]));
  const listingBySlug = (slug: string) => {
    const listing = bySlug.get(slug);
    if (!listing) throw new Error(`Event seed refers to an unknown published sample listing "${slug}"`);
    return listing;
  };
  const subsectorId = (slug: string) => {
    const id = subsectorIds.get(slug);
    if (!id) throw new Error(`Event seed refers to an unknown subsector "${slug}"`);
    return id;
  };
  const owner = await tx.user.findUnique({
    where: { email: "pemilik@contoh.id" },
    select: { id: true, managedListings: { select: { listing: { select: { id: true, slug: true } } } } },
  });
  // The owner's proposal is for their sample juice business when they manage it, else their first listing.
  const ownerListings = (owner?.managedListings ?? [])
    .map(({ listing }) => listing)
    .filter((listing) => bySlug.has(listing.slug))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const ownerListingId = (
    ownerListings.find((listing) => listing.slug === "sari-apel-tlogomas-lestari-contoh") ?? ownerListings[0]
  )?.id;
  const staff = await tx.user.findUnique({ where: { email: "staf@contoh.id" }, select: { id: true } });

  // One Disporapar sample programme per year the training events fall in (active from this year on), and the
  // content-creator class, as Diskominfo runs for content creators.
  const currentYear = Number(today.slice(0, 4));
  const programmeYears = new Set(
    sampleEvents
      .filter((event) => event.programme === "programme")
      .map((event) => Number(addDays(today, event.dayOffset).slice(0, 4))),
  );
  const programmeIds = new Map<string, string>();
  for (const year of [...programmeYears].sort()) {
    const programme = await tx.programme.create({
      data: {
        slug: `program-pelatihan-disporapar-${year}-contoh`,
        nameIndonesian: `Program Pelatihan Disporapar ${year} (contoh)`,
        nameEn: `Disporapar Training Programme ${year} (sample)`,
        year,
        organiserName: DISPORAPAR_SAMPLE,
        descriptionIndonesian: `Program contoh: pelatihan dan bimtek sampai sertifikasi, agar produk tepercaya. ${SAMPLE_NOTE_ID}`,
        descriptionEn: `Sample programme: training and guidance up to certification, so products are trusted. ${SAMPLE_NOTE_EN}`,
        isActive: year >= currentYear,
      },
      select: { id: true },
    });
    programmeIds.set(`programme-${year}`, programme.id);
  }
  const contentClass = await tx.programme.create({
    data: {
      slug: `kelas-konten-kreator-${currentYear}-contoh`,
      nameIndonesian: `Kelas Konten Kreator ${currentYear} (contoh)`,
      nameEn: `Content Creator Classes ${currentYear} (sample)`,
      year: currentYear,
      organiserName: DISKOMINFO_SAMPLE,
      descriptionIndonesian: `Program contoh pelatihan konten kreator dengan e-sertifikat pelatihan. ${SAMPLE_NOTE_ID}`,
      descriptionEn: `Sample content-creator training programme with training e-certificates. ${SAMPLE_NOTE_EN}`,
    },
    select: { id: true },
  });

  const businesses = listings.filter(
    (listing) => listing.kind === "CREATIVE_BUSINESS" || listing.kind === "STARTUP_STUDIO",
  );
  const usedAsParticipant = new Map<string, number>();
  let certificateCounter = 0;

  for (const sample of sampleEvents) {
    const day = addDays(today, sample.dayOffset);
    const startsAt = jakartaInstant(day, sample.from);
    const endsAt = jakartaInstant(addDays(day, sample.durationDays ?? 0), sample.to);
    const organiser = sample.organiserSlug ? listingBySlug(sample.organiserSlug) : null;
    const venueListing = sample.venueSlug ? listingBySlug(sample.venueSlug) : organiser;
    const proposalListingId = sample.isOwnerProposal ? ownerListingId : undefined;
    if (sample.isOwnerProposal && (!owner || !proposalListingId)) continue;
    const proposalListing = proposalListingId ? listings.find((listing) => listing.id === proposalListingId) : null;
    const place = venueListing ?? proposalListing;
    const programmeId =
      sample.programme === "konten"
        ? contentClass.id
        : sample.programme === "programme"
          ? programmeIds.get(`programme-${day.slice(0, 4)}`)
          : undefined;
    const slug = slugifyTitle(sample.titleIndonesian);
    const event = await tx.event.create({
      data: {
        slug,
        type: sample.type,
        status: sample.status ?? "PUBLISHED",
        titleIndonesian: sample.titleIndonesian,
        titleEn: sample.titleEn,
        descriptionIndonesian: `${sample.descriptionIndonesian} ${SAMPLE_NOTE_ID}`,
        descriptionEn: `${sample.descriptionEn} ${SAMPLE_NOTE_EN}`,
        programmeId: programmeId ?? null,
        organiserListingId: organiser?.id ?? proposalListing?.id ?? null,
        organiserName: sample.organiserName ?? null,
        venue: place && !sample.isOnline ? `${place.nameIndonesian}, ${place.address ?? "Kota Malang"}` : null,
        kecamatan: place && !sample.isOnline ? place.kecamatan : null,
        isOnline: sample.isOnline ?? false,
        startsAt,
        endsAt,
        registrationUrl: sample.hasRegistration ? `https://pendaftaran.contoh.id/${slug}` : null,
        proposedById: sample.isOwnerProposal ? (owner?.id ?? null) : null,
        isSample: true,
        subsectors: { createMany: { data: sample.subsectors.map((slugOf) => ({ subsectorId: subsectorId(slugOf) })) } },
      },
      select: { id: true },
    });

    if (!sample.participants) continue;
    // Businesses of the event's subsectors, those in fewer trainings first, so participation spreads out.
    const eventSubsectors = new Set(sample.subsectors);
    const matching = businesses.filter(
      (listing) =>
        eventSubsectors.has(listing.primarySubsector.slug) ||
        listing.otherSubsectors.some(({ subsector }) => eventSubsectors.has(subsector.slug)),
    );
    const included = (sample.participants.includeSlugs ?? []).map(listingBySlug);
    const isPrimaryMatch = (listing: (typeof businesses)[number]) => eventSubsectors.has(listing.primarySubsector.slug);
    // Businesses whose main line is the training's subject first; then those in fewer trainings, so it spreads.
    const others = matching
      .filter((listing) => !included.includes(listing))
      .sort(
        (a, b) =>
          Number(isPrimaryMatch(b)) - Number(isPrimaryMatch(a)) ||
          (usedAsParticipant.get(a.id) ?? 0) - (usedAsParticipant.get(b.id) ?? 0),
      );
    const participants = [...included, ...others].slice(0, sample.participants.count);
    await tx.eventParticipation.createMany({
      data: participants.map((listing) => ({
        eventId: event.id,
        listingId: listing.id,
        recordedById: staff?.id ?? null,
        createdAt: endsAt,
      })),
    });
    for (const listing of participants) usedAsParticipant.set(listing.id, (usedAsParticipant.get(listing.id) ?? 0) + 1);

    // What some participants did after the training: applied for the certification it prepared them for, and
    // for some the certificate was issued. Only listings without a certificate of that type yet.
    const followers = participants.filter(
      (listing) =>
        isPrimaryMatch(listing) && !CERTIFICATION_EXCLUDED.has(listing.slug) && listing.certifications.length === 0,
    );
    for (const [index, follow] of sample.participants.follow.entries()) {
      const listing = followers[index];
      const typeId = typeIds.get(follow.type);
      if (!listing || !typeId) continue;
      const appliedOn = addDays(day, 14);
      const issuedOn = addDays(day, 45);
      // A certificate cannot be issued in the future: a recent training's applications are still open.
      const outcome: CertificationStatus =
        follow.outcome === "CERTIFIED" && issuedOn > today ? "IN_REVIEW" : follow.outcome;
      const isCertified = outcome === "CERTIFIED";
      const validity = VALIDITY_YEARS[follow.type];
      certificateCounter += 1;
      const appliedAt = jakartaInstant(appliedOn, "10:00");
      await tx.certification.create({
        data: {
          listingId: listing.id,
          typeId,
          status: outcome,
          number: isCertified ? sampleNumber(follow.type, issuedOn, certificateCounter) : null,
          issuedOn: isCertified ? new Date(`${issuedOn}T00:00:00Z`) : null,
          expiresOn:
            isCertified && validity ? new Date(`${addDays(addYears(issuedOn, validity), -1)}T00:00:00Z`) : null,
          lastCheckedAt: isCertified ? jakartaInstant(issuedOn, "10:00") : null,
          createdAt: appliedAt,
          history: {
            // The usual path: applied, in review, then certified (lib/certifications/transitions.ts).
            create: [
              { fromStatus: null, toStatus: "APPLIED" as const, createdAt: appliedAt },
              ...(outcome === "APPLIED"
                ? []
                : [
                    {
                      fromStatus: "APPLIED" as const,
                      toStatus: "IN_REVIEW" as const,
                      createdAt: jakartaInstant(addDays(appliedOn, 7), "10:00"),
                    },
                  ]),
              ...(isCertified
                ? [
                    {
                      fromStatus: "IN_REVIEW" as const,
                      toStatus: "CERTIFIED" as const,
                      createdAt: jakartaInstant(issuedOn, "10:00"),
                    },
                  ]
                : []),
            ].map((change) => ({ ...change, note: "Data contoh (seed demo)" })),
          },
        },
      });
      listing.certifications.push({ type: { slug: follow.type } });
    }
  }
  return { programmes: programmeIds.size + 1, events: sampleEvents.length };
}
