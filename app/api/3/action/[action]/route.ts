import { readDatasetDates } from "@/lib/open-data/catalogue-queries";
import {
  ckanActions,
  ckanErrorBody,
  ckanOrganization,
  organizationListQuerySchema,
  packageSearchQuerySchema,
  packageShowQuerySchema,
  searchPackages,
  toCkanPackage,
  validationError,
  type CkanAction,
  type CkanError,
} from "@/lib/open-data/ckan";
import { buildDatasetRecords } from "@/lib/open-data/dataset-records";
import { answerPreflight, consumeClientAllowance, computeEtag, readQuery } from "@/lib/open-data/respond";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

const headers = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Content-Type": "application/json; charset=utf-8",
};

type RouteContext = { params: Promise<{ action: string }> };

const isAction = (value: string): value is CkanAction => (ckanActions as readonly string[]).includes(value);

// Authorization: public and anonymous, read only; the same published data as /api/v1 and the DCAT catalogue
// (decision 017). Counted against the open data API's per-client allowance.
export async function GET(request: Request, { params }: RouteContext) {
  const { action } = await params;
  const siteUrl = getSiteUrl();
  const help = `${siteUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
  const fail = (error: CkanError, extra: Record<string, string> = {}) =>
    Response.json(ckanErrorBody(help, error), {
      status: error.status,
      headers: { ...headers, "Cache-Control": "no-store", ...extra },
    });

  const allowance = await consumeClientAllowance(request);
  if (!allowance.isAllowed)
    return Response.json(
      { help, success: false, error: { __type: "Throttled", message: "Too many requests" } },
      { status: 429, headers: { ...headers, "Retry-After": String(allowance.retryAfterSeconds) } },
    );
  if (!isAction(action))
    return fail({ status: 400, type: "Bad Request", message: `Bad request - Action name not known: ${action}` });

  const query = readQuery(request);
  const records = buildDatasetRecords(siteUrl, await readDatasetDates());
  let result: unknown;
  switch (action) {
    case "package_list":
      result = records.map((record) => record.name).sort();
      break;
    case "package_show": {
      const parsed = packageShowQuerySchema.safeParse(query);
      if (!parsed.success) return fail(validationError(parsed.error.issues));
      const record = records.find((candidate) => candidate.name === parsed.data.id);
      if (!record) return fail({ status: 404, type: "Not Found Error", message: "Not found" });
      result = toCkanPackage(record, siteUrl);
      break;
    }
    case "package_search": {
      const parsed = packageSearchQuerySchema.safeParse(query);
      if (!parsed.success) return fail(validationError(parsed.error.issues));
      const found = searchPackages(records, parsed.data);
      result = {
        count: found.count,
        sort: "name asc",
        facets: {},
        search_facets: {},
        results: found.records.map((record) => toCkanPackage(record, siteUrl)),
      };
      break;
    }
    case "organization_list": {
      const parsed = organizationListQuerySchema.safeParse(query);
      if (!parsed.success) return fail(validationError(parsed.error.issues));
      const organization = ckanOrganization(siteUrl);
      result = ["true", "True", "1"].includes(parsed.data.all_fields ?? "")
        ? [{ ...organization, package_count: records.length }]
        : [organization.name];
      break;
    }
  }
  const body = JSON.stringify({ help, success: true, result });
  return new Response(body, {
    status: 200,
    headers: { ...headers, "Cache-Control": "public, max-age=300", ETag: computeEtag(body) },
  });
}

export function OPTIONS() {
  return answerPreflight();
}
