import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInJakarta } from "@/lib/dates";

// One definition of "public" and "open" for every query: the board, a post's page, suggestions, the open data.

/** Not hidden by staff, and posted for a listing the public can see. */
export function publicPostWhere(): Prisma.CollaborationPostWhereInput {
  return { isHidden: false, listing: { status: "PUBLISHED" } };
}

const jakartaDay = (today: string) => new Date(`${today}T00:00:00Z`);

/** Still taking responses: not closed, and its deadline (a Jakarta calendar day) has not passed. */
export function openPostWhere(today: string = todayInJakarta()): Prisma.CollaborationPostWhereInput {
  return { status: "OPEN", OR: [{ deadline: null }, { deadline: { gte: jakartaDay(today) } }] };
}

/** Closed by its poster, or left open past its deadline. */
export function closedPostWhere(today: string = todayInJakarta()): Prisma.CollaborationPostWhereInput {
  return { OR: [{ status: "CLOSED" }, { deadline: { lt: jakartaDay(today) } }] };
}

export function isPostOpen(post: { status: string; deadline: Date | null }, today: string = todayInJakarta()) {
  return post.status === "OPEN" && (!post.deadline || post.deadline.toISOString().slice(0, 10) >= today);
}

export type PostState = "open" | "expired" | "closed";

/** What the board shows: open, open but past its deadline, or closed by its poster. */
export function getPostState(post: { status: string; deadline: Date | null }, today: string = todayInJakarta()) {
  if (post.status !== "OPEN") return "closed" as const;
  return isPostOpen(post, today) ? ("open" as const) : ("expired" as const);
}
