import type { CertificationTypeSeed } from "./types";

const PDKI_URL = "https://pdki-indonesia.dgip.go.id";
const DJKI = "DJKI Kementerian Hukum";

export const certificationTypes: CertificationTypeSeed[] = [
  {
    slug: "merek",
    nameIndonesian: "Merek",
    nameEn: "Trademark",
    issuingBody: DJKI,
    doesExpire: true,
    registryUrl: PDKI_URL,
  },
  {
    slug: "hak-cipta",
    nameIndonesian: "Hak Cipta",
    nameEn: "Copyright",
    issuingBody: DJKI,
    doesExpire: false,
    registryUrl: PDKI_URL,
  },
  {
    slug: "desain-industri",
    nameIndonesian: "Desain Industri",
    nameEn: "Industrial Design",
    issuingBody: DJKI,
    doesExpire: true,
    registryUrl: PDKI_URL,
  },
  {
    slug: "halal",
    nameIndonesian: "Sertifikat Halal",
    nameEn: "Halal Certificate",
    issuingBody: "BPJPH Kementerian Agama",
    doesExpire: false,
    registryUrl: "https://bpjph.halal.go.id/search/sertifikat",
  },
  {
    slug: "spp-irt",
    nameIndonesian: "SPP-IRT",
    nameEn: "Home-Industry Food Permit (SPP-IRT)",
    issuingBody: "Pemerintah Kota (melalui OSS)",
    doesExpire: true,
    registryUrl: null,
  },
  {
    slug: "bpom",
    nameIndonesian: "Nomor Izin Edar BPOM",
    nameEn: "BPOM Registration",
    issuingBody: "Badan POM",
    doesExpire: true,
    registryUrl: "https://cekbpom.pom.go.id",
  },
  {
    slug: "sni",
    nameIndonesian: "Sertifikat SNI",
    nameEn: "SNI Certificate",
    issuingBody: "BSN (melalui LSPro terakreditasi KAN)",
    doesExpire: true,
    registryUrl: null,
  },
  {
    slug: "bnsp",
    nameIndonesian: "Sertifikat Kompetensi BNSP",
    nameEn: "BNSP Competency Certificate",
    issuingBody: "BNSP melalui LSP",
    doesExpire: true,
    registryUrl: "https://bnsp.go.id",
  },
];
