"use server";

import { z } from "zod";
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
import { readText, readTexts } from "@/lib/forms/text";
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
    listingId: readText(formData, "listingId"),
    kind: readText(formData, "kind"),
    title: readText(formData, "title"),
    description: readText(formData, "description"),
    wantedSubsectorIds: readTexts(formData, "wantedSubsectorIds"),
    offeredSubsectorIds: readTexts(formData, "offeredSubsectorIds"),
    location: readText(formData, "location"),
    deadline: readText(formData, "deadline"),
  });
  if (!result.postId) return result;
  revalidateBoard(result.postId);
  redirect(`${getPathname({ href: postPath(result.postId), locale })}?hasil=diterbitkan`);
}

// Authorization: a signed-in user answering for a published listing they manage (checked again in the data
// function), never for the post's own listing.
export async function respondAction(_previous: RespondFormState, formData: FormData): Promise<RespondFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const postId = readText(formData, "postId");
  const result = await submitResponse(
    user,
    { postId, listingId: readText(formData, "listingId"), message: readText(formData, "message") },
    { siteUrl: getSiteUrl() },
  );
  if (!result.isSent) return result;
  revalidateBoard(postId);
  redirect(`${getPathname({ href: postPath(postId), locale })}?hasil=terkirim`);
}

// Authorization: only a manager of the post's listing (scoped in decideResponse).
export async function decideResponseAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const postId = readText(formData, "postId");
  const parsed = decideResponseSchema.safeParse({
    responseId: readText(formData, "responseId"),
    decision: readText(formData, "decision"),
  });
  const result = parsed.success
    ? await decideResponse(user, parsed.data.responseId, parsed.data.decision, { siteUrl: getSiteUrl() })
    : null;
  const hasil = !result?.ok ? "gagal" : parsed.data?.decision === "ACCEPTED" ? "diterima" : "ditolak";
  redirect(`${getPathname({ href: postPath(result?.ok ? result.postId : postId), locale })}?hasil=${hasil}`);
}

// Authorization: only a manager of the post's listing (scoped in closePost).
export async function closePostAction(_previous: ClosePostFormState, formData: FormData): Promise<ClosePostFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const values = {
    outcome: readText(formData, "outcome"),
    closedWithListingId: readText(formData, "closedWithListingId"),
    outcomeNote: readText(formData, "outcomeNote"),
  };
  const parsed = closePostSchema.safeParse({ postId: readText(formData, "postId"), ...values });
  if (!parsed.success) {
    const { postId, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    return postId ? { formError: "postUnavailable", values } : { fieldErrors, values };
  }
  const result = await closePost(user, parsed.data);
  if (!result.ok) {
    return { formError: result.error === "partnerInvalid" ? "partnerInvalid" : "postUnavailable", values };
  }
  revalidateBoard(parsed.data.postId);
  redirect(`${getPathname({ href: postPath(parsed.data.postId), locale })}?hasil=ditutup`);
}

// Authorization: staff or admin (requireStaff); setPostHidden re-checks the role inside its transaction.
export async function moderatePostAction(
  _previous: ModeratePostFormState,
  formData: FormData,
): Promise<ModeratePostFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const note = readText(formData, "note");
  const parsed = moderatePostSchema.safeParse({
    postId: readText(formData, "postId"),
    isHidden: readText(formData, "isHidden"),
    note,
  });
  if (!parsed.success) {
    const { postId, isHidden, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    return postId || isHidden ? { formError: "postUnavailable", note } : { fieldErrors, note };
  }
  const result = await setPostHidden(staff, parsed.data.postId, parsed.data.isHidden, parsed.data.note, {
    siteUrl: getSiteUrl(),
  });
  if (!result.ok) return { formError: result.error, note };
  revalidateBoard(parsed.data.postId);
  const query = new URLSearchParams({ hasil: parsed.data.isHidden ? "disembunyikan" : "ditampilkan" });
  const filter = readText(formData, "returnFilter");
  if (filter === "tersembunyi") query.set("tampil", filter);
  redirect(`${getPathname({ href: routes.admin.collaboration, locale })}?${query}`);
}
