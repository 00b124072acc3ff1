"use client";

import { useSearchParams } from "next/navigation";
import { INBOX_RETURN_FIELD, INBOX_RETURN_PARAM } from "@/lib/inbox/filters";

/**
 * On an item page opened from the inbox (`?tugas=…`), tells the decision's action to return to the inbox with that
 * kind filter. Renders nothing otherwise. The action validates the value (lib/inbox/filters.ts: readInboxReturn).
 */
export function InboxReturnField() {
  const value = useSearchParams().get(INBOX_RETURN_PARAM);
  return value ? <input type="hidden" name={INBOX_RETURN_FIELD} value={value.slice(0, 40)} /> : null;
}
