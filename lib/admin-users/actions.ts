"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { getSiteUrl } from "@/lib/seo/site-url";
import {
  acceptStaffInviteSchema,
  addManagerSchema,
  changeRoleSchema,
  removeManagerSchema,
  setDisabledSchema,
  staffInviteSchema,
  staffInviteTokenSchema,
} from "./schemas";
import { parseUserFilters, toUserSearchParams } from "./filters";
import { inviteStaff } from "./invite-staff";
import { acceptStaffInvitation } from "./accept-staff-invitation";
import { changeUserRole } from "./change-user-role";
import { setUserDisabled } from "./set-user-disabled";
import { addListingManager, removeListingManager } from "./transfer-listing";
import { withNotice, type NoticeCode } from "@/lib/forms/notices";
import { fieldErrorsOf, invalidForm, type FormState } from "@/lib/forms/form-state";
import { readFields, readText } from "@/lib/forms/text";
import { routes } from "@/lib/site/routes";

/** Back to the user list with the filters the admin was looking at (rebuilt from parsed values only). */
function userListUrl(formData: FormData, locale: string, result: NoticeCode<"users">) {
  const filters = parseUserFilters(Object.fromEntries(new URLSearchParams(readText(formData, "filters"))));
  const query = new URLSearchParams(toUserSearchParams(filters));
  return withNotice(getPathname({ href: routes.admin.users, locale }), "users", result, query);
}

export type StaffInviteState = FormState<"email", "alreadyStaff" | "disabled", { email: string }> & { sentTo?: string };

// Authorization: every action here re-checks the admin role (requireAdmin) and the data functions check it again
// against the database, inside their transaction.
export async function inviteStaffAction(_previous: StaffInviteState, formData: FormData): Promise<StaffInviteState> {
  const locale = readFormLocale(formData);
  const admin = await requireAdmin(locale);
  const values = readFields(formData, ["email"]);
  const parsed = staffInviteSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const siteUrl = getSiteUrl();
  const result = await inviteStaff(
    admin,
    parsed.data.email,
    (token) => `${siteUrl}${getPathname({ href: routes.staffInvite, locale })}?token=${token}`,
  );
  if (!result.ok) return { formError: result.reason, values };
  return { sentTo: parsed.data.email };
}

export async function changeRoleAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const admin = await requireAdmin(locale);
  const parsed = changeRoleSchema.safeParse({ userId: readText(formData, "userId"), role: readText(formData, "role") });
  if (!parsed.success) redirect(userListUrl(formData, locale, "tidak-ditemukan"));
  const result = await changeUserRole(admin, parsed.data.userId, parsed.data.role);
  const slugs = {
    changed: "peran-diubah",
    unchanged: "peran-sama",
    self: "diri-sendiri",
    lastAdmin: "admin-terakhir",
    notFound: "tidak-ditemukan",
  } as const;
  redirect(userListUrl(formData, locale, slugs[result]));
}

export async function setDisabledAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const admin = await requireAdmin(locale);
  const parsed = setDisabledSchema.safeParse({
    userId: readText(formData, "userId"),
    isDisabled: readText(formData, "isDisabled"),
  });
  if (!parsed.success) redirect(userListUrl(formData, locale, "tidak-ditemukan"));
  const result = await setUserDisabled(admin, parsed.data.userId, parsed.data.isDisabled);
  const slugs = {
    changed: parsed.data.isDisabled ? "dinonaktifkan" : "diaktifkan",
    unchanged: "status-sama",
    self: "diri-sendiri",
    lastAdmin: "admin-terakhir",
    notFound: "tidak-ditemukan",
  } as const;
  redirect(userListUrl(formData, locale, slugs[result]));
}

export type AcceptStaffInviteState = FormState<"name" | "password" | "token", "invalidToken", { name: string }>;

// Authorization: open to anyone holding the invitation token, which only the invited address received.
export async function acceptStaffInviteAction(
  _previous: AcceptStaffInviteState,
  formData: FormData,
): Promise<AcceptStaffInviteState> {
  const locale = readFormLocale(formData);
  const token = readText(formData, "token");
  let details: { name: string; password: string } | null = null;
  if (formData.has("password")) {
    const { password, ...values } = readFields(formData, ["name", "password"]);
    const parsed = acceptStaffInviteSchema.safeParse({ token, ...values, password });
    if (!parsed.success) return invalidForm(parsed.error, values);
    details = { name: parsed.data.name, password: parsed.data.password };
  } else if (!staffInviteTokenSchema.safeParse(token).success) {
    return { formError: "invalidToken" };
  }
  const result = await acceptStaffInvitation(token, details);
  if (result !== "accepted") return { formError: "invalidToken" };
  redirect(withNotice(getPathname({ href: "/undangan-staf", locale }), "staffInvite", "diterima"));
}

export type AddManagerState = FormState<
  "email",
  "notFound" | "noAccount" | "disabled" | "alreadyManager",
  { email: string }
>;

export async function addManagerAction(_previous: AddManagerState, formData: FormData): Promise<AddManagerState> {
  const locale = readFormLocale(formData);
  const admin = await requireAdmin(locale);
  const { listingId, ...values } = readFields(formData, ["listingId", "email"]);
  const parsed = addManagerSchema.safeParse({ listingId, ...values });
  if (!parsed.success) {
    const { listingId: listingError, ...fieldErrors } = fieldErrorsOf<"listingId" | "email">(parsed.error);
    return listingError ? { formError: "notFound", values } : { fieldErrors, values };
  }
  const result = await addListingManager(admin, parsed.data.listingId, parsed.data.email);
  if (result !== "added") return { formError: result, values };
  redirect(managerPageUrl(locale, parsed.data.listingId, "ditambahkan"));
}

export async function removeManagerAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const admin = await requireAdmin(locale);
  const parsed = removeManagerSchema.safeParse({
    listingId: readText(formData, "listingId"),
    userId: readText(formData, "userId"),
  });
  if (!parsed.success) redirect(getPathname({ href: routes.admin.listingManagers, locale }));
  const result = await removeListingManager(admin, parsed.data.listingId, parsed.data.userId);
  redirect(managerPageUrl(locale, parsed.data.listingId, result === "removed" ? "dihapus" : "bukan-pengelola"));
}

function managerPageUrl(locale: string, listingId: string, result: NoticeCode<"listingManagers">) {
  const query = new URLSearchParams({ listing: listingId });
  return withNotice(getPathname({ href: routes.admin.listingManagers, locale }), "listingManagers", result, query);
}
