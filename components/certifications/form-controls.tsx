import type { ReactNode } from "react";

const controlClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

type Described = { id: string; hint?: string; error?: string };

function describedBy({ id, hint, error }: Described) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

function HintAndError({ id, hint, error }: Described) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

type SelectProps = Described & {
  name: string;
  label: string;
  defaultValue?: string;
  children: ReactNode;
};

/** A labelled select with its hint and per-field error, wired like FormField. */
export function SelectField({ id, name, label, defaultValue, hint, error, children }: SelectProps) {
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        className={controlClass}
      >
        {children}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

type TextAreaProps = Described & { name: string; label: string; defaultValue?: string; maxLength?: number };

export function TextAreaField({ id, name, label, defaultValue, hint, error, maxLength }: TextAreaProps) {
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        className={controlClass}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** Why a whole form was refused (stale data, not allowed); announced when it appears. */
export function FormAlert({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
      {message}
    </p>
  );
}
