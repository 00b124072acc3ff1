import type { ReactNode } from "react";

export type NoticeTone = "success" | "error" | "warning" | "neutral";

const toneClass: Record<NoticeTone, string> = {
  success: "rounded border border-brand-700 bg-brand-50 p-3",
  error: "rounded border border-red-700 bg-red-50 p-3 text-red-800",
  warning: "rounded border border-amber-600 bg-amber-50 p-3",
  neutral: "rounded border border-slate-400 bg-slate-50 p-3",
};

/**
 * A message after an action or about the page's state. Display only: the page decides which message to show.
 * An error is announced at once (alert) unless the page asks for the politer status role.
 */
export function Notice({
  tone,
  message,
  role = tone === "error" ? "alert" : "status",
  isWide = false,
}: {
  tone: NoticeTone;
  message: ReactNode;
  /** null: shown without being announced (e.g. a standing count that links to its list). */
  role?: "status" | "alert" | null;
  isWide?: boolean;
}) {
  return (
    <p role={role ?? undefined} className={`${isWide ? "max-w-3xl" : "max-w-xl"} ${toneClass[tone]}`}>
      {message}
    </p>
  );
}

/** What a public list could not use from its query string (an unknown filter, a page past the end), one per line. */
export function ProblemList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul
      role="status"
      className="space-y-1 rounded border border-accent-800/30 bg-accent-100 p-3 text-sm text-accent-800"
    >
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
