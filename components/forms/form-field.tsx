type Props = {
  id: string;
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  /** Already translated. */
  hint?: string;
  /** Already translated; marks the field invalid and is announced with it. */
  error?: string;
  /** A controlled field (e.g. a coordinate the point picker also sets); otherwise `defaultValue` applies. */
  value?: string;
  onValueChange?: (value: string) => void;
  /** The id of one more note describing the control (e.g. a warning shown before saving). */
  noteId?: string;
  maxLength?: number;
  /** The id of a datalist of values the browser may offer. */
  list?: string;
  /** The wrapper's class (e.g. a grid cell) and the control's own, when a page needs other than the default. */
  className?: string;
  inputClassName?: string;
};

/** A labelled input with its hint and per-field error, wired for screen readers. */
export function FormField({
  id,
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  hint,
  error,
  value,
  onValueChange,
  noteId,
  maxLength,
  list,
  className,
  inputClassName = "mt-1 block w-full rounded border border-slate-400 px-3 py-2",
}: Props) {
  const describedBy = describedByOf(id, hint, error, noteId);
  return (
    <div className={className}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        list={list}
        {...valueProps(defaultValue, value, onValueChange)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClassName}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The one primary action of a form. */
export const primaryButtonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

/** Reject, revoke, archive, disable: outlined in red, never filled, so the primary action stays the obvious one. */
export const destructiveButtonClass =
  "rounded border-2 border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";

export function SubmitButton({
  label,
  isPending,
  isDestructive = false,
}: {
  label: string;
  isPending: boolean;
  isDestructive?: boolean;
}) {
  return (
    <button type="submit" disabled={isPending} className={isDestructive ? destructiveButtonClass : primaryButtonClass}>
      {label}
    </button>
  );
}

type TextAreaProps = Omit<Props, "type" | "autoComplete" | "value" | "onValueChange" | "noteId"> & {
  rows?: number;
  maxLength?: number;
};

/** A labelled multi-line text control with its hint and per-field error. */
export function TextAreaField({ id, name, label, defaultValue, hint, error, rows = 4, maxLength }: TextAreaProps) {
  const describedBy = describedByOf(id, hint, error);
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

type SelectProps = Omit<Props, "type" | "autoComplete"> & { options: { value: string; label: string }[] };

/** A labelled single choice with its hint and per-field error. */
export function SelectField({
  id,
  name,
  label,
  defaultValue,
  hint,
  error,
  options,
  value,
  onValueChange,
  noteId,
}: SelectProps) {
  const describedBy = describedByOf(id, hint, error, noteId);
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        {...valueProps(defaultValue, value, onValueChange)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

function describedByOf(id: string, hint?: string, error?: string, noteId?: string): string | undefined {
  const own = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return [own, noteId].filter(Boolean).join(" ") || undefined;
}

function valueProps(defaultValue?: string, value?: string, onValueChange?: (value: string) => void) {
  if (value === undefined) return { defaultValue };
  return {
    value,
    onChange: (event: { currentTarget: { value: string } }) => onValueChange?.(event.currentTarget.value),
  };
}

/** Why a whole form was refused (stale data, not allowed); announced when it appears. */
export function FormAlert({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
      {message}
    </p>
  );
}

/** A control's hint and error, with the ids its aria-describedby points to. */
function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
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
