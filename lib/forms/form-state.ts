import { z } from "zod";

// The one shape every form action answers with (docs/decisions/019-forms-and-actions.md). Messages are i18n keys,
// not text: the schema names the key (`{ error: "nameRequired" }`) and the client form translates it in the
// person's language (useFormAction's `fieldError`), so one action serves both locales.

/** Per-field message keys, as `z.flattenError` gives them; the form shows the first of each. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string[]>>;

/**
 * What a form action returns: the fields' message keys, one message key for the whole form (stale data, not
 * allowed, rate limited), and the values as posted, so a refused form keeps what the person typed.
 */
export type FormState<
  Field extends string = string,
  FormError extends string = string,
  Values = Partial<Record<Field, string>>,
> = {
  fieldErrors?: FieldErrors<Field>;
  formError?: FormError;
  values?: Values;
};

/** A zod error as field errors: the message keys of each field's issues (issues on the whole object are dropped). */
export function fieldErrorsOf<Field extends string = string>(error: z.ZodError): FieldErrors<Field> {
  return z.flattenError(error).fieldErrors as FieldErrors<Field>;
}

/** One message key per field (checks that stop at a field's first problem) as field errors. */
export function asFieldErrors<Field extends string>(keys: Partial<Record<Field, string>>): FieldErrors<Field> {
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, [key]])) as FieldErrors<Field>;
}

/** The answer to a form that did not pass its schema: its field errors and what was typed. */
export function invalidForm<Field extends string, Values>(
  error: z.ZodError,
  values: Values,
): { fieldErrors: FieldErrors<Field>; values: Values } {
  return { fieldErrors: fieldErrorsOf<Field>(error), values };
}
