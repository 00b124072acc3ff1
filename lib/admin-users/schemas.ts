import { z } from "zod";
import { passwordSchema } from "@/lib/accounts/schemas";
import { text } from "@/lib/forms/text";

// Messages are i18n keys (namespace "AdminUsers.errors" / "StaffInvite.errors"); forms and actions share these.
const email = text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" });
const id = text().trim().min(1, { error: "invalid" }).max(100, { error: "invalid" });

export const userRoles = ["ADMIN", "STAFF", "OWNER"] as const;

export const staffInviteSchema = z.strictObject({ email });

export const changeRoleSchema = z.strictObject({ userId: id, role: z.enum(userRoles, { error: "invalid" }) });

export const setDisabledSchema = z.strictObject({
  userId: id,
  isDisabled: z.enum(["1", "0"], { error: "invalid" }).transform((value) => value === "1"),
});

export const staffInviteTokenSchema = text().min(1, { error: "tokenInvalid" }).max(200, { error: "tokenInvalid" });

/** A new account's details when accepting a staff invitation; an existing account only confirms. */
export const acceptStaffInviteSchema = z.strictObject({
  token: staffInviteTokenSchema,
  name: text().trim().min(2, { error: "nameRequired" }).max(100, { error: "nameTooLong" }),
  password: passwordSchema,
});

export const addManagerSchema = z.strictObject({ listingId: id, email });

export const removeManagerSchema = z.strictObject({ listingId: id, userId: id });
