import { z } from "zod";

// Messages are i18n keys (namespace "CoManagers.errors"); forms and actions share these.
const id = z.string().trim().min(1, { error: "invalid" }).max(100, { error: "invalid" });

export const inviteManagerSchema = z.strictObject({
  listingId: id,
  email: z.string().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
});

export const invitationTokenSchema = z.strictObject({
  token: z.string().min(1, { error: "tokenInvalid" }).max(200, { error: "tokenInvalid" }),
});

export const leaveListingSchema = z.strictObject({ listingId: id });

export const revokeInvitationSchema = z.strictObject({ listingId: id, invitationId: id });
