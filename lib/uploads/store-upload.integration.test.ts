import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { makeImage, svgText } from "@/tests/support/test-images";
import {
  discardStoredFile,
  publishStoredFile,
  readFileFromForm,
  storeEvidenceUpload,
  storeImageUpload,
} from "./store-upload";

// Read by getEnv() on first use, which comes after this line.
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

const storedFiles = () => fs.readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

let uploader: { id: string };

beforeEach(async () => {
  uploader = await createUser();
});

describe("storeImageUpload", () => {
  it("stores the re-encoded image under a random key with a PRIVATE row", async () => {
    const png = await makeImage("png", 900, 600);
    const file = new File([png], "logo-toko-saya.png", { type: "image/png" });

    const result = await storeImageUpload(file, { purpose: "logo", uploaderId: uploader.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await prisma.storedFile.findUniqueOrThrow({ where: { id: result.fileId } });
    expect(row).toMatchObject({
      visibility: "PRIVATE",
      contentType: "image/webp",
      width: 512,
      height: 341,
      uploadedById: uploader.id,
    });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(row.storageKey).not.toContain("logo");

    const onDisk = fs.readFileSync(path.join(uploadDir, row.storageKey.slice(0, 2), row.storageKey));
    expect(onDisk.length).toBe(row.byteSize);
    expect((await sharp(onDisk).metadata()).format).toBe("webp");
  });

  it("refuses an SVG named .jpg and an empty or oversized file, storing nothing", async () => {
    const before = storedFiles().length;
    const rowsBefore = await prisma.storedFile.count();
    const svg = new File([svgText], "foto.jpg", { type: "image/jpeg" });
    expect(await storeImageUpload(svg, { purpose: "photo", uploaderId: uploader.id })).toEqual({
      ok: false,
      error: "fileTypeNotAllowed",
    });
    expect(await storeImageUpload(new Blob([]), { purpose: "photo", uploaderId: uploader.id })).toEqual({
      ok: false,
      error: "fileEmpty",
    });
    const oversized = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]);
    expect(await storeImageUpload(oversized, { purpose: "photo", uploaderId: uploader.id })).toEqual({
      ok: false,
      error: "fileTooLarge",
    });
    expect(storedFiles().length).toBe(before);
    expect(await prisma.storedFile.count()).toBe(rowsBefore);
  });

  it("removes the stored bytes when the row cannot be written", async () => {
    const before = storedFiles().length;
    const file = new File([await makeImage("jpeg")], "foto.jpg");
    await expect(storeImageUpload(file, { purpose: "photo", uploaderId: "no-such-user" })).rejects.toThrow();
    expect(storedFiles().length).toBe(before);
    expect(fs.readdirSync(uploadDir, { recursive: true }).filter((name) => String(name).endsWith(".partial"))).toEqual(
      [],
    );
  });

  it("answers storageUnavailable and keeps nothing when the bytes cannot be written", async () => {
    const rowsBefore = await prisma.storedFile.count();
    const logError = vi.spyOn(console, "error").mockImplementation(() => {});
    // A file where the folder should be: every write fails, as on a full disk or a read-only folder (chmod alone
    // would not stop root, who runs the tests here; npm run test:faults covers a real full and read-only disk).
    const moved = `${uploadDir}.moved`;
    fs.renameSync(uploadDir, moved);
    fs.writeFileSync(uploadDir, "bukan folder");
    try {
      const file = new File([await makeImage("png")], "logo.png");
      expect(await storeImageUpload(file, { purpose: "logo", uploaderId: uploader.id })).toEqual({
        ok: false,
        error: "storageUnavailable",
      });
    } finally {
      fs.rmSync(uploadDir);
      fs.renameSync(moved, uploadDir);
    }
    expect(await prisma.storedFile.count()).toBe(rowsBefore);
    expect(logError).toHaveBeenCalledWith(expect.stringContaining("[uploads] could not store an upload"));
    logError.mockRestore();
  });
});

describe("storeEvidenceUpload", () => {
  it("keeps a PDF exactly as uploaded, private", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    const result = await storeEvidenceUpload(new File([pdf], "sertifikat.pdf"), { uploaderId: uploader.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await prisma.storedFile.findUniqueOrThrow({ where: { id: result.fileId } });
    expect(row).toMatchObject({ visibility: "PRIVATE", contentType: "application/pdf", byteSize: pdf.length });
    expect(fs.readFileSync(path.join(uploadDir, row.storageKey.slice(0, 2), row.storageKey))).toEqual(pdf);
  });
});

describe("publishStoredFile and discardStoredFile", () => {
  it("publishes a file inside the approval transaction", async () => {
    const result = await storeImageUpload(new File([await makeImage("webp")], "a.webp"), {
      purpose: "photo",
      uploaderId: uploader.id,
    });
    if (!result.ok) throw new Error(result.error);
    await prisma.$transaction((tx) => publishStoredFile(tx, result.fileId));
    expect((await prisma.storedFile.findUniqueOrThrow({ where: { id: result.fileId } })).visibility).toBe("PUBLIC");
  });

  it("discards an unused upload with its bytes, but never one in use", async () => {
    const store = async () => {
      const result = await storeImageUpload(new File([await makeImage("png")], "a.png"), {
        purpose: "logo",
        uploaderId: uploader.id,
      });
      if (!result.ok) throw new Error(result.error);
      return prisma.storedFile.findUniqueOrThrow({ where: { id: result.fileId } });
    };
    const unused = await store();
    const inUse = await store();
    await createManagedListing(uploader.id, { logoFileId: inUse.id });
    const pathOf = (key: string) => path.join(uploadDir, key.slice(0, 2), key);

    await discardStoredFile(unused.id);
    await discardStoredFile(inUse.id);
    expect(await prisma.storedFile.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(fs.existsSync(pathOf(unused.storageKey))).toBe(false);
    expect(await prisma.storedFile.findUnique({ where: { id: inUse.id } })).not.toBeNull();
    expect(fs.existsSync(pathOf(inUse.storageKey))).toBe(true);
  });
});

describe("readFileFromForm", () => {
  it("gives the chosen file, and null for an input left empty, a missing field or a text value", () => {
    const form = new FormData();
    form.append("logo", new File([], ""));
    form.append("photo", new File(["x"], "foto.jpg"));
    form.append("text", "bukan berkas");
    expect(readFileFromForm(form, "logo")).toBeNull();
    expect(readFileFromForm(form, "photo")?.name).toBe("foto.jpg");
    expect(readFileFromForm(form, "text")).toBeNull();
    expect(readFileFromForm(form, "missing")).toBeNull();
  });
});
