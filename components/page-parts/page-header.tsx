import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { textLinkClass } from "@/components/page-parts/styles";

/**
 * A list page's header: the one h1 and its intro on the left, the page's own actions (e.g. "add new") on the
 * right; `children` adds a full-width line below (e.g. export links).
 */
export function PageHeader({
  title,
  intro,
  actions,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        {intro ? <p className="max-w-3xl text-slate-700">{intro}</p> : null}
      </div>
      {actions}
      {children}
    </header>
  );
}

/** A detail or form page's header: a link back to its list above the h1; `children` follows the h1 (status, intro). */
export function DetailHeader({
  backHref,
  backLabel,
  title,
  children,
}: {
  backHref: string;
  backLabel: ReactNode;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      <BackLink href={backHref} label={backLabel} />
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {children}
    </header>
  );
}

/** The link from a detail or sub-page back to where it belongs (its list, the account page). */
export function BackLink({ href, label }: { href: string; label: ReactNode }) {
  return (
    <p>
      <Link href={href} className={textLinkClass}>
        {label}
      </Link>
    </p>
  );
}
