// The security headers of every answer (docs/decisions/006). next.config.ts sets them on what Next answers; the
// production server's request guard (request-guard.mjs) sets them on what it refuses before Next sees it.
// Plain JavaScript so both the config and the production server can import it without a TypeScript loader.

// Scripts: Next streams each page's data as inline <script> elements, and public pages are static (cached) so a
// per-request nonce is impossible without making them dynamic; 'unsafe-inline' stays for scripts, and the rest
// is locked down. Stored input can never become markup (React escapes text; links pass toHttpUrl), which is what
// keeps XSS out (docs/decisions/006). Map tiles come from a server configured at run time, hence https: images.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Uploaded files (/api/files/<id>) keep this policy of their own instead of the pages' one. */
export const fileContentSecurityPolicy = "default-src 'none'; sandbox";

/** Every header but the Content-Security-Policy, which depends on the path (pages or uploaded files). */
export const baseSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers honour HSTS only over HTTPS, so it is harmless on a local http:// demo.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  ...baseSecurityHeaders,
];
