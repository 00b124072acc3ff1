import "server-only";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

export const TOTP_ISSUER = "Portal Ekraf Kota Malang";

// otplib's defaults (SHA-1, 6 digits, 30-second steps) are what authenticator apps expect. A code from the step
// just before or after the current one is accepted too (±30 s), for clocks and typing that lag a little.
const EPOCH_TOLERANCE_SECONDS = 30;

/** A new random Base32 secret (20 bytes, the RFC 4226 recommendation). */
export function generateTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function buildTotpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountEmail, secret });
}

/** The enrolment QR code as an SVG document. */
export function renderTotpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", width: 208, margin: 2, errorCorrectionLevel: "M" });
}

/** True when `code` is the secret's code now, or in the step just before or after. */
export async function verifyTotpCode(secret: string, code: string, now: Date = new Date()): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
    });
    return result.valid;
  } catch {
    // A malformed stored secret is a refusal, not a crash of the sign-in.
    return false;
  }
}
