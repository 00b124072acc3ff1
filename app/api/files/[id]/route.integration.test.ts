import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage/file-storage";
import { publishStoredFile, storeEvidenceUpload, storeImageUpload } from "@/lib/uploads/store-upload";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { makeImage } from "@/tests/support/test-images";
import sharp from "sharp";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn() }));

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-files-route-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

type User = Awaited<ReturnType<typeof createUser>>;

function signIn(user: User | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(
    user && { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: 1, hasTotp: false },
  );
}

const get = (id: string, query = "") =>
  GET(new Request(`http://localhost/api/files/${id}${query}`), { params: Promise.resolve({ id }) });

async function uploadPhoto(uploader: User) {
  const result = await storeImageUpload(new File([await makeImage("jpeg", 80, 60)], "foto.jpg"), {
    purpose: "photo",
    uploaderId: uploader.id,
  });
  if (!result.ok) throw new Error(result.error);
  return result.fileId;
}

beforeEach(() => signIn(null));

describe("GET /api/files/[id]", () => {
  it("serves a public image to anyone, cached for good and sandboxed", async () => {
    const fileId = await uploadPhoto(await createUser());
    await prisma.$transaction((tx) => publishStoredFile(tx, fileId));

    const response = await get(fileId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-disposition": `inline; filename="${fileId}.webp"`,
      "content-security-policy": "default-src 'none'; sandbox",
    });
    const row = await prisma.storedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await getFileStorage().read(row.storageKey));
    expect(getCurrentUser).not.toHaveBeenCalled();
  });

  it("serves narrower copies of a public image at the listed widths only, and none of a private one", async () => {
    const uploader = await createUser();
    const result = await storeImageUpload(new File([await makeImage("jpeg", 1000, 500)], "foto.jpg"), {
      purpose: "photo",
      uploaderId: uploader.id,
    });
    if (!result.ok) throw new Error(result.error);
    const privateResponse = await get(result.fileId, "?w=320");
    expect(privateResponse.status, "not yet published: no variant for anyone").toBe(404);

    await prisma.$transaction((tx) => publishStoredFile(tx, result.fileId));
    const original = Buffer.from(await (await get(result.fileId)).arrayBuffer());
    const narrow = await get(result.fileId, "?w=320");
    expect(narrow.status).toBe(200);
    expect(narrow.headers.get("content-type")).toBe("image/webp");
    expect(narrow.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await narrow.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect([metadata.width, metadata.height]).toEqual([320, 160]);
    expect(bytes.byteLength).toBeLessThan(original.byteLength);

    for (const query of ["?w=321", "?w=", "?w=320px", "?w=-1"]) {
      expect((await get(result.fileId, query)).status, query).toBe(404);
    }
  });

  it("serves a private file to a manager of its listing with no-store, and 404 to anyone else", async () => {
    const [manager, otherOwner] = [await createUser(), await createUser()];
    const fileId = await uploadPhoto(manager);
    const listing = await createManagedListing(manager.id);
    await prisma.listingPhoto.create({ data: { listingId: listing.id, fileId } });

    signIn(manager);
    const allowed = await get(fileId);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("cache-control")).toBe("private, no-store");

    for (const viewer of [null, otherOwner]) {
      signIn(viewer);
      const refused = await get(fileId);
      expect(refused.status).toBe(404);
      expect(refused.headers.get("cache-control")).toBe("private, no-store");
    }
    signIn(otherOwner);
    expect(await (await get(fileId)).text()).toBe(await (await get("tidakadaberkasini")).text());
  });

  it("sends a PDF as a download and staff may read it", async () => {
    const owner = await createUser();
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
    const result = await storeEvidenceUpload(new File([pdf], "bukti.pdf"), { uploaderId: owner.id });
    if (!result.ok) throw new Error(result.error);

    signIn(await createUser({ role: "STAFF" }));
    const response = await get(result.fileId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${result.fileId}.pdf"`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
  });

  it("answers 404 for a malformed id and for a row whose bytes are gone", async () => {
    signIn(await createUser({ role: "ADMIN" }));
    expect((await get("..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
    const fileId = await uploadPhoto(await createUser());
    const row = await prisma.storedFile.findUniqueOrThrow({ where: { id: fileId } });
    await getFileStorage().remove(row.storageKey);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await get(fileId)).status).toBe(404);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(fileId));
    error.mockRestore();
  });
});
