import { z } from "zod";
import { text } from "@/lib/forms/text";

// Messages are i18n keys (namespace "CoManagers.errors"); forms and actions share these.
const id = text().trim().min(1, { error: "invalid" }).max(100, { error: "invalid" });

export const inviteManagerSchema = z.strictObject({
  listingId: id,
  email: text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
});

export const invitationTokenSchema = z.strictObject({
  token: text().min(1, { error: "tokenInvalid" }).max(200, { error: "tokenInvalid" }),
});

export const leaveListingSchema = z.strictObject({ listingId: id });

export const revokeInvitationSchema = z.strictObject({ listingId: id, invitationId: id });
