"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { requireStaff } from "@/lib/auth/session";
import { readFormLocale } from "@/lib/i18n/routing";
import { readText } from "@/lib/forms/text";
import { deleteKbliMapping, saveKbliMapping, setRegistryUrl } from "./reference-data";
import { kbliMappingSchema, registryUrlSchema, toFieldErrors } from "./reference-schemas";

export type ReferenceFormState = {
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  saved?: boolean;
};

const mappingFields = ["version", "code", "title", "subsectorId", "provenance"] as const;

// Every action here: staff or admin only (requireStaff), checked before anything is read or written; the data
// functions check the role again.
export async function saveKbliMappingAction(
  _previous: ReferenceFormState,
  formData: FormData,
): Promise<ReferenceFormState> {
  const staff = await requireStaff(readFormLocale(formData));
  const values = Object.fromEntries(mappingFields.map((field) => [field, readText(formData, field)]));
  const parsed = kbliMappingSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: toFieldErrors(parsed.error.issues), values };
  const result = await saveKbliMapping(staff, parsed.data);
  if (!result.ok) return { fieldErrors: { subsectorId: result.error }, values };
  revalidatePath("/[locale]/admin/referensi-data", "page");
  return { saved: true };
}

export async function deleteKbliMappingAction(formData: FormData) {
  const staff = await requireStaff(readFormLocale(formData));
  await deleteKbliMapping(staff, readText(formData, "mappingId"));
  revalidatePath("/[locale]/admin/referensi-data", "page");
}

export async function saveRegistryUrlAction(
  _previous: ReferenceFormState,
  formData: FormData,
): Promise<ReferenceFormState> {
  const staff = await requireStaff(readFormLocale(formData));
  const values = { typeId: readText(formData, "typeId"), registryUrl: readText(formData, "registryUrl") };
  const parsed = registryUrlSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: toFieldErrors(parsed.error.issues), values };
  if (!(await setRegistryUrl(staff, parsed.data.typeId, parsed.data.registryUrl)))
    return { fieldErrors: { form: "invalid" }, values };
  // Certificate pages and profiles show the link.
  revalidatePath("/[locale]/sertifikasi/[id]", "page");
  revalidatePath("/[locale]/[kind]/[slug]", "page");
  revalidatePath("/[locale]/admin/referensi-data", "page");
  return { saved: true };
}
