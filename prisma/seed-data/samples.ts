import { getMalangAreas } from "../../lib/geo/malang-areas";
import { interiorPointOf, isInMultiPolygon } from "../../lib/geo/point-in-polygon";
import { slugify } from "../../lib/listings/slugs";
import type { ListingSeed, SocialLinkSeed } from "./types";

// Sample listings for demo mode. Everything here is made up and flagged isSample, so the UI shows a "Contoh" badge.
// The generator is deterministic: a fixed-seed PRNG, so every run produces the same listings.

type Kind = ListingSeed["kind"];
type Kecamatan = NonNullable<ListingSeed["kecamatan"]>;
type Monitoring = NonNullable<ListingSeed["monitoring"]>;
type Certification = NonNullable<ListingSeed["certifications"]>[number];
type CertificationStatus = Certification["status"];

const SEED = 20251031; // the day Malang became a UNESCO Creative City of Media Arts
const TODAY = "2026-11-24";

const SUBSECTOR_SLUGS = [
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

type SubsectorSlug = (typeof SUBSECTOR_SLUGS)[number];

type Activity = { id: string; en: string };

// tags, when given, replace the subsector tags for a creative business of this line.
type BusinessLine = Activity & { head: string; products: readonly string[]; tags?: readonly string[] };

type Vocab = {
  nameIndonesian: string; // lower case, used inside sentences
  nameEn: string;
  practitioners: Activity; // who gathers in a community or works at a coworking space
  business: readonly BusinessLine[];
  studio: Activity & { heads: readonly string[]; suffixes: readonly string[]; products: readonly string[] };
  communityTopics: readonly string[];
  campus: { field: string; fieldIndonesian: string; fieldEn: string; studyPrograms: readonly string[] };
  tags: readonly string[];
};

const VOCAB: Record<SubsectorSlug, Vocab> = {
  arsitektur: {
    nameIndonesian: "arsitektur",
    nameEn: "architecture",
    practitioners: { id: "arsitek dan mahasiswa arsitektur", en: "architects and architecture students" },
    business: [
      {
        head: "Biro Arsitek",
        id: "merancang rumah tinggal, toko, dan renovasi bangunan",
        en: "designs homes, shops and building renovations",
        products: ["Desain rumah tinggal", "Gambar kerja bangunan", "Konsultasi renovasi"],
      },
      {
        head: "Studio Rancang",
        id: "merancang bangunan komersial dan rencana tapak skala kecil",
        en: "designs commercial buildings and small site plans",
        products: ["Desain ruko", "Rencana tapak", "Desain fasad"],
      },
      {
        head: "Griya Rancang",
        id: "menawarkan desain rumah hemat energi dan pengawasan pembangunan",
        en: "offers energy-efficient house designs and construction supervision",
        products: ["Desain rumah tumbuh", "Pengawasan konstruksi", "Gambar PBG"],
      },
    ],
    studio: {
      heads: ["Studio Rancang Digital", "Lab Arsitektur"],
      suffixes: ["Archviz", "Rancang Lab"],
      id: "membuat visualisasi 3D dan tur virtual untuk proyek bangunan",
      en: "creates 3D visualisations and virtual tours for building projects",
      products: ["Visualisasi 3D", "Tur virtual bangunan", "Aplikasi estimasi biaya bangun"],
    },
    communityTopics: ["Arsitek Muda", "Sketsa Kota"],
    campus: {
      field: "Arsitektur",
      fieldIndonesian: "arsitektur dan perencanaan",
      fieldEn: "architecture and planning",
      studyPrograms: ["Arsitektur", "Perencanaan Wilayah dan Kota", "Teknik Sipil", "Desain Interior"],
    },
    tags: ["rumah tinggal", "renovasi", "bangunan heritage", "visualisasi 3D"],
  },
  "desain-interior": {
    nameIndonesian: "desain interior",
    nameEn: "interior design",
    practitioners: { id: "desainer interior", en: "interior designers" },
    business: [
      {
        head: "Interior",
        id: "menata interior rumah, kafe, dan kantor",
        en: "designs interiors for homes, cafés and offices",
        products: ["Desain interior kafe", "Penataan ruang kantor", "Desain kamar tidur"],
      },
      {
        head: "Mebel",
        id: "membuat furnitur kayu pesanan sesuai ukuran ruang",
        en: "makes made-to-measure wooden furniture",
        products: ["Lemari pesanan", "Meja kerja", "Kitchen set"],
      },
      {
        head: "Ruang",
        id: "merancang dan mengerjakan interior toko serta ruang usaha",
        en: "designs and fits out shops and business premises",
        products: ["Desain toko", "Rak pajang", "Pengerjaan interior"],
      },
    ],
    studio: {
      heads: ["Studio Interior"],
      suffixes: ["Interior Lab", "Spaces"],
      id: "mengembangkan layanan desain interior daring dengan visualisasi 3D",
      en: "develops online interior design services with 3D visualisation",
      products: ["Konsultasi interior daring", "Katalog furnitur 3D"],
    },
    communityTopics: ["Desainer Interior", "Pecinta Ruang"],
    campus: {
      field: "Desain Interior",
      fieldIndonesian: "desain interior",
      fieldEn: "interior design",
      studyPrograms: ["Desain Interior", "Desain Produk", "Arsitektur"],
    },
    tags: ["furnitur", "kafe", "rumah tinggal", "ruang kerja"],
  },
  "desain-komunikasi-visual": {
    nameIndonesian: "desain komunikasi visual",
    nameEn: "visual communication design",
    practitioners: { id: "desainer grafis dan ilustrator", en: "graphic designers and illustrators" },
    business: [
      {
        head: "Grafis",
        id: "membuat logo, kemasan, dan materi promosi untuk UMKM",
        en: "creates logos, packaging and promotional materials for small businesses",
        products: ["Desain logo", "Desain kemasan", "Brosur"],
      },
      {
        head: "Ilustrasi",
        id: "menggambar ilustrasi untuk buku, kemasan, dan mural",
        en: "draws illustrations for books, packaging and murals",
        products: ["Ilustrasi buku", "Mural", "Stiker"],
      },
      {
        head: "Desain",
        id: "mengelola identitas visual merek dan konten media sosial",
        en: "manages brand visual identities and social-media content",
        products: ["Identitas merek", "Konten media sosial", "Desain menu"],
      },
    ],
    studio: {
      heads: ["Studio Desain", "Studio Ilustrasi"],
      suffixes: ["Creative", "Visual", "Design"],
      id: "menggarap identitas merek, ilustrasi, dan desain antarmuka",
      en: "works on brand identities, illustration and interface design",
      products: ["Paket identitas merek", "Desain UI/UX", "Aset ilustrasi digital"],
    },
    communityTopics: ["Desainer Grafis", "Ilustrator"],
    campus: {
      field: "Desain Komunikasi Visual",
      fieldIndonesian: "desain komunikasi visual",
      fieldEn: "visual communication design",
      studyPrograms: ["Desain Komunikasi Visual", "Desain Grafis", "Animasi", "Fotografi"],
    },
    tags: ["branding", "ilustrasi", "kemasan", "tipografi"],
  },
  "desain-produk": {
    nameIndonesian: "desain produk",
    nameEn: "product design",
    practitioners: { id: "desainer produk dan pembuat purwarupa", en: "product designers and prototype makers" },
    business: [
      {
        head: "Karya Produk",
        id: "merancang perabot dan barang rumah tangga untuk diproduksi",
        en: "designs furniture and household goods for production",
        products: ["Perabot lipat", "Lampu meja", "Rak dinding"],
      },
      {
        head: "Bengkel Desain",
        id: "membuat purwarupa produk dari kayu, logam, dan resin",
        en: "builds product prototypes from wood, metal and resin",
        products: ["Purwarupa produk", "Cetakan resin", "Komponen khusus"],
      },
      {
        head: "Kemasan",
        id: "merancang dan memproduksi kemasan untuk produk UMKM",
        en: "designs and produces packaging for small-business products",
        products: ["Kotak kemasan", "Kemasan standing pouch", "Label produk"],
      },
    ],
    studio: {
      heads: ["Studio Desain Produk"],
      suffixes: ["Makers", "Product Lab"],
      id: "membuat purwarupa produk dengan cetak 3D dan mesin CNC",
      en: "builds product prototypes with 3D printing and CNC machines",
      products: ["Jasa cetak 3D", "Purwarupa produk", "Perabot modular"],
    },
    communityTopics: ["Desainer Produk", "Pembuat Purwarupa"],
    campus: {
      field: "Desain Produk",
      fieldIndonesian: "desain produk",
      fieldEn: "product design",
      studyPrograms: ["Desain Produk", "Teknik Industri", "Desain Interior"],
    },
    tags: ["purwarupa", "perabot", "cetak 3D", "kemasan"],
  },
  "film-animasi-video": {
    nameIndonesian: "film, animasi, dan video",
    nameEn: "film, animation and video",
    practitioners: { id: "pembuat film, animator, dan videografer", en: "filmmakers, animators and videographers" },
    business: [
      {
        head: "Rumah Produksi",
        id: "memproduksi video profil, iklan, dan dokumentasi acara",
        en: "produces company profiles, commercials and event videos",
        products: ["Video profil", "Video iklan", "Dokumentasi acara"],
      },
      {
        head: "Sinema",
        id: "menyewakan peralatan film dan menggarap video musik",
        en: "rents out film equipment and makes music videos",
        products: ["Sewa kamera", "Video musik", "Sewa lampu"],
      },
    ],
    studio: {
      heads: ["Studio Animasi", "Studio Film", "Rumah Animasi"],
      suffixes: ["Animation", "Pictures", "Motion"],
      id: "memproduksi animasi 2D/3D, film pendek, dan karya seni media",
      en: "produces 2D/3D animation, short films and media art",
      products: ["Serial animasi", "Film pendek", "Animasi iklan", "Instalasi video"],
    },
    communityTopics: ["Film Pendek", "Animator", "Sinema"],
    campus: {
      field: "Film dan Animasi",
      fieldIndonesian: "film, animasi, dan video",
      fieldEn: "film, animation and video",
      studyPrograms: ["Film dan Televisi", "Animasi", "Produksi Media", "Seni Media"],
    },
    tags: ["animasi", "film pendek", "video iklan", "seni media", "dokumenter"],
  },
  fotografi: {
    nameIndonesian: "fotografi",
    nameEn: "photography",
    practitioners: { id: "fotografer", en: "photographers" },
    business: [
      {
        head: "Studio Foto",
        id: "melayani foto keluarga, wisuda, dan pas foto",
        en: "offers family, graduation and ID photos",
        products: ["Foto keluarga", "Foto wisuda", "Pas foto"],
      },
      {
        head: "Lensa",
        id: "memotret pernikahan dan berbagai acara",
        en: "photographs weddings and other events",
        products: ["Foto pernikahan", "Foto prewedding", "Album cetak"],
      },
      {
        head: "Potret",
        id: "memotret produk dan menu untuk UMKM kuliner dan fesyen",
        en: "photographs products and menus for food and fashion businesses",
        products: ["Foto produk", "Foto menu", "Foto katalog"],
      },
    ],
    studio: {
      heads: ["Studio Foto Digital"],
      suffixes: ["Photo Lab", "Frames"],
      id: "menyediakan layanan foto produk dan katalog untuk toko daring",
      en: "provides product and catalogue photography for online shops",
      products: ["Foto katalog daring", "Foto 360 derajat", "Aplikasi pemesanan sesi foto"],
    },
    communityTopics: ["Fotografi", "Pemotret Jalanan"],
    campus: {
      field: "Fotografi",
      fieldIndonesian: "fotografi",
      fieldEn: "photography",
      studyPrograms: ["Fotografi", "Desain Komunikasi Visual", "Film dan Televisi"],
    },
    tags: ["foto produk", "pernikahan", "potret", "fotografi jalanan"],
  },
  kriya: {
    nameIndonesian: "kriya",
    nameEn: "crafts",
    practitioners: { id: "perajin", en: "artisans" },
    business: [
      {
        head: "Batik",
        id: "membuat batik tulis dan cap dengan motif khas Malang",
        en: "makes hand-drawn and stamped batik with Malang motifs",
        products: ["Kain batik tulis", "Batik cap", "Selendang batik"],
        tags: ["batik", "motif Malangan", "kain tradisional"],
      },
      {
        head: "Keramik",
        id: "membuat keramik hias dan peralatan makan dari tanah liat",
        en: "makes decorative ceramics and clay tableware",
        products: ["Vas keramik", "Piring dan cangkir", "Suvenir keramik"],
        tags: ["keramik", "peralatan makan", "suvenir"],
      },
      {
        head: "Topeng",
        id: "membuat topeng kayu Malangan dan suvenir ukir",
        en: "makes Malangan wooden masks and carved souvenirs",
        products: ["Topeng kayu", "Gantungan kunci ukir", "Hiasan dinding"],
        tags: ["topeng Malangan", "ukir kayu", "suvenir"],
      },
      {
        head: "Anyaman",
        id: "membuat tas dan perabot anyaman dari bambu dan pandan",
        en: "makes woven bags and homeware from bamboo and pandan",
        products: ["Tas anyaman", "Keranjang bambu", "Tikar pandan"],
        tags: ["anyaman", "bambu", "ramah lingkungan"],
      },
      {
        head: "Kriya Kulit",
        id: "membuat dompet, tas, dan ikat pinggang dari kulit",
        en: "makes leather wallets, bags and belts",
        products: ["Dompet kulit", "Tas kulit", "Ikat pinggang"],
        tags: ["kulit", "aksesori", "buatan tangan"],
      },
    ],
    studio: {
      heads: ["Studio Kriya"],
      suffixes: ["Craft Lab"],
      id: "menghubungkan perajin dengan pembeli melalui toko daring",
      en: "connects artisans with buyers through an online shop",
      products: ["Lokapasar kerajinan", "Kelas kriya daring"],
    },
    communityTopics: ["Perajin Batik", "Perajin", "Kriya"],
    campus: {
      field: "Kriya",
      fieldIndonesian: "kriya",
      fieldEn: "crafts",
      studyPrograms: ["Kriya Tekstil", "Kriya Keramik", "Kriya Kayu"],
    },
    tags: ["batik", "keramik", "topeng Malangan", "anyaman", "suvenir"],
  },
  kuliner: {
    nameIndonesian: "kuliner",
    nameEn: "culinary",
    practitioners: { id: "pelaku usaha kuliner", en: "food entrepreneurs" },
    business: [
      {
        head: "Kopi",
        id: "menyajikan kopi dari kebun di sekitar Malang dan kudapan rumahan",
        en: "serves coffee from farms around Malang and homemade snacks",
        products: ["Kopi susu", "Biji kopi sangrai", "Kopi tubruk"],
        tags: ["kopi", "kedai", "kopi lokal"],
      },
      {
        head: "Dapur",
        id: "memasak hidangan rumahan untuk katering dan pesan antar",
        en: "cooks home-style dishes for catering and delivery",
        products: ["Nasi kotak", "Katering harian", "Sambal kemasan"],
        tags: ["katering", "makanan rumahan", "pesan antar"],
      },
      {
        head: "Keripik",
        id: "membuat keripik buah dan keripik tempe sebagai oleh-oleh",
        en: "makes fruit and tempeh chips as souvenirs",
        products: ["Keripik apel", "Keripik tempe", "Keripik nangka"],
        tags: ["oleh-oleh", "camilan", "makanan kemasan"],
      },
      {
        head: "Roti",
        id: "memanggang roti dan kue untuk toko dan pesanan acara",
        en: "bakes bread and cakes for its shop and event orders",
        products: ["Roti manis", "Kue ulang tahun", "Bolu"],
        tags: ["kue", "roti", "pesanan acara"],
      },
      {
        head: "Bakso",
        id: "menyajikan bakso dan aneka olahan daging",
        en: "serves meatball soup and other meat dishes",
        products: ["Bakso", "Bakso bakar", "Bakso beku kemasan"],
        tags: ["bakso", "makanan khas", "makanan beku"],
      },
      {
        head: "Sari Apel",
        id: "mengolah apel menjadi sari buah dan dodol",
        en: "turns apples into juice and dodol",
        products: ["Sari apel", "Dodol apel", "Cuka apel"],
        tags: ["apel", "oleh-oleh", "minuman"],
      },
    ],
    studio: {
      heads: ["Dapur Digital"],
      suffixes: ["Food Lab", "Kitchen"],
      id: "mengembangkan aplikasi pemesanan dan pengelolaan usaha kuliner",
      en: "develops ordering and management apps for food businesses",
      products: ["Aplikasi kasir", "Aplikasi pesan antar", "Resep digital"],
    },
    communityTopics: ["Pegiat Kopi", "Kuliner"],
    campus: {
      field: "Kuliner",
      fieldIndonesian: "kuliner dan perhotelan",
      fieldEn: "culinary arts and hospitality",
      studyPrograms: ["Seni Kuliner", "Tata Boga", "Perhotelan", "Pengolahan Hasil Pertanian"],
    },
    tags: ["kopi", "oleh-oleh", "makanan rumahan", "kue"],
  },
  musik: {
    nameIndonesian: "musik",
    nameEn: "music",
    practitioners: { id: "musisi dan pegiat musik", en: "musicians and music lovers" },
    business: [
      {
        head: "Studio Musik",
        id: "menyewakan studio latihan dan rekaman untuk band",
        en: "rents out rehearsal and recording rooms to bands",
        products: ["Sewa studio latihan", "Rekaman lagu", "Mixing dan mastering"],
      },
      {
        head: "Nada",
        id: "mengajar kursus musik dan menjual alat musik",
        en: "teaches music lessons and sells instruments",
        products: ["Kursus gitar", "Kursus piano", "Alat musik"],
      },
      {
        head: "Gamelan",
        id: "membuat dan merawat gamelan serta alat musik tradisional",
        en: "makes and maintains gamelan and other traditional instruments",
        products: ["Gamelan", "Kendang", "Servis alat musik"],
      },
    ],
    studio: {
      heads: ["Studio Rekaman", "Studio Audio"],
      suffixes: ["Records", "Sound Lab", "Audio"],
      id: "memproduksi musik, ilustrasi musik film, dan efek suara untuk gim",
      en: "produces music, film scores and sound effects for games",
      products: ["Produksi lagu", "Ilustrasi musik film", "Efek suara gim"],
    },
    communityTopics: ["Musisi", "Musik Indie", "Gitaris"],
    campus: {
      field: "Musik",
      fieldIndonesian: "musik",
      fieldEn: "music",
      studyPrograms: ["Pendidikan Musik", "Penciptaan Musik", "Tata Suara"],
    },
    tags: ["band", "rekaman", "musik tradisional", "kursus musik"],
  },
  fesyen: {
    nameIndonesian: "fesyen",
    nameEn: "fashion",
    practitioners: { id: "perancang busana dan penjahit", en: "fashion designers and tailors" },
    business: [
      {
        head: "Busana",
        id: "merancang busana siap pakai dengan sentuhan kain tradisional",
        en: "designs ready-to-wear clothing with touches of traditional fabric",
        products: ["Kemeja batik", "Outer", "Gaun"],
        tags: ["batik", "busana siap pakai", "kain tradisional"],
      },
      {
        head: "Kaos",
        id: "membuat kaos dan pakaian santai dengan desain lokal",
        en: "makes T-shirts and casual wear with local designs",
        products: ["Kaos sablon", "Hoodie", "Topi"],
        tags: ["kaos", "sablon", "pakaian santai"],
      },
      {
        head: "Kerudung",
        id: "membuat kerudung dan busana muslim",
        en: "makes headscarves and modest wear",
        products: ["Kerudung", "Gamis", "Mukena"],
        tags: ["busana muslim", "kerudung"],
      },
      {
        head: "Sepatu",
        id: "membuat sepatu dan sandal kulit buatan tangan",
        en: "makes handmade leather shoes and sandals",
        products: ["Sepatu kulit", "Sandal", "Sepatu anak"],
        tags: ["sepatu kulit", "alas kaki", "buatan tangan"],
      },
      {
        head: "Konveksi",
        id: "menerima pesanan seragam dan kaos komunitas",
        en: "takes orders for uniforms and community T-shirts",
        products: ["Seragam kantor", "Kaos komunitas", "Jaket"],
        tags: ["konveksi", "seragam", "kaos"],
      },
    ],
    studio: {
      heads: ["Studio Fesyen"],
      suffixes: ["Apparel Lab", "Wear"],
      id: "merancang koleksi busana dan menjualnya melalui toko daring",
      en: "designs clothing collections and sells them online",
      products: ["Koleksi busana", "Pola busana digital"],
    },
    communityTopics: ["Fesyen", "Penjahit Muda"],
    campus: {
      field: "Tata Busana",
      fieldIndonesian: "tata busana dan desain mode",
      fieldEn: "fashion and dressmaking",
      studyPrograms: ["Tata Busana", "Desain Mode", "Tekstil"],
    },
    tags: ["batik", "busana muslim", "kaos", "sepatu kulit"],
  },
  aplikasi: {
    nameIndonesian: "aplikasi",
    nameEn: "applications",
    practitioners: { id: "pengembang perangkat lunak", en: "software developers" },
    business: [
      {
        head: "Jasa Web",
        id: "membuat situs web dan toko daring untuk UMKM",
        en: "builds websites and online shops for small businesses",
        products: ["Situs web usaha", "Toko daring"],
      },
    ],
    studio: {
      heads: ["Solusi Digital", "Teknologi"],
      suffixes: ["Labs", "Tech", "Digital", "Apps", "Software"],
      id: "mengembangkan aplikasi seluler dan web untuk UMKM, sekolah, dan instansi",
      en: "develops mobile and web apps for small businesses, schools and public bodies",
      products: [
        "Aplikasi kasir UMKM",
        "Sistem informasi sekolah",
        "Aplikasi reservasi wisata",
        "Platform e-learning",
        "Aplikasi antrean",
      ],
    },
    communityTopics: ["Pengembang Web", "Developer", "Startup"],
    campus: {
      field: "Teknologi Informasi",
      fieldIndonesian: "teknologi informasi",
      fieldEn: "information technology",
      studyPrograms: ["Informatika", "Sistem Informasi", "Teknologi Informasi", "Rekayasa Perangkat Lunak"],
    },
    tags: ["aplikasi seluler", "web", "UMKM digital", "seni media"],
  },
  "pengembangan-gim": {
    nameIndonesian: "pengembangan gim",
    nameEn: "game development",
    practitioners: { id: "pengembang gim", en: "game developers" },
    business: [
      {
        head: "Papan Permainan",
        id: "merancang dan menjual permainan papan bertema lokal",
        en: "designs and sells locally themed board games",
        products: ["Permainan papan", "Kartu permainan"],
      },
    ],
    studio: {
      heads: ["Studio Gim"],
      suffixes: ["Games", "Interactive", "Game Studio", "Play"],
      id: "mengembangkan gim seluler dan gim edukasi",
      en: "develops mobile and educational games",
      products: ["Gim edukasi anak", "Gim seluler kasual", "Gim PC indie", "Gim VR"],
    },
    communityTopics: ["Pengembang Gim", "Game Jam"],
    campus: {
      field: "Teknologi Gim",
      fieldIndonesian: "teknologi gim",
      fieldEn: "game technology",
      studyPrograms: ["Teknologi Permainan", "Informatika", "Animasi"],
    },
    tags: ["gim seluler", "gim edukasi", "indie", "seni media"],
  },
  penerbitan: {
    nameIndonesian: "penerbitan",
    nameEn: "publishing",
    practitioners: { id: "penulis dan pegiat literasi", en: "writers and literacy activists" },
    business: [
      {
        head: "Penerbit",
        id: "menerbitkan buku cerita anak, sastra, dan buku sejarah lokal",
        en: "publishes children's books, literature and local history books",
        products: ["Buku cerita anak", "Novel", "Buku sejarah lokal"],
      },
      {
        head: "Pustaka",
        id: "menerbitkan dan menjual buku karya penulis lokal",
        en: "publishes and sells books by local writers",
        products: ["Buku puisi", "Kumpulan cerpen", "Zine"],
      },
      {
        head: "Percetakan",
        id: "mencetak buku, majalah, dan zine dalam jumlah kecil",
        en: "prints books, magazines and zines in small runs",
        products: ["Cetak buku", "Cetak majalah", "Cetak zine"],
      },
      {
        head: "Komik",
        id: "membuat dan menerbitkan komik cetak dan digital",
        en: "creates and publishes print and digital comics",
        products: ["Komik cetak", "Komik web", "Buku ilustrasi"],
      },
    ],
    studio: {
      heads: ["Penerbit Digital"],
      suffixes: ["Media", "Press"],
      id: "menerbitkan buku elektronik dan media daring",
      en: "publishes e-books and online media",
      products: ["Buku elektronik", "Portal berita komunitas", "Buku audio"],
    },
    communityTopics: ["Penulis", "Literasi", "Zine"],
    campus: {
      field: "Penerbitan",
      fieldIndonesian: "penerbitan dan jurnalistik",
      fieldEn: "publishing and journalism",
      studyPrograms: ["Penerbitan", "Jurnalistik", "Sastra Indonesia"],
    },
    tags: ["buku", "komik", "zine", "literasi"],
  },
  periklanan: {
    nameIndonesian: "periklanan",
    nameEn: "advertising",
    practitioners: { id: "pemasar dan kreator iklan", en: "marketers and ad creatives" },
    business: [
      {
        head: "Iklan",
        id: "merancang kampanye iklan cetak, luar ruang, dan digital",
        en: "plans print, outdoor and digital ad campaigns",
        products: ["Kampanye iklan", "Baliho", "Iklan digital"],
      },
      {
        head: "Reklame",
        id: "membuat dan memasang papan reklame dan neon box",
        en: "makes and installs billboards and light boxes",
        products: ["Papan reklame", "Neon box", "Spanduk"],
      },
      {
        head: "Media Promosi",
        id: "mengelola akun media sosial dan iklan digital untuk UMKM",
        en: "manages social-media accounts and digital ads for small businesses",
        products: ["Pengelolaan media sosial", "Iklan digital", "Konten promosi"],
      },
    ],
    studio: {
      heads: ["Agensi Digital"],
      suffixes: ["Agency", "Creative Agency", "Ads"],
      id: "merancang kampanye pemasaran digital untuk merek lokal",
      en: "plans digital marketing campaigns for local brands",
      products: ["Kampanye media sosial", "Iklan digital", "Manajemen influencer"],
    },
    communityTopics: ["Pemasar Digital", "Kreator Iklan"],
    campus: {
      field: "Periklanan",
      fieldIndonesian: "periklanan dan komunikasi pemasaran",
      fieldEn: "advertising and marketing communication",
      studyPrograms: ["Periklanan", "Ilmu Komunikasi", "Manajemen Pemasaran"],
    },
    tags: ["pemasaran digital", "kampanye", "reklame", "media sosial"],
  },
  "televisi-radio": {
    nameIndonesian: "televisi dan radio",
    nameEn: "television and radio",
    practitioners: { id: "penyiar dan pembuat siniar", en: "broadcasters and podcasters" },
    business: [
      {
        head: "Radio",
        id: "menyiarkan program musik dan informasi lokal secara daring",
        en: "broadcasts local music and information programmes online",
        products: ["Siaran radio daring", "Iklan radio", "Siniar"],
      },
      {
        head: "Siniar",
        id: "memproduksi siniar dan konten audio untuk merek",
        en: "produces podcasts and audio content for brands",
        products: ["Produksi siniar", "Sulih suara", "Jingle"],
      },
      {
        head: "Televisi",
        id: "memproduksi program televisi dan siaran langsung acara",
        en: "produces TV programmes and live event broadcasts",
        products: ["Program televisi", "Siaran langsung", "Liputan acara"],
      },
    ],
    studio: {
      heads: ["Studio Siniar"],
      suffixes: ["Podcast", "Audio Network"],
      id: "memproduksi siniar dan program video daring",
      en: "produces podcasts and online video programmes",
      products: ["Produksi siniar", "Program bincang daring"],
    },
    communityTopics: ["Penyiar", "Siniar"],
    campus: {
      field: "Penyiaran",
      fieldIndonesian: "penyiaran",
      fieldEn: "broadcasting",
      studyPrograms: ["Penyiaran", "Film dan Televisi", "Ilmu Komunikasi"],
    },
    tags: ["siniar", "radio daring", "siaran langsung"],
  },
  "seni-pertunjukan": {
    nameIndonesian: "seni pertunjukan",
    nameEn: "performing arts",
    practitioners: { id: "penari, aktor, dan pegiat teater", en: "dancers, actors and theatre makers" },
    business: [
      {
        head: "Sanggar Tari",
        id: "mengajar dan mementaskan tari tradisional, termasuk Tari Topeng Malangan",
        en: "teaches and performs traditional dance, including the Malangan mask dance",
        products: ["Kelas tari anak", "Pentas tari", "Sewa kostum tari"],
      },
      {
        head: "Teater",
        id: "mementaskan teater dan menerima pesanan pertunjukan acara",
        en: "stages theatre and takes bookings for event performances",
        products: ["Pentas teater", "Kelas akting", "Pertunjukan acara"],
      },
      {
        head: "Panggung",
        id: "menyelenggarakan pertunjukan dan menyewakan tata panggung",
        en: "organises performances and rents out staging",
        products: ["Sewa panggung", "Tata suara", "Penyelenggaraan pentas"],
      },
    ],
    studio: {
      heads: ["Studio Pertunjukan"],
      suffixes: ["Stage"],
      id: "mengembangkan tiket daring dan tata produksi pertunjukan",
      en: "develops online ticketing and show production",
      products: ["Tiket daring", "Tata produksi pentas"],
    },
    communityTopics: ["Teater", "Penari", "Tari Topeng"],
    campus: {
      field: "Seni Pertunjukan",
      fieldIndonesian: "seni pertunjukan",
      fieldEn: "performing arts",
      studyPrograms: ["Seni Tari", "Seni Teater", "Seni Karawitan"],
    },
    tags: ["tari", "teater", "wayang", "festival"],
  },
  "seni-rupa": {
    nameIndonesian: "seni rupa",
    nameEn: "fine arts",
    practitioners: { id: "perupa", en: "visual artists" },
    business: [
      {
        head: "Galeri",
        id: "memamerkan dan menjual lukisan serta karya perupa lokal",
        en: "exhibits and sells paintings and works by local artists",
        products: ["Lukisan", "Cetak grafis", "Pameran"],
      },
      {
        head: "Sanggar Lukis",
        id: "mengajar melukis dan menerima pesanan lukisan potret",
        en: "teaches painting and takes portrait commissions",
        products: ["Kelas melukis", "Lukisan potret", "Mural"],
      },
      {
        head: "Rupa",
        id: "membuat patung, mural, dan karya instalasi pesanan",
        en: "makes commissioned sculptures, murals and installations",
        products: ["Patung", "Mural", "Instalasi seni"],
      },
    ],
    studio: {
      heads: ["Studio Seni Digital"],
      suffixes: ["Art Lab"],
      id: "membuat karya seni digital dan instalasi interaktif",
      en: "creates digital art and interactive installations",
      products: ["Karya seni digital", "Instalasi interaktif"],
    },
    communityTopics: ["Perupa", "Seni Rupa", "Mural"],
    campus: {
      field: "Seni Rupa",
      fieldIndonesian: "seni rupa",
      fieldEn: "fine arts",
      studyPrograms: ["Seni Rupa Murni", "Pendidikan Seni Rupa", "Seni Media"],
    },
    tags: ["lukisan", "mural", "pameran", "seni instalasi"],
  },
};

// How many samples of each kind each subsector gets (the primary subsector). Key order is the order samples are
// dealt out in, round-robin, so the first creative businesses are a kuliner, a kriya and a fesyen one.
const PLAN: Record<Kind, Partial<Record<SubsectorSlug, number>>> = {
  CREATIVE_BUSINESS: {
    kuliner: 11,
    kriya: 9,
    fesyen: 9,
    arsitektur: 5,
    "desain-interior": 5,
    "desain-produk": 5,
    fotografi: 4,
    penerbitan: 4,
    "desain-komunikasi-visual": 3,
    musik: 3,
    "televisi-radio": 3,
    "seni-rupa": 3,
    "film-animasi-video": 2,
    periklanan: 2,
    "seni-pertunjukan": 2,
  },
  STARTUP_STUDIO: {
    aplikasi: 12,
    "pengembangan-gim": 8,
    "film-animasi-video": 7,
    "desain-komunikasi-visual": 5,
    fotografi: 3,
    musik: 3,
    periklanan: 3,
    "desain-produk": 2,
    "televisi-radio": 2,
    arsitektur: 1,
    "desain-interior": 1,
    kuliner: 1,
    fesyen: 1,
    penerbitan: 1,
  },
  COMMUNITY: {
    aplikasi: 2,
    "film-animasi-video": 2,
    musik: 2,
    arsitektur: 1,
    "desain-interior": 1,
    "desain-komunikasi-visual": 1,
    "desain-produk": 1,
    fotografi: 1,
    kriya: 1,
    kuliner: 1,
    fesyen: 1,
    "pengembangan-gim": 1,
    penerbitan: 1,
    periklanan: 1,
    "televisi-radio": 1,
    "seni-pertunjukan": 1,
    "seni-rupa": 1,
  },
  COWORKING: {
    aplikasi: 2,
    "desain-komunikasi-visual": 1,
    "film-animasi-video": 1,
    "pengembangan-gim": 1,
    fotografi: 1,
    "seni-rupa": 1,
    kriya: 1,
    "seni-pertunjukan": 1,
    penerbitan: 1,
  },
  CAMPUS: {
    aplikasi: 2,
    arsitektur: 1,
    "desain-komunikasi-visual": 1,
    "film-animasi-video": 1,
    kuliner: 1,
    fesyen: 1,
    musik: 1,
    "seni-rupa": 1,
    "seni-pertunjukan": 1,
  },
};

const KIND_ORDER: readonly Kind[] = ["CREATIVE_BUSINESS", "STARTUP_STUDIO", "COMMUNITY", "COWORKING", "CAMPUS"];

// Each sample sits on a real street of a real kelurahan of its kecamatan; its point is placed inside that
// kelurahan's boundary (data/malang/), so the address, the kelurahan and the map agree.
type Street = { street: string; kelurahan: string };

type Area = {
  name: string;
  streets: readonly Street[];
  neighbourhoods: readonly string[];
};

const AREAS: Record<Kecamatan, Area> = {
  KLOJEN: {
    name: "Klojen",
    streets: [
      { street: "Jl. Basuki Rahmat", kelurahan: "Kauman" },
      { street: "Jl. Ijen", kelurahan: "Gading Kasri" },
      { street: "Jl. Kawi", kelurahan: "Bareng" },
      { street: "Jl. Semeru", kelurahan: "Oro-oro Dowo" },
      { street: "Jl. Kahuripan", kelurahan: "Klojen" },
      { street: "Jl. Jaksa Agung Suprapto", kelurahan: "Rampalcelaket" },
      { street: "Jl. Bogor", kelurahan: "Penanggungan" },
      { street: "Jl. Laksamana Martadinata", kelurahan: "Sukoharjo" },
    ],
    neighbourhoods: ["Celaket", "Kayutangan", "Kauman", "Oro-Oro Dowo", "Bareng", "Rampal", "Kidul Dalem"],
  },
  BLIMBING: {
    name: "Blimbing",
    streets: [
      { street: "Jl. A. Yani Utara", kelurahan: "Purwodadi" },
      { street: "Jl. Letjen S. Parman", kelurahan: "Purwantoro" },
      { street: "Jl. Ciliwung", kelurahan: "Purwantoro" },
      { street: "Jl. Laksda Adi Sucipto", kelurahan: "Pandanwangi" },
      { street: "Jl. Raden Intan", kelurahan: "Arjosari" },
      { street: "Jl. Hamid Rusdi", kelurahan: "Bunulrejo" },
      { street: "Jl. Panglima Sudirman", kelurahan: "Kesatrian" },
    ],
    neighbourhoods: ["Purwantoro", "Bunulrejo", "Pandanwangi", "Arjosari", "Polehan", "Jodipan"],
  },
  LOWOKWARU: {
    name: "Lowokwaru",
    streets: [
      { street: "Jl. Soekarno-Hatta", kelurahan: "Jatimulyo" },
      { street: "Jl. MT Haryono", kelurahan: "Dinoyo" },
      { street: "Jl. Gajayana", kelurahan: "Dinoyo" },
      { street: "Jl. Veteran", kelurahan: "Ketawanggede" },
      { street: "Jl. Bendungan Sigura-gura", kelurahan: "Sumbersari" },
      { street: "Jl. Candi Panggung", kelurahan: "Mojolangu" },
      { street: "Jl. Tlogomas", kelurahan: "Tlogomas" },
      { street: "Jl. Mertojoyo", kelurahan: "Merjosari" },
    ],
    neighbourhoods: ["Dinoyo", "Tlogomas", "Sumbersari", "Ketawanggede", "Jatimulyo", "Merjosari"],
  },
  SUKUN: {
    name: "Sukun",
    streets: [
      { street: "Jl. S. Supriadi", kelurahan: "Sukun" },
      { street: "Jl. Janti Barat", kelurahan: "Bandungrejosari" },
      { street: "Jl. Raya Bandulan", kelurahan: "Bandulan" },
      { street: "Jl. Raya Tidar", kelurahan: "Karangbesuki" },
      { street: "Jl. Raya Langsep", kelurahan: "Pisangcandi" },
      { street: "Jl. Mergan Raya", kelurahan: "Tanjungrejo" },
      { street: "Jl. Kolonel Sugiono", kelurahan: "Ciptomulyo" },
    ],
    neighbourhoods: ["Bandulan", "Janti", "Gadang", "Ciptomulyo", "Pisang Candi", "Karangbesuki"],
  },
  KEDUNGKANDANG: {
    name: "Kedungkandang",
    streets: [
      { street: "Jl. Ki Ageng Gribig", kelurahan: "Kedungkandang" },
      { street: "Jl. Danau Toba", kelurahan: "Sawojajar" },
      { street: "Jl. Mayjen Sungkono", kelurahan: "Buring" },
      { street: "Jl. Muharto", kelurahan: "Kotalama" },
      { street: "Jl. Raya Madyopuro", kelurahan: "Madyopuro" },
      { street: "Jl. Raya Lesanpuro", kelurahan: "Lesanpuro" },
      { street: "Jl. Kyai Parseh Jaya", kelurahan: "Bumiayu" },
    ],
    neighbourhoods: ["Sawojajar", "Buring", "Madyopuro", "Cemorokandang", "Mergosono", "Lesanpuro"],
  },
};

const KECAMATAN_ORDER: readonly Kecamatan[] = ["BLIMBING", "KEDUNGKANDANG", "KLOJEN", "LOWOKWARU", "SUKUN"];

// Mountains, the river and landmarks everyone in Malang knows.
const CITY_WORDS = ["Tugu", "Ijen", "Arjuno", "Kawi", "Brantas", "Panderman", "Semeru", "Bromo", "Welirang", "Buring"];

const BUSINESS_SUFFIXES = [
  "Lestari",
  "Nusantara",
  "Jaya",
  "Mandiri",
  "Abadi",
  "Makmur",
  "Sejahtera",
  "Indah",
  "Kreatif",
  "Bersama",
];
const COMMUNITY_PREFIXES = ["Komunitas", "Kolektif", "Forum", "Klub", "Paguyuban"];
const COWORKING_PREFIXES = ["Ruang Kerja", "Coworking", "Hub Kreatif", "Rumah Kreatif", "Ruang Temu"];
const CAMPUS_PREFIXES = ["Akademi", "Politeknik", "Sekolah Tinggi", "Institut"];

const OPENING_HOURS = [
  "Senin–Sabtu 08.00–21.00",
  "Setiap hari 09.00–22.00",
  "Senin–Jumat 08.00–20.00",
  "Senin–Minggu 07.00–23.00",
];
const FACILITIES = [
  "Wi-Fi",
  "Ruang rapat",
  "Stopkontak di tiap meja",
  "Pantry",
  "Loker",
  "Ruang siniar",
  "Musala",
  "Area parkir",
  "Proyektor",
  "Studio foto mini",
];
const MEETING_SCHEDULES = [
  "Kopdar setiap Jumat malam",
  "Pertemuan bulanan setiap Sabtu pertama",
  "Diskusi daring setiap Rabu malam",
  "Kelas terbuka dua minggu sekali",
  "Kumpul rutin setiap Minggu sore",
];

const KIND_NOUN: Record<Kind, Activity> = {
  CREATIVE_BUSINESS: { id: "usaha", en: "business" },
  STARTUP_STUDIO: { id: "startup atau studio", en: "startup or studio" },
  COMMUNITY: { id: "komunitas", en: "community" },
  COWORKING: { id: "tempat", en: "venue" },
  CAMPUS: { id: "kampus", en: "campus" },
};

// Certification types that fit each subsector, for the samples that hold certifications.
const CERTIFICATION_POOLS: Partial<Record<SubsectorSlug, readonly string[]>> = {
  kuliner: ["spp-irt", "halal", "bpom", "merek"],
  kriya: ["merek", "desain-industri", "hak-cipta"],
  fesyen: ["merek", "desain-industri", "sni", "hak-cipta"],
  aplikasi: ["hak-cipta", "merek", "bnsp"],
  "pengembangan-gim": ["hak-cipta", "merek", "bnsp"],
  "desain-produk": ["desain-industri", "merek", "sni"],
  musik: ["hak-cipta", "merek"],
};

// Validity in years; types that do not expire are absent.
const VALIDITY_YEARS: Record<string, number> = {
  merek: 10,
  "desain-industri": 10,
  "spp-irt": 5,
  bpom: 5,
  sni: 4,
  bnsp: 3,
};

// CERTIFIED certificates of an expiring type, in order, get these past expiry dates first.
const EXPIRED_ON = ["2025-03-31", "2026-01-15"];

const STATUS_CYCLE: readonly CertificationStatus[] = [
  "CERTIFIED",
  "CERTIFIED",
  "APPLIED",
  "CERTIFIED",
  "IN_REVIEW",
  "CERTIFIED",
  "REJECTED",
  "CERTIFIED",
  "REVOKED",
  "CERTIFIED",
  "IN_REVIEW",
  "APPLIED",
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * An address on the street and a point inside its kelurahan: the kelurahan's interior point moved by up to about
 * 300 m (dx, dy in -1..1), halved until it is still inside the boundary.
 */
const interiorPoints = new Map<string, readonly [number, number]>();

function placeOnStreet({ street, kelurahan }: Street, number: number, dx: number, dy: number) {
  const area = getMalangAreas().kelurahan.find((candidate) => candidate.name === kelurahan);
  if (!area) throw new Error(`Sample street in an unknown kelurahan "${kelurahan}"`);
  const [lng, lat] = interiorPoints.get(kelurahan) ?? interiorPointOf(area.polygons);
  interiorPoints.set(kelurahan, [lng, lat]);
  let scale = 0.003;
  while (scale > 0.0001 && !isInMultiPolygon(lng + dx * scale, lat + dy * scale, area.polygons)) scale /= 2;
  if (!isInMultiPolygon(lng + dx * scale, lat + dy * scale, area.polygons)) scale = 0;
  const longitude = round6(lng + dx * scale);
  const latitude = round6(lat + dy * scale);
  if (!isInMultiPolygon(longitude, latitude, area.polygons)) throw new Error(`No sample point inside ${kelurahan}`);
  return { address: `${street} No. ${number}, ${kelurahan}`, latitude, longitude };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "An" : "A";
}

function addYears(isoDate: string, years: number, days = 0): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Deals out counts round-robin in key order: { a: 2, b: 1 } gives a, b, a. */
function dealRoundRobin(counts: Partial<Record<SubsectorSlug, number>>): SubsectorSlug[] {
  const remaining = new Map<SubsectorSlug, number>();
  for (const slug of SUBSECTOR_SLUGS) remaining.set(slug, 0);
  const order = Object.keys(counts).filter((key): key is SubsectorSlug => remaining.has(key as SubsectorSlug));
  for (const slug of order) remaining.set(slug, counts[slug] ?? 0);
  const dealt: SubsectorSlug[] = [];
  let left = order.reduce((sum, slug) => sum + (remaining.get(slug) ?? 0), 0);
  while (left > 0) {
    for (const slug of order) {
      const count = remaining.get(slug) ?? 0;
      if (count > 0) {
        dealt.push(slug);
        remaining.set(slug, count - 1);
        left -= 1;
      }
    }
  }
  return dealt;
}

export function buildSampleListings(): ListingSeed[] {
  const random = mulberry32(SEED);

  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const chance = (probability: number): boolean => random() < probability;
  function pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("pick() needs a non-empty list");
    return item;
  }
  function shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const a = copy[i];
      const b = copy[j];
      if (a === undefined || b === undefined) throw new Error("shuffle() index out of range");
      copy[i] = b;
      copy[j] = a;
    }
    return copy;
  }
  const pickSome = <T>(items: readonly T[], min: number, max: number): T[] =>
    shuffle(items).slice(0, Math.min(items.length, int(min, max)));
  const digits = (count: number): string => Array.from({ length: count }, () => String(int(0, 9))).join("");
  const randomDate = (from: string, to: string): string => {
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
  };

  const plan: { kind: Kind; subsector: SubsectorSlug }[] = KIND_ORDER.flatMap((kind) =>
    dealRoundRobin(PLAN[kind]).map((subsector) => ({ kind, subsector })),
  );
  // An even spread over the five kecamatan, in random order.
  const kecamatanFor = shuffle(plan.map((_, index) => KECAMATAN_ORDER[index % KECAMATAN_ORDER.length] ?? "KLOJEN"));

  const usedSlugs = new Set<string>();

  function placeWord(area: Area): string {
    return chance(0.5) ? pick(CITY_WORDS) : pick(area.neighbourhoods);
  }

  function makeName(kind: Kind, vocab: Vocab, area: Area, line: BusinessLine): string {
    switch (kind) {
      case "CREATIVE_BUSINESS":
        return chance(0.75)
          ? `${line.head} ${placeWord(area)} ${pick(BUSINESS_SUFFIXES)}`
          : `${line.head} ${placeWord(area)}`;
      case "STARTUP_STUDIO":
        return chance(0.5)
          ? `${pick(vocab.studio.heads)} ${placeWord(area)}`
          : `${placeWord(area)} ${pick(vocab.studio.suffixes)}`;
      case "COMMUNITY":
        return `${pick(COMMUNITY_PREFIXES)} ${pick(vocab.communityTopics)} ${placeWord(area)}`;
      case "COWORKING":
        return `${pick(COWORKING_PREFIXES)} ${placeWord(area)}`;
      case "CAMPUS":
        return `${pick(CAMPUS_PREFIXES)} ${vocab.campus.field} ${placeWord(area)}`;
    }
  }

  function uniqueName(kind: Kind, vocab: Vocab, area: Area, line: BusinessLine): { name: string; slug: string } {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const name = makeName(kind, vocab, area, line);
      const slug = `${slugify(name)}-contoh`;
      if (!usedSlugs.has(slug)) {
        usedSlugs.add(slug);
        return { name, slug };
      }
    }
    throw new Error(`Could not find a unique sample name for ${kind} ${vocab.nameIndonesian}`);
  }

  function describeListing(kind: Kind, vocab: Vocab, name: string, areaName: string, line: BusinessLine) {
    const studioLabel =
      vocab === VOCAB.aplikasi
        ? { id: "Startup digital", en: "A digital startup" }
        : vocab === VOCAB["pengembangan-gim"]
          ? { id: "Studio gim", en: "A game studio" }
          : { id: "Studio kreatif", en: "A creative studio" };
    switch (kind) {
      case "CREATIVE_BUSINESS":
        return {
          summaryIndonesian: `Usaha ${vocab.nameIndonesian} di ${areaName} yang ${line.id}.`,
          summaryEn: `${article(vocab.nameEn)} ${vocab.nameEn} business in ${areaName} that ${line.en}.`,
          firstIndonesian: `${name} ${line.id} untuk pelanggan di Kota Malang dan sekitarnya.`,
          firstEn: `${name} ${line.en} for customers in Kota Malang and beyond.`,
        };
      case "STARTUP_STUDIO":
        return {
          summaryIndonesian: `${studioLabel.id} di ${areaName} yang ${vocab.studio.id}.`,
          summaryEn: `${studioLabel.en} in ${areaName} that ${vocab.studio.en}.`,
          firstIndonesian: `${name} ${vocab.studio.id} bagi klien di Malang dan kota lain.`,
          firstEn: `${name} ${vocab.studio.en} for clients in Malang and other cities.`,
        };
      case "COMMUNITY":
        return {
          summaryIndonesian: `Komunitas di ${areaName} yang mempertemukan ${vocab.practitioners.id}.`,
          summaryEn: `A community in ${areaName} that brings together ${vocab.practitioners.en}.`,
          firstIndonesian: `${name} mempertemukan ${vocab.practitioners.id} untuk berbagi ilmu, berjejaring, dan berkarya.`,
          firstEn: `${name} brings together ${vocab.practitioners.en} to share skills, network and create.`,
        };
      case "COWORKING":
        return {
          summaryIndonesian: `Ruang kerja bersama di ${areaName} yang ramah bagi ${vocab.practitioners.id}.`,
          summaryEn: `A coworking space in ${areaName} that welcomes ${vocab.practitioners.en}.`,
          firstIndonesian: `${name} menyediakan meja kerja, ruang rapat, dan internet bagi ${vocab.practitioners.id}.`,
          firstEn: `${name} offers desks, meeting rooms and internet access for ${vocab.practitioners.en}.`,
        };
      case "CAMPUS":
        return {
          summaryIndonesian: `Kampus di ${areaName} dengan program studi di bidang ${vocab.campus.fieldIndonesian}.`,
          summaryEn: `A campus in ${areaName} offering study programmes in ${vocab.campus.fieldEn}.`,
          firstIndonesian: `${name} menyelenggarakan pendidikan di bidang ${vocab.campus.fieldIndonesian}.`,
          firstEn: `${name} provides education in ${vocab.campus.fieldEn}.`,
        };
    }
  }

  function factsFor(kind: Kind, vocab: Vocab, line: BusinessLine): Record<string, unknown> {
    switch (kind) {
      case "CREATIVE_BUSINESS":
        return { products: pickSome(line.products, 1, 3) };
      case "STARTUP_STUDIO":
        return { teamSize: int(2, 40), products: pickSome(vocab.studio.products, 1, 2) };
      case "COMMUNITY":
        return { memberCount: int(15, 600), meetingSchedule: pick(MEETING_SCHEDULES) };
      case "COWORKING":
        return {
          capacity: int(4, 30) * 5,
          openingHours: pick(OPENING_HOURS),
          facilities: ["Wi-Fi", ...pickSome(FACILITIES.slice(1), 2, 4)],
        };
      case "CAMPUS":
        return { studyPrograms: pickSome(vocab.campus.studyPrograms, 2, 4) };
    }
  }

  const MICRO_WORKFORCE: readonly NonNullable<Monitoring["workforceBand"]>[] = ["W1_4", "W1_4", "W5_19"];

  function monitoringFor(): Monitoring {
    const roll = random();
    const businessScale = roll < 0.6 ? "MIKRO" : roll < 0.9 ? "KECIL" : "MENENGAH";
    return {
      nib: `9${digits(12)}`,
      businessScale,
      workforceBand: businessScale === "MIKRO" ? pick(MICRO_WORKFORCE) : businessScale === "KECIL" ? "W5_19" : "W20_99",
      turnoverBand: businessScale === "MIKRO" && chance(0.8) ? "UP_TO_300M" : "FROM_300M_TO_2_5B",
    };
  }

  function certificateNumber(type: string, issuedOn: string): string {
    const year = issuedOn.slice(0, 4);
    switch (type) {
      case "merek":
        return `IDM000${digits(6)}`;
      case "hak-cipta":
        return `EC00${year}${digits(5)}`;
      case "desain-industri":
        return `IDD000${digits(6)}`;
      case "halal":
        return `ID3573${digits(13)}`;
      case "spp-irt":
        return `P-IRT ${int(1, 9)}${pad(int(1, 16), 2)}3573${digits(6)}-${pad((Number(year) + 5) % 100, 2)}`;
      case "bpom":
        return `BPOM RI MD ${digits(12)}`;
      case "sni":
        return `${digits(4)}/LSPro/SPPT-SNI/${year}`;
      default:
        return `BNSP ${digits(5)} ${digits(4)} ${digits(7)} ${year}`;
    }
  }

  function addCertifications(all: ListingSeed[]): void {
    const focus = new Set<string>(["kuliner", "kriya", "fesyen", "aplikasi"]);
    const businesses = all.filter((l) => l.kind === "CREATIVE_BUSINESS" || l.kind === "STARTUP_STUDIO");
    const focusHolders = businesses.filter((l) => focus.has(l.primarySubsector)).filter((_, i) => i % 2 === 0);
    const otherHolders = ["desain-produk", "pengembangan-gim", "musik"].flatMap((slug) =>
      businesses.filter((l) => l.primarySubsector === slug).slice(0, 1),
    );
    const expiredDates = [...EXPIRED_ON];
    let statusIndex = 0;

    for (const listing of [...focusHolders, ...otherHolders]) {
      const pool = CERTIFICATION_POOLS[listing.primarySubsector as SubsectorSlug] ?? ["merek"];
      const types = pickSome(pool, 1, 2);
      listing.certifications = types.map((type): Certification => {
        const status = STATUS_CYCLE[statusIndex % STATUS_CYCLE.length] ?? "APPLIED";
        statusIndex += 1;
        const validity = VALIDITY_YEARS[type];
        if (status === "APPLIED" || status === "IN_REVIEW" || status === "REJECTED") return { type, status };
        if (status === "CERTIFIED" && validity !== undefined && expiredDates.length > 0) {
          const expiresOn = expiredDates.shift() ?? "2025-03-31";
          const issuedOn = addYears(expiresOn, -validity, 1);
          return { type, status, number: certificateNumber(type, issuedOn), issuedOn, expiresOn };
        }
        // Certified (or later revoked): issued recently enough that the certificate has not yet run out.
        const earliest = validity === undefined ? "2019-01-01" : addYears(TODAY, -validity, 30);
        const issuedOn = randomDate(earliest > "2019-01-01" ? earliest : "2019-01-01", "2026-10-01");
        const expiresOn = validity === undefined ? undefined : addYears(issuedOn, validity, -1);
        return {
          type,
          status,
          number: certificateNumber(type, issuedOn),
          issuedOn,
          ...(expiresOn ? { expiresOn } : {}),
        };
      });
    }
  }

  const listings: ListingSeed[] = plan.map(({ kind, subsector }, index) => {
    const vocab = VOCAB[subsector];
    const kecamatan = kecamatanFor[index] ?? "KLOJEN";
    const area = AREAS[kecamatan];
    const line = pick(vocab.business);
    const { name, slug } = uniqueName(kind, vocab, area, line);
    const text = describeListing(kind, vocab, name, area.name, line);
    const number = index + 1;
    const compactSlug = slug.replace(/-/g, "");
    const socialLinks: SocialLinkSeed[] = chance(0.5)
      ? [{ network: "instagram", url: `https://instagram.com/${compactSlug}` }]
      : [];
    const others = SUBSECTOR_SLUGS.filter((other) => other !== subsector);
    const tags = pickSome(kind === "CREATIVE_BUSINESS" ? (line.tags ?? vocab.tags) : vocab.tags, 1, 3);
    const sampleNote = {
      id: `Profil ini adalah data contoh untuk demonstrasi portal, bukan ${KIND_NOUN[kind].id} sungguhan.`,
      en: `This profile is sample data for demonstrating the portal, not a real ${KIND_NOUN[kind].en}.`,
    };

    const listing: ListingSeed = {
      slug,
      kind,
      nameIndonesian: name,
      summaryIndonesian: text.summaryIndonesian,
      summaryEn: text.summaryEn,
      descriptionIndonesian: `${text.firstIndonesian} ${sampleNote.id}`,
      descriptionEn: `${text.firstEn} ${sampleNote.en}`,
      primarySubsector: subsector,
      otherSubsectors: pickSome(others, 0, 2),
      kecamatan,
      ...placeOnStreet(pick(area.streets), int(1, 180), random() * 2 - 1, random() * 2 - 1),
      phone: `+62 812-0000-${pad(number, 4)}`,
      whatsappNumber: `628120000${pad(number, 4)}`,
      email: `halo@${slug}.contoh.id`,
      ...(chance(0.5) ? { websiteUrl: `https://${slug}.contoh.id` } : {}),
      ...(socialLinks.length > 0 ? { socialLinks } : {}),
      foundedYear: int(2005, 2024),
      tags,
      facts: factsFor(kind, vocab, line),
      isSample: true,
      // Most were checked within the last year; about a third are older and show as due for re-verification.
      lastVerifiedAt: chance(0.65) ? randomDate("2025-11-25", "2026-11-01") : randomDate("2024-06-01", "2025-11-24"),
    };
    if (kind === "CREATIVE_BUSINESS" || kind === "STARTUP_STUDIO") listing.monitoring = monitoringFor();
    return listing;
  });

  addCertifications(listings);
  return listings;
}
