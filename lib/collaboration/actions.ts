"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireStaff, requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { getSiteUrl } from "@/lib/seo/site-url";
import { closePost } from "./close-post";
import { submitCollaborationPost } from "./create-post";
import { decideResponse } from "./decide-response";
import { setPostHidden } from "./hide-post";
import { submitResponse } from "./respond-to-post";
import {
  closePostSchema,
  decideResponseSchema,
  moderatePostSchema,
  type ClosePostFormState,
  type CollaborationPostFormState,
  type ModeratePostFormState,
  type RespondFormState,
} from "./schemas";
import { readFields, readText, readTexts } from "@/lib/forms/text";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";
import { localeRoutePath, routes } from "@/lib/site/routes";

const postPath = (postId: string) => recordPath(routes.collaboration, postId);

/** The board and the post's page are rendered per request; this keeps any cached copy of them honest too. */
function revalidateBoard(postId?: string) {
  for (const locale of routing.locales) {
    revalidatePath(localeRoutePath(locale, routes.collaboration));
    if (postId) revalidatePath(localeRoutePath(locale, postPath(postId)));
  }
}

// Authorization: a signed-in user (requireUser) posting for a published listing they manage; the data function
// checks the listing's managers again inside its transaction.
export async function createPostAction(
  _previous: CollaborationPostFormState,
  formData: FormData,
): Promise<CollaborationPostFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const result = await submitCollaborationPost(user, {
    ...readFields(formData, ["listingId", "kind", "title", "description", "location", "deadline"]),
    wantedSubsectorIds: readTexts(formData, "wantedSubsectorIds"),
    offeredSubsectorIds: readTexts(formData, "offeredSubsectorIds"),
  });
  if (!result.postId) return result;
  revalidateBoard(result.postId);
  redirect(withNotice(getPathname({ href: postPath(result.postId), locale }), "collaborationPost", "diterbitkan"));
}

// Authorization: a signed-in user answering for a published listing they manage (checked again in the data
// function), never for the post's own listing.
export async function respondAction(_previous: RespondFormState, formData: FormData): Promise<RespondFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const fields = readFields(formData, ["postId", "listingId", "message"]);
  const result = await submitResponse(user, fields, { siteUrl: getSiteUrl() });
  if (!result.isSent) return result;
  revalidateBoard(fields.postId);
  redirect(withNotice(getPathname({ href: postPath(fields.postId), locale }), "collaborationPost", "terkirim"));
}

// Authorization: only a manager of the post's listing (scoped in decideResponse).
export async function decideResponseAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const postId = readText(formData, "postId");
  const parsed = decideResponseSchema.safeParse(readFields(formData, ["responseId", "decision"]));
  const result = parsed.success
    ? await decideResponse(user, parsed.data.responseId, parsed.data.decision, { siteUrl: getSiteUrl() })
    : null;
  const hasil = !result?.ok ? "gagal" : parsed.data?.decision === "ACCEPTED" ? "diterima" : "ditolak";
  const path = getPathname({ href: postPath(result?.ok ? result.postId : postId), locale });
  redirect(withNotice(path, "collaborationPost", hasil));
}

// Authorization: only a manager of the post's listing (scoped in closePost).
export async function closePostAction(_previous: ClosePostFormState, formData: FormData): Promise<ClosePostFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const { postId: postIdField, ...values } = readFields(formData, [
    "postId",
    "outcome",
    "closedWithListingId",
    "outcomeNote",
  ]);
  const parsed = closePostSchema.safeParse({ postId: postIdField, ...values });
  if (!parsed.success) {
    const { postId, ...fieldErrors } = fieldErrorsOf<"postId" | keyof typeof values>(parsed.error);
    return postId ? { formError: "postUnavailable", values } : { fieldErrors, values };
  }
  const result = await closePost(user, parsed.data);
  if (!result.ok) {
    return { formError: result.error === "partnerInvalid" ? "partnerInvalid" : "postUnavailable", values };
  }
  revalidateBoard(parsed.data.postId);
  redirect(withNotice(getPathname({ href: postPath(parsed.data.postId), locale }), "collaborationPost", "ditutup"));
}

// Authorization: staff or admin (requireStaff); setPostHidden re-checks the role inside its transaction.
export async function moderatePostAction(
  _previous: ModeratePostFormState,
  formData: FormData,
): Promise<ModeratePostFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const fields = readFields(formData, ["postId", "isHidden", "note"]);
  const values = { note: fields.note };
  const parsed = moderatePostSchema.safeParse(fields);
  if (!parsed.success) {
    const { postId, isHidden, ...fieldErrors } = fieldErrorsOf<"postId" | "isHidden" | "note">(parsed.error);
    return postId || isHidden ? { formError: "postUnavailable", values } : { fieldErrors, values };
  }
  const result = await setPostHidden(staff, parsed.data.postId, parsed.data.isHidden, parsed.data.note, {
    siteUrl: getSiteUrl(),
  });
  if (!result.ok) return { formError: result.error, values };
  revalidateBoard(parsed.data.postId);
  const query = new URLSearchParams();
  const filter = readText(formData, "returnFilter");
  if (filter === "tersembunyi") query.set("tampil", filter);
  const code = parsed.data.isHidden ? "disembunyikan" : "ditampilkan";
  redirect(withNotice(getPathname({ href: routes.admin.collaboration, locale }), "adminCollaboration", code, query));
}
