import crypto from "node:crypto";
import { it } from "vitest";
import { prisma } from "@/lib/db/client";
import { requestPasswordReset, sendPasswordResetEmail } from "./password-reset";

const resetUrl = (t: string) => `http://x/?token=${t}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it("measures", async () => {
  const users = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      prisma.user.create({ data: { email: `m${i}-${crypto.randomBytes(4).toString("hex")}@contoh.id`, name: "M", emailVerifiedAt: new Date() } }),
    ),
  );
  const answer = { known: [] as number[], unknown: [] as number[] };
  const old = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < 30; i++) {
    for (const kind of ["known", "unknown"] as const) {
      const email = kind === "known" ? users[i]!.email : `u${i}-${crypto.randomBytes(4).toString("hex")}@contoh.id`;
      const deferred: Array<() => Promise<void>> = [];
      let t = performance.now();
      await requestPasswordReset(email, resetUrl, { clientAddress: `10.9.${i}.1`, defer: (w) => deferred.push(w) });
      answer[kind].push(performance.now() - t);
      // What the answer waited for before: the lookup, token and email in the request.
      t = performance.now();
      await sendPasswordResetEmail(email, resetUrl);
      old[kind].push(performance.now() - t);
    }
  }
  console.log(
    `RESULT answer now: known ${median(answer.known).toFixed(1)} ms, unknown ${median(answer.unknown).toFixed(1)} ms; ` +
      `lookup+token+email (answered before, now after): known ${median(old.known).toFixed(1)} ms, unknown ${median(old.unknown).toFixed(1)} ms`,
  );
}, 120_000);
