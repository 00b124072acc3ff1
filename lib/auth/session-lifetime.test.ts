import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_MS, STAFF_IDLE_TIMEOUT_MS, hasSessionExpired, readSessionTimes } from "./session-lifetime";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const now = Date.UTC(2026, 10, 24, 3, 0, 0);

describe("session lifetime", () => {
  it("keeps an owner's session for up to 30 days after sign-in, however long unused", () => {
    const signedInAt = now - 29 * DAY;
    expect(hasSessionExpired("OWNER", { signedInAt, lastActiveAt: signedInAt }, now)).toBe(false);
    expect(hasSessionExpired("OWNER", { signedInAt: now - 30 * DAY - MINUTE, lastActiveAt: now }, now)).toBe(true);
    expect(SESSION_MAX_AGE_MS).toBe(30 * DAY);
  });

  it("ends a staff or admin session unused for more than an hour", () => {
    const signedInAt = now - 2 * 60 * MINUTE;
    for (const role of ["STAFF", "ADMIN"] as const) {
      expect(hasSessionExpired(role, { signedInAt, lastActiveAt: now - 61 * MINUTE }, now)).toBe(true);
      expect(hasSessionExpired(role, { signedInAt, lastActiveAt: now - 59 * MINUTE }, now)).toBe(false);
    }
    expect(STAFF_IDLE_TIMEOUT_MS).toBe(60 * MINUTE);
  });

  it("keeps a staff session that is used, but not past 30 days", () => {
    expect(hasSessionExpired("STAFF", { signedInAt: now - 20 * DAY, lastActiveAt: now - MINUTE }, now)).toBe(false);
    expect(hasSessionExpired("STAFF", { signedInAt: now - 31 * DAY, lastActiveAt: now - MINUTE }, now)).toBe(true);
  });

  it("treats missing or malformed times as an ended session", () => {
    expect(readSessionTimes({})).toBeNull();
    expect(readSessionTimes({ signedInAt: "1", lastActiveAt: 2 })).toBeNull();
    expect(readSessionTimes({ signedInAt: 5, lastActiveAt: 4 })).toBeNull();
    expect(readSessionTimes({ signedInAt: 4, lastActiveAt: 5 })).toEqual({ signedInAt: 4, lastActiveAt: 5 });
    expect(hasSessionExpired("OWNER", null, now)).toBe(true);
  });
});
