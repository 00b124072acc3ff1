"use server";
// Public by design: anyone may report a problem with a published listing; reports are rate-limited per client
// and go to staff for review, they change no listing.

import { HONEYPOT_FIELD } from "@/lib/enquiries/schemas";
import { readRequestClientAddress } from "@/lib/rate-limit/client-address";
import type { ProblemReportFormState } from "./schemas";
import { submitProblemReport } from "./report-problem";
import { readFields } from "@/lib/forms/text";

// Authorization: reporting a problem is open to anyone by design. It only files a report on a published listing
// for staff to review (nothing on the listing changes), and is rate-limited per address, email and listing.
export async function reportProblemAction(
  _previous: ProblemReportFormState,
  formData: FormData,
): Promise<ProblemReportFormState> {
  const fields = readFields(formData, ["listingId", "reason", "message", "email", HONEYPOT_FIELD]);
  return submitProblemReport(fields, { clientAddress: await readRequestClientAddress() });
}
