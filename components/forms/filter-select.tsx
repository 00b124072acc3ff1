import { fieldClass } from "@/components/page-parts/styles";

/**
 * One filter of a GET filter form: a labelled select whose first choice ("any …") sends an empty value (no such
 * choice when `anyLabel` is null).
 */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  options,
  defaultValue,
  className = fieldClass,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string | null;
  options: { value: string; label: string }[];
  defaultValue: string | null | undefined;
  className?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={className}>
        {anyLabel === null ? null : <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
