import "server-only";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { prisma } from "@/lib/db/client";

export const TOTP_ISSUER = "Portal Ekraf Kota Malang";

// otplib's defaults (SHA-1, 6 digits, 30-second steps) are what authenticator apps expect. A code from the step
// just before or after the current one is accepted too (±30 s), for clocks and typing that lag a little.
const EPOCH_TOLERANCE_SECONDS = 30;
const TIME_STEP_SECONDS = 30;

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

/**
 * The 30-second time step `code` belongs to when it is the secret's code now or in the step just before or after,
 * otherwise null. The caller records the step so the same code is never accepted twice (`claimTotpTimeStep`).
 */
export async function verifyTotpCode(secret: string, code: string, now: Date = new Date()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  try {
    const result = await verify({ secret, token: code, epoch, epochTolerance: EPOCH_TOLERANCE_SECONDS });
    return result.valid ? Math.floor(epoch / TIME_STEP_SECONDS) + result.delta : null;
  } catch {
    // A malformed stored secret is a refusal, not a crash of the sign-in.
    return null;
  }
}

/**
 * Records that the account used the code of `timeStep`, unless it already used that step or a later one: true the
 * first time, false for a replayed code (someone who saw it typed, or a second tab). One conditional update, so two
 * sign-ins racing with the same code cannot both pass.
 */
export async function claimTotpTimeStep(userId: string, timeStep: number): Promise<boolean> {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: timeStep } }] },
    data: { totpLastTimeStep: timeStep },
  });
  return count === 1;
}
