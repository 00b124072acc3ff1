import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { readRecordId } from "@/lib/forms/redirect-target";
import { getReportablePost } from "@/lib/collaboration/post-report-queries";
import { PublicReportForm } from "@/components/problem-reports/public-report-form";
import { reportPostAction } from "@/lib/collaboration/report-post-actions";
import { postReportReasons } from "@/lib/collaboration/report-post-schemas";
import { ClientMessages } from "@/components/i18n/client-messages";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string; id: string }> };

// generateMetadata and the page both need the post: one database query per request.
const loadPost = cache(async (id: string) => {
  const postId = readRecordId(id);
  return postId ? getReportablePost(postId) : null;
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const post = await loadPost(id);
  if (!post) return {};
  const t = await getTranslations({ locale, namespace: "ReportPost" });
  return { title: t("metaTitle", { title: post.title }), robots: { index: false } };
}

/** Anyone, signed in or not, reports a public collaboration post to staff (the listing's problem report's twin). */
export default async function ReportPostPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const post = await loadPost(id);
  if (!post) notFound();
  const t = await getTranslations("ReportPost");

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl break-words">{t("intro", { title: post.title })}</p>
        <p>
          <Link
            href={routes.collaborationPost(post.id)}
            className="break-words text-brand-700 underline hover:text-brand-900"
          >
            {t("backToPost", { title: post.title })}
          </Link>
        </p>
      </header>
      <ClientMessages namespaces={["ReportPost"]}>
        <PublicReportForm
          action={reportPostAction}
          namespace="ReportPost"
          reasons={postReportReasons}
          subject={{ name: "postId", value: post.id }}
          idPrefix="post-report"
        />
      </ClientMessages>
    </section>
  );
}
