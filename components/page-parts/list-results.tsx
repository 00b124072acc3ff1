import type { ReactNode } from "react";
import { PaginationNav } from "@/components/directory/pagination-nav";

/**
 * What a filtered list shows below its filters: the count (announced when it changes), the page's rows, and the
 * links to the other pages of the result.
 */
export function ListResults({
  count,
  page,
  pageCount,
  hrefForPage,
  children,
}: {
  count: ReactNode;
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
  children: ReactNode;
}) {
  return (
    <>
      <p className="font-medium" aria-live="polite">
        {count}
      </p>
      {children}
      <PaginationNav page={page} pageCount={pageCount} hrefForPage={hrefForPage} />
    </>
  );
}
