"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { requireStaff } from "@/lib/auth/session";
import { readFormLocale } from "@/lib/i18n/routing";
import { readFields, readText } from "@/lib/forms/text";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { deleteKbliMapping, saveKbliMapping, setRegistryUrl } from "./reference-data";
import { kbliMappingSchema, registryUrlSchema } from "./reference-schemas";

const mappingFields = ["version", "code", "title", "subsectorId", "provenance"] as const;
const registryFields = ["typeId", "registryUrl"] as const;

/** Message keys of "DataReference.errors"; formError "invalid": the certification type is gone. */
export type ReferenceFormState = FormState<
  (typeof mappingFields)[number] | (typeof registryFields)[number],
  "invalid"
> & { saved?: boolean };

// Every action here: staff or admin only (requireStaff), checked before anything is read or written; the data
// functions check the role again.
export async function saveKbliMappingAction(
  _previous: ReferenceFormState,
  formData: FormData,
): Promise<ReferenceFormState> {
  const staff = await requireStaff(readFormLocale(formData));
  const values = readFields(formData, mappingFields);
  const parsed = kbliMappingSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const result = await saveKbliMapping(staff, parsed.data);
  if (!result.ok) return { fieldErrors: { subsectorId: [result.error] }, values };
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
  const values = readFields(formData, registryFields);
  const parsed = registryUrlSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  if (!(await setRegistryUrl(staff, parsed.data.typeId, parsed.data.registryUrl)))
    return { formError: "invalid", values };
  // Certificate pages and profiles show the link.
  revalidatePath("/[locale]/sertifikasi/[id]", "page");
  revalidatePath("/[locale]/[kind]/[slug]", "page");
  revalidatePath("/[locale]/admin/referensi-data", "page");
  return { saved: true };
}
