import type {
  BusinessScale,
  CertificationStatus,
  FigureQualifier,
  Kecamatan,
  ListingKind,
  TurnoverBand,
  WorkforceBand,
} from "../../lib/generated/prisma/enums";

export type SubsectorSeed = {
  slug: string;
  nameIndonesian: string;
  nameEn: string;
  descriptionIndonesian: string;
  descriptionEn: string;
};

export type CertificationTypeSeed = {
  slug: string;
  nameIndonesian: string;
  nameEn: string;
  issuingBody: string;
  doesExpire: boolean;
  registryUrl: string | null;
};

export type FigureSeed = {
  key: string;
  labelIndonesian: string;
  labelEn: string;
  qualifier: FigureQualifier;
  valueMin: number;
  valueMax?: number;
  unit: string;
  noteIndonesian?: string;
  noteEn?: string;
  periodLabelIndonesian: string;
  periodLabelEn?: string;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string; // YYYY-MM-DD
  sourceName: string;
  sourceUrl?: string;
  methodIndonesian?: string;
  methodEn?: string;
  publishedOn?: string; // YYYY-MM-DD
  isHeadline: boolean;
};

export type SocialLinkSeed = {
  network: "instagram" | "facebook" | "tiktok" | "youtube" | "linkedin" | "x";
  url: string;
};

export type ListingSeed = {
  slug: string;
  kind: ListingKind;
  nameIndonesian: string;
  nameEn?: string;
  summaryIndonesian: string;
  summaryEn?: string;
  descriptionIndonesian?: string;
  descriptionEn?: string;
  primarySubsector: string; // subsector slug
  otherSubsectors?: string[];
  kecamatan?: Kecamatan;
  address?: string;
  latitude?: number;
  longitude?: number;
  websiteUrl?: string;
  email?: string;
  phone?: string;
  whatsappNumber?: string;
  socialLinks?: SocialLinkSeed[];
  foundedYear?: number;
  tags?: string[];
  facts?: Record<string, unknown>;
  isSample: boolean;
  sourceName?: string;
  sourceUrl?: string;
  lastVerifiedAt?: string; // ISO date
  monitoring?: {
    nib?: string;
    businessScale?: BusinessScale;
    workforceBand?: WorkforceBand;
    turnoverBand?: TurnoverBand;
  };
  certifications?: {
    type: string; // certification type slug
    number?: string;
    status: CertificationStatus;
    issuedOn?: string;
    expiresOn?: string;
  }[];
};
