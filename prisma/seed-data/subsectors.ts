import type { SubsectorSeed } from "./types";

// The 17 creative-economy subsectors, in the order used nationally. Descriptions are general explanations for
// residents; they make no claims about particular businesses.
export const subsectors: SubsectorSeed[] = [
  {
    slug: "arsitektur",
    nameIndonesian: "Arsitektur",
    nameEn: "Architecture",
    descriptionIndonesian:
      "Arsitektur mencakup perancangan bangunan dan lingkungan binaan, mulai dari rumah tinggal, toko, hingga ruang " +
      "publik. Termasuk di dalamnya biro arsitek, konsultan perencanaan, serta jasa gambar kerja dan visualisasi " +
      "bangunan.",
    descriptionEn:
      "Architecture covers the design of buildings and the built environment, from homes and shops to public " +
      "spaces. It includes architecture firms, planning consultants, and services for technical drawings and " +
      "building visualisation.",
  },
  {
    slug: "desain-interior",
    nameIndonesian: "Desain Interior",
    nameEn: "Interior Design",
    descriptionIndonesian:
      "Desain interior menata ruang dalam bangunan agar nyaman, berguna, dan indah, misalnya rumah, kantor, kafe, " +
      "atau toko. Pelakunya antara lain studio desain interior, jasa perancangan dan pengerjaan interior, serta " +
      "perancang furnitur pesanan.",
    descriptionEn:
      "Interior design arranges the inside of buildings so they are comfortable, useful and attractive, such as " +
      "homes, offices, cafés or shops. It includes interior design studios, design-and-fit-out services and makers " +
      "of custom furniture.",
  },
  {
    slug: "desain-komunikasi-visual",
    nameIndonesian: "Desain Komunikasi Visual",
    nameEn: "Visual Communication Design",
    descriptionIndonesian:
      "Desain komunikasi visual menyampaikan pesan lewat gambar, huruf, dan warna, seperti logo, identitas merek, " +
      "kemasan, poster, dan tampilan media sosial. Pelakunya meliputi studio desain grafis, ilustrator, dan desainer " +
      "lepas.",
    descriptionEn:
      "Visual communication design conveys messages through images, type and colour, such as logos, brand " +
      "identities, packaging, posters and social-media visuals. It includes graphic design studios, illustrators " +
      "and freelance designers.",
  },
  {
    slug: "desain-produk",
    nameIndonesian: "Desain Produk",
    nameEn: "Product Design",
    descriptionIndonesian:
      "Desain produk merancang bentuk dan fungsi barang yang diproduksi, misalnya perabot, peralatan rumah tangga, " +
      "kemasan, atau aksesori. Subsektor ini mencakup studio desain produk dan usaha yang mengembangkan purwarupa " +
      "sebelum barang dibuat dalam jumlah banyak.",
    descriptionEn:
      "Product design shapes the form and function of manufactured goods, such as furniture, household items, " +
      "packaging or accessories. It covers product design studios and businesses that develop prototypes before " +
      "goods are made in quantity.",
  },
  {
    slug: "film-animasi-video",
    nameIndonesian: "Film, Animasi, dan Video",
    nameEn: "Film, Animation and Video",
    descriptionIndonesian:
      "Subsektor ini mencakup produksi film, animasi, dan video, dari film pendek dan dokumenter hingga video " +
      "promosi dan konten daring. Pelakunya meliputi rumah produksi, studio animasi, videografer, dan penyunting " +
      "video. Bidang ini dekat dengan seni media, unggulan Kota Malang yang ditetapkan sebagai Kota Kreatif UNESCO " +
      "bidang Seni Media pada 31 Oktober 2025.",
    descriptionEn:
      "This subsector covers the production of film, animation and video, from short films and documentaries to " +
      "promotional videos and online content. It includes production houses, animation studios, videographers and " +
      "video editors. It is closely linked to media arts, Malang's flagship field, for which the city was " +
      "designated a UNESCO Creative City of Media Arts on 31 October 2025.",
  },
  {
    slug: "fotografi",
    nameIndonesian: "Fotografi",
    nameEn: "Photography",
    descriptionIndonesian:
      "Fotografi mencakup jasa pemotretan dan pengolahan foto, seperti foto produk, pernikahan, jurnalistik, dan " +
      "potret. Termasuk di dalamnya studio foto, fotografer lepas, serta jasa penyuntingan dan cetak foto.",
    descriptionEn:
      "Photography covers photo shoots and image processing, such as product, wedding, press and portrait " +
      "photography. It includes photo studios, freelance photographers, and photo editing and printing services.",
  },
  {
    slug: "kriya",
    nameIndonesian: "Kriya",
    nameEn: "Crafts",
    descriptionIndonesian:
      "Kriya adalah karya kerajinan tangan yang memadukan keterampilan dan nilai seni, misalnya batik, keramik, " +
      "anyaman, ukiran kayu, topeng, dan kerajinan kulit. Pelakunya umumnya perajin dan usaha kecil yang membuat " +
      "serta menjual barang kerajinan.",
    descriptionEn:
      "Crafts are handmade works that combine skill and artistic value, such as batik, ceramics, weaving, wood " +
      "carving, masks and leather goods. Most of the work is done by artisans and small businesses that make and " +
      "sell crafted goods.",
  },
  {
    slug: "kuliner",
    nameIndonesian: "Kuliner",
    nameEn: "Culinary",
    descriptionIndonesian:
      "Kuliner kreatif mencakup pengolahan dan penyajian makanan serta minuman yang memiliki nilai tambah dari " +
      "resep, rasa, kemasan, atau cerita, misalnya kedai kopi, oleh-oleh khas, dan kue. Pelakunya meliputi usaha " +
      "rumahan, kafe, restoran, dan produsen makanan kemasan.",
    descriptionEn:
      "Creative culinary covers preparing and serving food and drink that gains value from its recipe, taste, " +
      "packaging or story, such as coffee shops, local souvenir foods and cakes. It includes home businesses, " +
      "cafés, restaurants and packaged-food producers.",
  },
  {
    slug: "musik",
    nameIndonesian: "Musik",
    nameEn: "Music",
    descriptionIndonesian:
      "Subsektor musik mencakup penciptaan, pertunjukan, perekaman, dan distribusi musik. Termasuk di dalamnya " +
      "musisi, band, komposer, studio rekaman, label independen, dan penyelenggara pertunjukan musik.",
    descriptionEn:
      "The music subsector covers writing, performing, recording and distributing music. It includes musicians, " +
      "bands, composers, recording studios, independent labels and concert organisers.",
  },
  {
    slug: "fesyen",
    nameIndonesian: "Fesyen",
    nameEn: "Fashion",
    descriptionIndonesian:
      "Fesyen mencakup perancangan dan produksi pakaian, alas kaki, dan aksesori, termasuk busana yang memakai " +
      "kain tradisional seperti batik. Pelakunya meliputi perancang busana, merek pakaian lokal, penjahit, dan " +
      "konveksi.",
    descriptionEn:
      "Fashion covers the design and production of clothing, footwear and accessories, including garments made " +
      "with traditional fabrics such as batik. It includes fashion designers, local clothing brands, tailors and " +
      "garment makers.",
  },
  {
    slug: "aplikasi",
    nameIndonesian: "Aplikasi",
    nameEn: "Applications",
    descriptionIndonesian:
      "Subsektor aplikasi mencakup pengembangan perangkat lunak, aplikasi seluler, situs web, dan layanan digital. " +
      "Pelakunya meliputi perusahaan rintisan (startup), software house, dan pengembang lepas. Pemerintah Kota " +
      "Malang menyebut aplikasi dan gim sebagai layanan kreatif terkuat kota ini.",
    descriptionEn:
      "The applications subsector covers software, mobile apps, websites and digital services. It includes " +
      "startups, software houses and freelance developers. The Malang city government names apps and games as the " +
      "city's strongest creative services.",
  },
  {
    slug: "pengembangan-gim",
    nameIndonesian: "Pengembangan Gim",
    nameEn: "Game Development",
    descriptionIndonesian:
      "Pengembangan gim mencakup perancangan dan pembuatan permainan digital untuk ponsel, komputer, dan konsol, " +
      "termasuk gim edukasi. Pelakunya meliputi studio gim, pemrogram, perancang gim, serta seniman grafis dan " +
      "audio. Bersama aplikasi, gim disebut Pemerintah Kota Malang sebagai layanan kreatif terkuat kota ini.",
    descriptionEn:
      "Game development covers designing and building digital games for phones, computers and consoles, including " +
      "educational games. It includes game studios, programmers, game designers, and graphic and audio artists. " +
      "Together with apps, the Malang city government names games as the city's strongest creative services.",
  },
  {
    slug: "penerbitan",
    nameIndonesian: "Penerbitan",
    nameEn: "Publishing",
    descriptionIndonesian:
      "Penerbitan mencakup penyusunan, penyuntingan, dan penerbitan karya tulis dalam bentuk cetak maupun digital, " +
      "seperti buku, majalah, komik, dan media daring. Pelakunya meliputi penerbit, penulis, penyunting, dan " +
      "percetakan.",
    descriptionEn:
      "Publishing covers writing, editing and publishing written works in print or digital form, such as books, " +
      "magazines, comics and online media. It includes publishers, writers, editors and printers.",
  },
  {
    slug: "periklanan",
    nameIndonesian: "Periklanan",
    nameEn: "Advertising",
    descriptionIndonesian:
      "Periklanan mencakup perencanaan dan pembuatan pesan promosi untuk produk, layanan, atau kegiatan, baik di " +
      "media cetak, luar ruang, maupun digital. Pelakunya meliputi agensi iklan, agensi pemasaran digital, dan " +
      "pengelola media sosial.",
    descriptionEn:
      "Advertising covers planning and creating promotional messages for products, services or events in print, " +
      "outdoor and digital media. It includes advertising agencies, digital marketing agencies and social-media " +
      "managers.",
  },
  {
    slug: "televisi-radio",
    nameIndonesian: "Televisi dan Radio",
    nameEn: "Television and Radio",
    descriptionIndonesian:
      "Subsektor ini mencakup pembuatan dan penyiaran program televisi dan radio, termasuk siaran daring dan " +
      "siniar (podcast). Pelakunya meliputi stasiun televisi dan radio lokal, rumah produksi program, dan pembuat " +
      "konten audio.",
    descriptionEn:
      "This subsector covers making and broadcasting television and radio programmes, including online streams and " +
      "podcasts. It includes local TV and radio stations, programme production houses and audio content creators.",
  },
  {
    slug: "seni-pertunjukan",
    nameIndonesian: "Seni Pertunjukan",
    nameEn: "Performing Arts",
    descriptionIndonesian:
      "Seni pertunjukan mencakup karya yang dipentaskan langsung, seperti tari, teater, wayang, dan pertunjukan " +
      "tradisional maupun kontemporer. Pelakunya meliputi sanggar, kelompok teater, penari, serta penyelenggara " +
      "pertunjukan dan festival.",
    descriptionEn:
      "Performing arts cover works presented live, such as dance, theatre, puppetry and traditional or " +
      "contemporary performances. It includes arts studios (sanggar), theatre groups, dancers, and organisers of " +
      "performances and festivals.",
  },
  {
    slug: "seni-rupa",
    nameIndonesian: "Seni Rupa",
    nameEn: "Fine Arts",
    descriptionIndonesian:
      "Seni rupa mencakup karya visual seperti lukisan, patung, grafis, instalasi, dan mural. Pelakunya meliputi " +
      "perupa, galeri, ruang seni, dan kurator yang memamerkan serta memasarkan karya seni.",
    descriptionEn:
      "Fine arts cover visual works such as painting, sculpture, printmaking, installations and murals. It " +
      "includes artists, galleries, art spaces and curators who exhibit and sell artworks.",
  },
];
