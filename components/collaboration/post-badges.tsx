import { getTranslations } from "next-intl/server";
import type { CollaborationKind } from "@/lib/generated/prisma/enums";
import type { PostState } from "@/lib/collaboration/visibility";

const stateClass: Record<PostState, string> = {
  open: "bg-brand-50 text-brand-900 border-brand-700",
  expired: "bg-amber-100 text-amber-900 border-amber-700",
  closed: "bg-slate-100 text-slate-800 border-slate-400",
};

/** The post's kind (need or offer) and whether it still takes responses. */
export async function PostBadges({ kind, state }: { kind: CollaborationKind; state: PostState }) {
  const t = await getTranslations("Collaboration");
  return (
    <span className="inline-flex flex-wrap gap-2 text-xs font-semibold uppercase tracking-wide">
      <span
        className={
          kind === "NEED"
            ? "rounded border border-accent-800 bg-accent-100 px-1.5 py-0.5 text-accent-800"
            : "rounded border border-brand-800 bg-white px-1.5 py-0.5 text-brand-800"
        }
      >
        {t(`kinds.${kind}`)}
      </span>
      <span className={`rounded border px-1.5 py-0.5 ${stateClass[state]}`}>{t(`states.${state}`)}</span>
    </span>
  );
}
