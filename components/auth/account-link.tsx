"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { Link } from "@/lib/i18n/link";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint-cookie";
import { apiRoutes, routes } from "@/lib/site/routes";

// While someone types or clicks on one page, tell the server at most this often that the session is in use.
const ACTIVITY_PING_MS = 5 * 60 * 1000;

const hasSessionHint = () => document.cookie.split("; ").some((cookie) => cookie.startsWith(`${SESSION_HINT_COOKIE}=`));

type SessionState = { isSignedIn: boolean; isStaff: boolean };

const signedOut: SessionState = { isSignedIn: false, isStaff: false };

async function fetchSessionState(): Promise<SessionState> {
  // A browser that never signed in here has nothing to ask about.
  if (!hasSessionHint()) return signedOut;
  const response = await fetch(apiRoutes.authSession, { cache: "no-store", credentials: "same-origin" });
  const session = response.ok ? ((await response.json()) as { userId?: unknown; isStaff?: unknown } | null) : null;
  const isSignedIn = typeof session?.userId === "string";
  if (response.ok && !isSignedIn) document.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  return { isSignedIn, isStaff: isSignedIn && session?.isStaff === true };
}

// The header shows the link twice (menu on a phone, row on a laptop): both share one ask per moment.
let sharedCheck: { startedAt: number; answer: Promise<SessionState> } | undefined;

function readSessionState(): Promise<SessionState> {
  if (!sharedCheck || Date.now() - sharedCheck.startedAt > 1000) {
    sharedCheck = { startedAt: Date.now(), answer: fetchSessionState() };
  }
  return sharedCheck.answer;
}

/**
 * The header's account link. Pages are cached for everyone, so the server renders "Masuk"; after mount a browser
 * that signed in here (the hint cookie) asks the session endpoint and shows "Akun saya" when the session is live. Each ask also re-issues the session
 * cookie with the time of this use, which is what keeps a staff session (ended after an hour without use) alive:
 * on every page opened, and on typing or clicking within a page. Without JavaScript the link still leads to
 * /akun, which sends anonymous readers to the sign-in page. Staff and admins also get an "Admin" link to their
 * task list (the admin pages check the role themselves). A browser without the hint cookie never asks: an anonymous
 * visitor's pages make no request to /api/auth/session. The words come as props (no next-intl in the browser).
 */
export function AccountLink({
  className = "hover:underline",
  labels,
}: {
  className?: string;
  labels: { signIn: string; myAccount: string; admin: string };
}) {
  const pathname = usePathname();
  const [state, setState] = useState<SessionState>(signedOut);

  useEffect(() => {
    let isCurrent = true;
    readSessionState()
      .then((next) => {
        if (isCurrent) setState(next);
      })
      .catch(() => {
        // Offline: keep what is shown.
      });
    return () => {
      isCurrent = false;
    };
  }, [pathname]);

  useEffect(() => {
    let lastPing = Date.now();
    const onActivity = () => {
      if (Date.now() - lastPing < ACTIVITY_PING_MS) return;
      lastPing = Date.now();
      readSessionState()
        .then(setState)
        .catch(() => {});
    };
    window.addEventListener("pointerdown", onActivity, { passive: true });
    window.addEventListener("keydown", onActivity);
    return () => {
      window.removeEventListener("pointerdown", onActivity);
      window.removeEventListener("keydown", onActivity);
    };
  }, []);

  return (
    <>
      {state.isStaff ? (
        <Link href={routes.admin.inbox} className={className}>
          {labels.admin}
        </Link>
      ) : null}
      <Link href={routes.account.home} className={className}>
        {state.isSignedIn ? labels.myAccount : labels.signIn}
      </Link>
    </>
  );
}
