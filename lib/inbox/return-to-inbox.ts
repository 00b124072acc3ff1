import "server-only";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { clearInboxAssignment } from "./inbox-writes";
import {
  INBOX_RETURN_FIELD,
  inboxItemRef,
  inboxOutcomeSlugs,
  inboxQuery,
  readInboxReturn,
  type InboxOutcome,
} from "./filters";
import { routes } from "@/lib/site/routes";

/**
 * The kind filter a decision form carried when its item page was opened from the inbox, or undefined (opened from
 * an older list: the decision keeps its old destination, so those lists and their tests work as before).
 */
export function readInboxReturnField(formData: FormData) {
  const value = formData.get(INBOX_RETURN_FIELD);
  return typeof value === "string" ? readInboxReturn(value) : undefined;
}

/**
 * After a decision made from the inbox: back to the inbox (same kind filter) with a notice naming the item and a
 * "next item" button. The decided item no longer waits, so nobody handles it any more. Callers have checked the
 * actor is staff and made the decision.
 */
export async function returnToInbox(
  locale: string,
  inboxReturn: { kind: InboxItemKind | null },
  item: { kind: InboxItemKind; id: string },
  outcome: InboxOutcome,
  options: { isStillWaiting?: boolean } = {},
): Promise<never> {
  if (!options.isStillWaiting) await clearInboxAssignment(item.kind, item.id);
  const query = inboxQuery(
    { kind: inboxReturn.kind, subsectorSlug: null, kecamatan: null },
    { selesai: inboxItemRef(item.kind, item.id), hasil: inboxOutcomeSlugs[outcome] },
  );
  redirect(`${getPathname({ href: routes.admin.inbox, locale })}${query}`);
}
