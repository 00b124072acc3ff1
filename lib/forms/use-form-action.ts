"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";

type AnyFormState = FormState<string, string, unknown>;

/**
 * A client form bound to a server action: React's useActionState plus the translation of its message keys.
 * `errorNamespace` is where the form's messages live (e.g. "OwnerListing.errors"); a key it does not hold shows
 * its "invalid" message, so a schema's new key never reaches the page untranslated. `permalink`: where the form
 * posts without JavaScript (React would otherwise write an empty, invalid `action`).
 */
export function useFormAction<State extends AnyFormState>(
  action: (previous: State, formData: FormData) => Promise<State>,
  initialState: State,
  errorNamespace: string,
  permalink?: string,
) {
  // Awaited<State> is State for these plain objects; TypeScript cannot see that for a type parameter.
  const [awaitedState, formAction, isPending] = useActionState<State, FormData>(
    action as (previous: Awaited<State>, formData: FormData) => Promise<State>,
    initialState as Awaited<State>,
    permalink,
  );
  const state = awaitedState as State;
  const t = useTranslations(errorNamespace);
  const message = (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    if (t.has(key)) return t(key);
    return t.has("invalid") ? t("invalid") : key;
  };
  type Field = State extends FormState<infer F, string, unknown> ? F : string;
  const fieldError = (field: Field): string | undefined =>
    message((state.fieldErrors as Partial<Record<string, string[]>> | undefined)?.[field]?.[0]);
  return { state, formAction, isPending, fieldError, message };
}
