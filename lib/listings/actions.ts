"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { getListingPath } from "@/lib/listings/kinds";
import { confirmListingData } from "./confirm-listing-data";

export async function confirmListingDataAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const listingId = formData.get("listingId");
  const confirmed = typeof listingId === "string" ? await confirmListingData(user, listingId) : null;
  if (confirmed) {
    // The profile and home page are cached (docs/decisions/004): show the new date at once. Cache entries are
    // keyed by the internal path, which always carries the locale (the proxy rewrites "/usaha/x" to "/id/usaha/x").
    const path = getListingPath(confirmed);
    for (const pageLocale of routing.locales) revalidatePath(`/${pageLocale}${path}`);
    revalidatePath("/[locale]", "page");
  }
  redirect(`${getPathname({ href: "/akun", locale })}?hasil=${confirmed ? "terkonfirmasi" : "ditolak"}`);
}
