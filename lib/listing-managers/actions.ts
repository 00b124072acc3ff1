"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { getSiteUrl } from "@/lib/seo/site-url";
import { invitationTokenSchema, inviteManagerSchema, leaveListingSchema, revokeInvitationSchema } from "./schemas";
import { inviteManager, revokeInvitation } from "./invite-manager";
import { acceptInvitation } from "./accept-invitation";
import { leaveListing } from "./leave-listing";
import { readFields, readText } from "@/lib/forms/text";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { readRecordId } from "@/lib/forms/redirect-target";
import { localeRoutePath, routes } from "@/lib/site/routes";

const teamPath = (listingId: string) =>
  readRecordId(listingId) ? routes.account.listingManagers(listingId) : routes.account.home;

export type InviteManagerState = FormState<"email", "notFound" | "alreadyManager" | "tooMany", { email: string }> & {
  sentTo?: string;
};

// Authorization: every action needs a signed-in user (requireUser); the data functions scope each change to the
// listings that user manages, and accepting checks the invited address against the account's.
export async function inviteManagerAction(
  _previous: InviteManagerState,
  formData: FormData,
): Promise<InviteManagerState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const { listingId, ...values } = readFields(formData, ["listingId", "email"]);
  const parsed = inviteManagerSchema.safeParse({ listingId, ...values });
  if (!parsed.success) {
    const { listingId: listingError, ...fieldErrors } = fieldErrorsOf<"listingId" | "email">(parsed.error);
    return listingError ? { formError: "notFound", values } : { fieldErrors, values };
  }
  const siteUrl = getSiteUrl();
  const result = await inviteManager(
    user,
    parsed.data.listingId,
    parsed.data.email,
    (token) => `${siteUrl}${getPathname({ href: routes.managerInvite, locale })}?token=${token}`,
  );
  if (!result.ok) return { formError: result.reason, values };
  revalidatePath(localeRoutePath(locale, teamPath(parsed.data.listingId)));
  return { sentTo: parsed.data.email };
}

export type AcceptInvitationState = FormState<never, "invalid" | "expired" | "used" | "emailMismatch">;

export async function acceptInvitationAction(
  _previous: AcceptInvitationState,
  formData: FormData,
): Promise<AcceptInvitationState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = invitationTokenSchema.safeParse({ token: readText(formData, "token") });
  if (!parsed.success) return { formError: "invalid" };
  const result = await acceptInvitation(user, parsed.data.token);
  if (!result.ok) return { formError: result.reason };
  redirect(withNotice(getPathname({ href: teamPath(result.listingId), locale }), "listingTeam", "diterima"));
}

export type LeaveListingState = FormState<never, "lastManager" | "notManager">;

export async function leaveListingAction(_previous: LeaveListingState, formData: FormData): Promise<LeaveListingState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = leaveListingSchema.safeParse({ listingId: readText(formData, "listingId") });
  if (!parsed.success) return { formError: "notManager" };
  const result = await leaveListing(user, parsed.data.listingId);
  if (result !== "left") return { formError: result };
  redirect(getPathname({ href: routes.account.home, locale }));
}

export async function revokeInvitationAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = revokeInvitationSchema.safeParse({
    listingId: readText(formData, "listingId"),
    invitationId: readText(formData, "invitationId"),
  });
  if (!parsed.success) redirect(getPathname({ href: routes.account.home, locale }));
  const isRevoked = await revokeInvitation(user, parsed.data.listingId, parsed.data.invitationId);
  const path = getPathname({ href: teamPath(parsed.data.listingId), locale });
  redirect(withNotice(path, "listingTeam", isRevoked ? "dibatalkan" : "gagal-batal"));
}
