import type { ListingSeed } from "./types";

// Real places and organisations, with public facts only. Nothing here is guessed: no addresses, coordinates,
// contact details, founding years or member counts beyond what the named source states.

const ALL_SUBSECTORS = [
  "arsitektur",
  "desain-interior",
  "desain-komunikasi-visual",
  "desain-produk",
  "film-animasi-video",
  "fotografi",
  "kriya",
  "kuliner",
  "musik",
  "fesyen",
  "aplikasi",
  "pengembangan-gim",
  "penerbitan",
  "periklanan",
  "televisi-radio",
  "seni-pertunjukan",
  "seni-rupa",
] as const;

function allExcept(primary: string): string[] {
  return ALL_SUBSECTORS.filter((slug) => slug !== primary);
}

const DISPORAPAR_COWORKING = {
  kind: "COWORKING",
  facts: { operator: "Disporapar Kota Malang" },
  isSample: false,
  sourceName: "bacaini.id; javasatu.com",
  sourceUrl: "https://bacaini.id",
} as const;

const CAMPUS_SOURCE = "Daftar kampus yang disebut Pemerintah Kota Malang";

function campus(slug: string, nameIndonesian: string, domain: string, kecamatan?: "LOWOKWARU"): ListingSeed {
  return {
    slug,
    kind: "CAMPUS",
    nameIndonesian,
    summaryIndonesian: `${nameIndonesian} termasuk kampus yang disebut Pemerintah Kota Malang sebagai bagian ekosistem digital kota.`,
    summaryEn: `${nameIndonesian} is one of the campuses the Malang city government names as part of its digital ecosystem.`,
    primarySubsector: "aplikasi",
    otherSubsectors: ["desain-komunikasi-visual"],
    ...(kecamatan ? { kecamatan } : {}),
    websiteUrl: `https://www.${domain}`,
    facts: {},
    isSample: false,
    sourceName: CAMPUS_SOURCE,
  };
}

const PRESS_SOURCE = "Pemberitaan media (daftar dari Disporapar/Pemerintah Kota Malang)";

export const realEntities: ListingSeed[] = [
  // Creative hubs and coworking spaces
  {
    slug: "malang-creative-center",
    kind: "COWORKING",
    nameIndonesian: "Malang Creative Center (MCC)",
    nameEn: "Malang Creative Center (MCC)",
    summaryIndonesian:
      "Creative hub Kota Malang dan inkubator bagi 17 subsektor ekonomi kreatif, dibuka 22 September 2023 dan " +
      "dikelola Diskopindag Kota Malang; penggunaan untuk kegiatan komersial dikenai tarif sejak 1 Agustus 2025.",
    summaryEn:
      "Kota Malang's creative hub and incubator for all 17 creative-economy subsectors, opened on 22 September 2023 " +
      "and run by Diskopindag Kota Malang; commercial use has been charged since 1 August 2025.",
    primarySubsector: "aplikasi",
    otherSubsectors: allExcept("aplikasi"),
    kecamatan: "BLIMBING",
    address: "Jl. A. Yani No. 53, Blimbing",
    tags: ["creative hub", "inkubator"],
    facts: { floors: 8, openedOn: "2023-09-22", operator: "Diskopindag Kota Malang" },
    isSample: false,
    sourceName: "malangkota.go.id; ketik.com",
    sourceUrl: "https://malangkota.go.id",
  },
  {
    ...DISPORAPAR_COWORKING,
    slug: "coworking-space-gajayana",
    nameIndonesian: "Coworking Space Gajayana",
    summaryIndonesian:
      "Coworking space milik Disporapar Kota Malang di lantai 3 Stadion Gajayana, untuk pelaku fotografi, film, " +
      "dan musik.",
    summaryEn:
      "A coworking space run by Disporapar Kota Malang on the third floor of Gajayana Stadium, for photography, " +
      "film and music creatives.",
    primarySubsector: "fotografi",
    otherSubsectors: ["film-animasi-video", "musik"],
    kecamatan: "KLOJEN",
    address: "Stadion Gajayana, lantai 3",
  },
  {
    ...DISPORAPAR_COWORKING,
    slug: "coworking-space-bunulrejo",
    nameIndonesian: "Coworking Space Bunulrejo",
    summaryIndonesian:
      "Coworking space milik Disporapar Kota Malang di Jl. Hamid Rusdi, Bunulrejo, untuk pelaku seni pertunjukan " +
      "dan kriya.",
    summaryEn:
      "A coworking space run by Disporapar Kota Malang on Jl. Hamid Rusdi, Bunulrejo, for performing-arts and " +
      "crafts creatives.",
    primarySubsector: "seni-pertunjukan",
    otherSubsectors: ["kriya"],
    kecamatan: "BLIMBING",
    address: "Jl. Hamid Rusdi",
  },
  {
    ...DISPORAPAR_COWORKING,
    slug: "coworking-space-gor-ken-arok",
    nameIndonesian: "Coworking Space GOR Ken Arok",
    summaryIndonesian: "Coworking space milik Disporapar Kota Malang di GOR Ken Arok, untuk pelaku seni rupa.",
    summaryEn: "A coworking space run by Disporapar Kota Malang at the Ken Arok sports hall, for fine-arts creatives.",
    primarySubsector: "seni-rupa",
    kecamatan: "KEDUNGKANDANG",
    address: "GOR Ken Arok, Jl. Mayjen Sungkono",
  },
  {
    ...DISPORAPAR_COWORKING,
    slug: "coworking-space-bakalankrajan",
    nameIndonesian: "Coworking Space Bakalankrajan",
    summaryIndonesian:
      "Coworking space milik Disporapar Kota Malang di Bakalankrajan, untuk pelaku seni pertunjukan dan kriya.",
    summaryEn:
      "A coworking space run by Disporapar Kota Malang in Bakalankrajan, for performing-arts and crafts creatives.",
    primarySubsector: "seni-pertunjukan",
    otherSubsectors: ["kriya"],
    kecamatan: "SUKUN",
  },
  {
    ...DISPORAPAR_COWORKING,
    slug: "coworking-space-kebun-bibit",
    nameIndonesian: "Coworking Space Kebun Bibit",
    summaryIndonesian:
      "Coworking space milik Disporapar Kota Malang di Kebun Bibit; subsektor yang menjadi fokusnya belum " +
      "disebutkan dalam sumber.",
    summaryEn:
      "A coworking space run by Disporapar Kota Malang at Kebun Bibit; the source does not state which subsectors " +
      "it focuses on.",
    primarySubsector: "desain-komunikasi-visual",
    tags: ["fokus belum tercatat"],
  },
  {
    slug: "dilo-indigo-space-malang",
    kind: "COWORKING",
    nameIndonesian: "DILo / Indigo Space Malang",
    summaryIndonesian: "Coworking space pertama di Kota Malang, berdiri pada 2014, untuk pelaku aplikasi dan gim.",
    summaryEn: "The first coworking space in Kota Malang, opened in 2014, for app and game developers.",
    primarySubsector: "aplikasi",
    otherSubsectors: ["pengembangan-gim"],
    kecamatan: "KLOJEN",
    address: "Jl. Basuki Rahmad 7–9",
    foundedYear: 2014,
    isSample: false,
    sourceName: "malangkota.go.id",
    sourceUrl: "https://malangkota.go.id",
  },

  // Campuses
  campus("universitas-brawijaya", "Universitas Brawijaya", "ub.ac.id", "LOWOKWARU"),
  campus("universitas-negeri-malang", "Universitas Negeri Malang", "um.ac.id", "LOWOKWARU"),
  campus("politeknik-negeri-malang", "Politeknik Negeri Malang", "polinema.ac.id", "LOWOKWARU"),
  campus("uin-maulana-malik-ibrahim-malang", "UIN Maulana Malik Ibrahim Malang", "uin-malang.ac.id", "LOWOKWARU"),
  campus("universitas-muhammadiyah-malang", "Universitas Muhammadiyah Malang", "umm.ac.id"),
  campus("universitas-ma-chung", "Universitas Ma Chung", "machung.ac.id"),
  campus("itb-asia-malang", "ITB Asia Malang", "asia.ac.id"),
  campus("stiki-malang", "STIKI Malang", "stiki.ac.id"),

  // Communities
  {
    slug: "stasion-komunitas-startup-singoedan",
    kind: "COMMUNITY",
    nameIndonesian: "Stasion — Komunitas Startup Singoedan",
    summaryIndonesian:
      "Komunitas startup di Malang yang berdiri pada 2011; menurut indiekraf.com (2021) beranggotakan lebih dari " +
      "100 startup.",
    summaryEn: "A startup community in Malang founded in 2011; according to indiekraf.com (2021) it has 100+ startups.",
    primarySubsector: "aplikasi",
    foundedYear: 2011,
    isSample: false,
    sourceName: "indiekraf.com",
    sourceUrl: "https://indiekraf.com",
  },
  {
    slug: "malang-creative-fusion",
    kind: "COMMUNITY",
    nameIndonesian: "Malang Creative Fusion",
    summaryIndonesian: "Komunitas lintas subsektor kreatif yang menyelenggarakan Festival Mbois sejak 2016.",
    summaryEn: "A cross-subsector creative community that has organised the Festival Mbois since 2016.",
    primarySubsector: "seni-pertunjukan",
    otherSubsectors: ["musik", "seni-rupa", "desain-komunikasi-visual"],
    tags: ["Festival Mbois"],
    isSample: false,
    sourceName: "Pemerintah Kota Malang",
  },
  {
    slug: "game-development-malang",
    kind: "COMMUNITY",
    nameIndonesian: "Game Development Malang",
    summaryIndonesian: "Komunitas pengembang gim di Malang dengan sekitar 400 anggota.",
    summaryEn: "A community of game developers in Malang with about 400 members.",
    primarySubsector: "pengembangan-gim",
    facts: { memberCount: 400 },
    isSample: false,
    sourceName: "malang-post.com",
    sourceUrl: "https://malang-post.com",
  },
  {
    slug: "komite-ekonomi-kreatif-kota-malang",
    kind: "COMMUNITY",
    nameIndonesian: "Komite Ekonomi Kreatif Kota Malang",
    summaryIndonesian:
      "Komite yang terkait dengan peta jalan ekonomi kreatif dalam Perwal Kota Malang No. 12 Tahun 2018, dengan " +
      'tahapan 2018–2019 "Malang Bersinergi", 2020–2021 "Malang Berdaya", dan 2022–2023 "Malang Mendunia".',
    summaryEn:
      "A committee linked to the creative-economy roadmap in Malang Mayor Regulation (Perwal) No. 12 of 2018, with " +
      'the phases 2018–2019 "Malang Bersinergi", 2020–2021 "Malang Berdaya" and 2022–2023 "Malang Mendunia".',
    primarySubsector: "aplikasi",
    otherSubsectors: allExcept("aplikasi"),
    isSample: false,
    sourceName: "Perwal Kota Malang No. 12 Tahun 2018",
  },

  // Startups and studios named in the press
  {
    slug: "ariverse-games",
    kind: "STARTUP_STUDIO",
    nameIndonesian: "Ariverse Games",
    summaryIndonesian: "Studio pengembang gim dari Malang yang disebut dalam pemberitaan media.",
    summaryEn: "A game development studio from Malang mentioned in media reports.",
    primarySubsector: "pengembangan-gim",
    isSample: false,
    sourceName: PRESS_SOURCE,
  },
  {
    slug: "roleplay-studio",
    kind: "STARTUP_STUDIO",
    nameIndonesian: "Roleplay Studio",
    summaryIndonesian: "Studio animasi dari Malang yang disebut dalam pemberitaan media.",
    summaryEn: "An animation studio from Malang mentioned in media reports.",
    primarySubsector: "film-animasi-video",
    isSample: false,
    sourceName: PRESS_SOURCE,
  },
  {
    slug: "dako-brand-communication",
    kind: "STARTUP_STUDIO",
    nameIndonesian: "Dako Brand & Communication",
    summaryIndonesian: "Agensi periklanan dan komunikasi merek dari Malang yang disebut dalam pemberitaan media.",
    summaryEn: "An advertising and brand communication agency from Malang mentioned in media reports.",
    primarySubsector: "periklanan",
    otherSubsectors: ["desain-komunikasi-visual"],
    isSample: false,
    sourceName: PRESS_SOURCE,
  },
  {
    slug: "indiekraf",
    kind: "STARTUP_STUDIO",
    nameIndonesian: "Indiekraf",
    summaryIndonesian: "Media dan platform tentang ekonomi kreatif dari Malang yang disebut dalam pemberitaan media.",
    summaryEn: "A media outlet and platform about the creative economy from Malang mentioned in media reports.",
    primarySubsector: "penerbitan",
    otherSubsectors: ["aplikasi"],
    isSample: false,
    sourceName: PRESS_SOURCE,
  },
];
