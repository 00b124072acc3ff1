import { getCurrentUser } from "@/lib/auth/session";
import { exportAccountData } from "@/lib/accounts/export-account-data";
import { todayInJakarta } from "@/lib/dates";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

/** "Unduh data saya": the signed-in user's own data as a JSON file; nobody else's, whoever asks. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401, headers: noStore });
  const now = new Date();
  const data = await exportAccountData(user.id, now);
  if (!data) return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...noStore,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="data-akun-ekraf-malang-${todayInJakarta(now)}.json"`,
    },
  });
}
