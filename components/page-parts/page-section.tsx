import type { ReactNode } from "react";

/** A titled part of a page: a section named by its h2 (the id doubles as the fragment other pages link to). */
export function PageSection({
  id,
  title,
  className = "space-y-3",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
