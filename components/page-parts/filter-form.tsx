import type { ReactNode } from "react";
import { primaryButtonClass } from "@/components/forms/form-field";
import { fieldClass } from "@/components/page-parts/styles";

/**
 * A list page's GET filter form (a search landmark): the filters, then "apply" and a plain link that resets
 * them. `className` sets the grid; `footerClassName` places the button row in it.
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
  resetLabel: string;
  resetHref?: string;
  className: string;
  footerClassName?: string;
  children: ReactNode;
}) {
  return (
    <form action={action} method="get" role="search" aria-label={label} className={className}>
      {children}
      <div className={footerClassName}>
        <button type="submit" className={primaryButtonClass}>
          {applyLabel}
        </button>
        <a href={resetHref} className="text-brand-700 underline">
          {resetLabel}
        </a>
      </div>
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
  list,
  hint,
  className,
}: {
  id: string;
  name: string;
  label: string;
  type?: "search" | "email" | "date" | "text";
  defaultValue: string | undefined;
  maxLength?: number;
  /** The id of a datalist of suggestions. */
  list?: string;
  hint?: string;
  className?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        list={list}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={hintId}
        className={fieldClass}
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
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
