import { HONEYPOT_FIELD } from "@/lib/enquiries/honeypot";

/**
 * A field people never see or reach (off-screen, hidden from assistive technology, out of the tab order) but
 * form-filling software does. Kept in the layout rather than display:none, which such software often skips.
 */
export function HoneypotField({ id, label }: { id: string; label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
