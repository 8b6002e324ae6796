import "server-only";
// Sign-in attempts are limited per account (the email as typed) and per client address,
// counted in the database so the limit holds across app instances. An attempt is written
// before the password is checked and counted after, so parallel guesses cannot all slip
// in under the limit: the k-th attempt to be written always counts at least k.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const signInLimits = {
  windowMs: 15 * 60_000,
  /** Failed attempts on one account in the window; the next is refused. */
  perAccount: 5,
  /** Failed attempts from one address in the window (a newsroom may share one address). */
  perAddress: 30,
};

/** Records an attempt and returns its id, or throws rate-limited with the wait. */
export async function reserveSignInAttempt({ email, ip, now = new Date() }: { email: string; ip: string; now?: Date }) {
  const since = new Date(now.getTime() - signInLimits.windowMs);
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  const attempt = await db.loginAttempt.create({ data: { email, ip, createdAt: now }, select: { id: true } });

  const waits = await Promise.all([
    waitFor({ email }, signInLimits.perAccount, since),
    waitFor({ ip }, signInLimits.perAddress, since),
  ]);
  const wait = Math.max(...waits);
  if (wait > 0) {
    // A refused attempt is not a guess: it must not extend the lock.
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    const minutes = Math.max(1, Math.ceil((wait - now.getTime()) / 60_000));
    throw new AppError("rate-limited", `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}`, {
      retryAfterSeconds: Math.ceil((wait - now.getTime()) / 1000),
    });
  }
  return attempt.id;
}

/** A successful sign-in clears the account's failures; the address keeps its count. */
export async function clearSignInAttempts(email: string) {
  await db.loginAttempt.deleteMany({ where: { email } });
}

// When the key's attempts (this one included) exceed the limit, the time at which enough
// of them will have left the window; 0 when the attempt is allowed.
async function waitFor(key: { email: string } | { ip: string }, limit: number, since: Date): Promise<number> {
  const rows = await db.loginAttempt.findMany({
    where: { ...key, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (rows.length <= limit) return 0;
  return rows[rows.length - 1 - limit]!.createdAt.getTime() + signInLimits.windowMs;
}
