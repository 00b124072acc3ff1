/** Class names the page parts and the pages around them share, so a control looks the same on every list page. */
export const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";
/** A field as wide as its content, for a filter that sits in a row with its button. */
export const narrowFieldClass = "mt-1 block rounded border border-slate-400 bg-white px-3 py-2";
export const secondaryButtonClass =
  "rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
export const textLinkClass = "text-brand-700 underline hover:text-brand-900";
