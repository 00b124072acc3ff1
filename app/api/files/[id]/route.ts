import { mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { getFileStorage } from "@/lib/storage/file-storage";
import { findReadableStoredFile } from "@/lib/uploads/file-access";
import { parseImageVariantWidth, renderImageVariant } from "@/lib/uploads/image-variants";

export const dynamic = "force-dynamic";

// Ids are cuids; anything else cannot name a file and is answered without a query.
const FILE_ID_PATTERN = /^[a-z0-9]{1,40}$/i;

// Only types the upload pipeline produces are served as themselves; anything else would be a download.
const SERVED_TYPES: Record<string, { extension: string; disposition: "inline" | "attachment" }> = {
  "image/webp": { extension: "webp", disposition: "inline" },
  "application/pdf": { extension: "pdf", disposition: "attachment" },
};

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/**
 * Serves an uploaded file. Public files are cached for good (a new upload gets a new id); private files go only
 * to those allowed (lib/uploads/file-access.ts) and everyone else gets the same 404 as for a missing file.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!FILE_ID_PATTERN.test(id)) return notFound();
  // `?w=` asks for a narrower copy of a public image (srcset); only the listed widths exist.
  const variantWidth = parseImageVariantWidth(new URL(request.url).searchParams.get("w"));
  if (variantWidth === "unknown") return notFound();

  // Public files are answered without looking at the session, so their response never depends on who asks.
  let file = await findReadableStoredFile(null, id);
  if (!file) {
    const user = await getCurrentUser();
    // As on staff pages: in production, staff without a second factor have no staff rights, here no more than
    // any signed-in owner.
    const viewer =
      user && mustEnrolSecondFactor(user, getEnv().APP_ENV) ? { id: user.id, role: "OWNER" as const } : user;
    file = viewer ? await findReadableStoredFile(viewer, id) : null;
  }
  if (!file) return notFound();

  const bytes = await getFileStorage().read(file.storageKey);
  if (!bytes) {
    console.error(`[files] the bytes of stored file ${file.id} are missing from storage`);
    return notFound();
  }

  if (variantWidth !== null) {
    if (file.visibility !== "PUBLIC" || file.contentType !== "image/webp") return notFound();
    const variant = await renderImageVariant(file.id, new Uint8Array(bytes), variantWidth);
    return new Response(new Uint8Array(variant), {
      headers: {
        "Content-Type": "image/webp",
        "Content-Length": String(variant.byteLength),
        "Content-Disposition": `inline; filename="${file.id}-${variantWidth}.webp"`,
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  }

  const served = SERVED_TYPES[file.contentType];
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": served ? file.contentType : "application/octet-stream",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `${served?.disposition ?? "attachment"}; filename="${file.id}.${served?.extension ?? "bin"}"`,
      "Cache-Control": file.visibility === "PUBLIC" ? "public, max-age=31536000, immutable" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
