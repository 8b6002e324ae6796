import "server-only";
// Failed sign-ins slow down whoever makes them, without letting anyone lock an editor out
// for good. Failures are counted per account (the email as typed) and per client address,
// in the database so the count holds across app instances. After a few free failures each
// further attempt must wait twice as long as the one before, up to a ceiling: a minute for
// an account, whoever tries it — so a guesser gets at most ~70 tries an hour on any one
// account (ASVS 2.2.1 asks for no more than 100), and the editor never waits more than a
// minute, however many failures someone else piles up — and fifteen minutes for an address
// that fails across many accounts (a password spray).
//
// An early attempt is refused at once with the wait ("try again in 8 seconds"; the error
// carries it in seconds, for a Retry-After header where an answer has one), never held
// open on the server, so waiting ties up nothing. Refused attempts
// are not failures and do not lengthen the wait. An attempt is written before the password
// is checked and counted after, so parallel guesses cannot all slip through together.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type DelayRule = {
  /** Failures inside the window that cost nothing. */
  free: number;
  /** The ceiling of the wait after the last failure. */
  maxDelayMs: number;
};

export const signInDelays = {
  /** Failures older than this are forgotten. */
  windowMs: 60 * 60_000,
  account: { free: 5, maxDelayMs: 60_000 } satisfies DelayRule,
  /** Higher: a newsroom may share one address. */
  address: { free: 20, maxDelayMs: 15 * 60_000 } satisfies DelayRule,
};

/** How long after the last of `failures` failures the next attempt may come: 0, then 1 s, 2 s, 4 s… up to the ceiling. */
export function delayAfter(failures: number, { free, maxDelayMs }: DelayRule): number {
  if (failures < free) return 0;
  return Math.min(maxDelayMs, 1000 * 2 ** Math.min(failures - free, 30));
}

/** "8 seconds", "2 minutes". */
export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** Records an attempt and returns its id, or throws rate-limited with the wait. */
export async function reserveSignInAttempt({ email, ip, now = new Date() }: { email: string; ip: string; now?: Date }) {
  const since = new Date(now.getTime() - signInDelays.windowMs);
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  const attempt = await db.loginAttempt.create({ data: { email, ip, createdAt: now }, select: { id: true } });

  const waits = await Promise.all([
    waitFor({ email }, signInDelays.account, attempt.id, since, now),
    waitFor({ ip }, signInDelays.address, attempt.id, since, now),
  ]);
  const wait = Math.max(...waits);
  if (wait > 0) {
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    throw new AppError("rate-limited", `Too many failed sign-ins: try again in ${waitText(wait)}`, {
      retryAfterSeconds: Math.ceil(wait / 1000),
    });
  }
  return attempt.id;
}

/** A successful sign-in clears the account's failures; the address keeps its count. */
export async function clearSignInAttempts(email: string) {
  await db.loginAttempt.deleteMany({ where: { email } });
}

// The wait still due before this attempt, from the other attempts of its key in the window
// (failures, and attempts being checked at this moment).
async function waitFor(key: { email: string } | { ip: string }, rule: DelayRule, self: string, since: Date, now: Date): Promise<number> {
  const where = { ...key, createdAt: { gte: since }, id: { not: self } };
  const [failures, last] = await Promise.all([
    db.loginAttempt.count({ where }),
    db.loginAttempt.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  const delay = delayAfter(failures, rule);
  // Within the free failures there is nothing to wait for. The last attempt may be a
  // colleague's from the same address begun a few milliseconds after this one's `now`, and
  // must not turn a zero delay into a refusal.
  if (!last || delay === 0) return 0;
  return Math.max(0, last.createdAt.getTime() + delay - now.getTime());
}
