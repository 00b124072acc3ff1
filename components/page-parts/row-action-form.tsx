import { getLocale } from "next-intl/server";

const toneClass = {
  danger: "rounded border border-red-700 px-3 py-1 text-sm text-red-800 hover:bg-red-50",
  neutral: "rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-50",
  brand: "rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50",
} as const;

/**
 * One small button that posts a server action for one row of a list (remove a manager, revoke an invitation, add a
 * participant): the page's locale and the row's fields travel as hidden inputs. `ariaLabel` names the row, since
 * every row's button shows the same text.
 */
export async function RowActionForm({
  action,
  fields,
  label,
  ariaLabel,
  tone,
}: {
  action: (formData: FormData) => void | Promise<void>;
  fields: Record<string, string>;
  label: string;
  ariaLabel: string;
  tone: keyof typeof toneClass;
}) {
  const locale = await getLocale();
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" aria-label={ariaLabel} className={toneClass[tone]}>
        {label}
      </button>
    </form>
  );
}
