import { todayInJakarta } from "@/lib/dates";

/** The first day (YYYY-MM-01) of the Asia/Jakarta calendar month at the given instant. */
export function jakartaMonthStart(now: Date = new Date()): string {
  return `${todayInJakarta(now).slice(0, 7)}-01`;
}

/** The first days of the last `count` Jakarta months, newest first, the current month included. */
export function lastJakartaMonths(count: number, now: Date = new Date()): string[] {
  const start = jakartaMonthStart(now);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - index, 1));
    return date.toISOString().slice(0, 10);
  });
}
