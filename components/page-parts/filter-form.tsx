import type { ReactNode } from "react";
import { FormField, primaryButtonClass } from "@/components/forms/form-field";
import { fieldClass } from "@/components/page-parts/styles";

/**
 * A list page's GET filter form (a search landmark): the filters, then "apply" and, if the page has one, a plain
 * link that resets them. `className` sets the grid; `footerClassName` places the button row in it (null: the
 * button stands alone in the form's own flex row).
 */
export function FilterForm({
  action,
  label,
  applyLabel,
  resetLabel,
  resetHref = action,
  className,
  footerClassName = "flex flex-wrap items-center gap-4",
  children,
}: {
  action: string;
  label: string;
  applyLabel: string;
  resetLabel?: string;
  resetHref?: string;
  className: string;
  footerClassName?: string | null;
  children: ReactNode;
}) {
  const submit = (
    <button type="submit" className={primaryButtonClass}>
      {applyLabel}
    </button>
  );
  return (
    <form action={action} method="get" role="search" aria-label={label} className={className}>
      {children}
      {footerClassName === null ? (
        submit
      ) : (
        <div className={footerClassName}>
          {submit}
          {resetLabel ? (
            <a href={resetHref} className="text-brand-700 underline">
              {resetLabel}
            </a>
          ) : null}
        </div>
      )}
    </form>
  );
}

/** One text-like filter (search, email, date…) with its label and an optional hint below. */
export function FilterInput({
  id,
  name,
  label,
  type,
  defaultValue,
  maxLength,
  suggestions,
  hint,
  className,
  inputClassName = fieldClass,
}: {
  id: string;
  name: string;
  label: string;
  type?: "search" | "email" | "date" | "text";
  defaultValue: string | undefined;
  maxLength?: number;
  /** Values the browser may offer as the user types (a datalist). */
  suggestions?: readonly string[];
  hint?: string;
  className?: string;
  inputClassName?: string;
}) {
  const listId = suggestions ? `${id}-suggestions` : undefined;
  return (
    <>
      <FormField
        id={id}
        name={name}
        label={label}
        type={type}
        defaultValue={defaultValue}
        maxLength={maxLength}
        list={listId}
        hint={hint}
        className={className}
        inputClassName={inputClassName}
      />
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}

/** One yes/no filter: a checkbox sending "1" when ticked. */
export function FilterCheckbox({
  id,
  name,
  label,
  defaultChecked,
  className = "flex items-start gap-2",
}: {
  id: string;
  name: string;
  label: string;
  defaultChecked: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      <input id={id} name={name} type="checkbox" value="1" defaultChecked={defaultChecked} className="mt-1 h-4 w-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A one-field GET search ("find a listing…") with its button beside the field. */
export function SearchForm({
  action,
  label,
  id,
  fieldLabel,
  defaultValue,
  maxLength,
  submitLabel,
}: {
  action: string;
  label: string;
  id: string;
  fieldLabel: string;
  defaultValue: string | undefined;
  maxLength: number;
  submitLabel: string;
}) {
  return (
    <FilterForm
      action={action}
      label={label}
      applyLabel={submitLabel}
      className="flex max-w-xl flex-wrap items-end gap-3"
      footerClassName={null}
    >
      <FilterInput
        id={id}
        name="q"
        type="search"
        label={fieldLabel}
        defaultValue={defaultValue}
        maxLength={maxLength}
        className="flex-1"
      />
    </FilterForm>
  );
}
