import type { ReactNode } from "react";

/**
 * A public list page's body: the filter form in a side column (above the results on a phone) and the results in a
 * section named by its h2, which may be for screen readers only.
 */
export function FilteredList({
  filtersLabel,
  filters,
  resultsId,
  resultsTitle,
  isResultsTitleHidden = false,
  children,
}: {
  filtersLabel: string;
  filters: ReactNode;
  resultsId: string;
  resultsTitle: ReactNode;
  isResultsTitleHidden?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <aside aria-label={filtersLabel}>{filters}</aside>
      <section aria-labelledby={resultsId} className="space-y-4">
        <h2 id={resultsId} className={isResultsTitleHidden ? "sr-only" : "text-xl font-semibold"}>
          {resultsTitle}
        </h2>
        {children}
      </section>
    </div>
  );
}
