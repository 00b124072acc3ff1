// Types for security-headers.mjs (plain JavaScript: the production server imports it without a TypeScript loader).
export type HeaderEntry = { key: string; value: string };
export const contentSecurityPolicy: string;
export const fileContentSecurityPolicy: string;
export const baseSecurityHeaders: HeaderEntry[];
export const securityHeaders: HeaderEntry[];
