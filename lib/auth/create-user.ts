import "server-only";
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { createUserInput } from "./inputs";
import { hashPassword } from "./password-hash";
import { assertStrongPassword } from "./password-strength";
import { assertIsAdmin } from "./permissions";
import { recordSecurityEvent } from "./security-events";
import { publicUserFields } from "./user-fields";

/**
 * An admin creates an editor or admin account with a first password. The person must
 * choose their own at their first sign-in: the admin knows this one.
 */
export async function createUser({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertIsAdmin(actor);
  const user = await insertUser(input, { passwordResetRequiredAt: new Date() });
  await recordSecurityEvent({ event: "account-created", outcome: "success", actor, subject: user.email, detail: `as ${user.role}` });
  return user;
}

/**
 * For scripts/create-admin.ts only, which makes the first admin of a fresh install:
 * whoever can run it already holds the database, so there is no actor to check, and the
 * password was chosen by the person it is for.
 */
export async function createUserFromCommandLine(input: unknown) {
  const user = await insertUser(input, { passwordResetRequiredAt: null });
  await recordSecurityEvent({ event: "account-created", outcome: "success", actor: null, subject: user.email, address: null, detail: `as ${user.role}, from the command line` });
  return user;
}

async function insertUser(input: unknown, { passwordResetRequiredAt }: { passwordResetRequiredAt: Date | null }) {
  const { email, name, role, password } = parseOrThrow(createUserInput, input);
  assertStrongPassword(password, { email, name, field: "password" });
  const taken = () =>
    new AppError("conflict", "An account with this email already exists", {
      fieldErrors: { email: ["An account with this email already exists"] },
    });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw taken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { email, name, role, passwordHash, passwordResetRequiredAt }, select: publicUserFields });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw taken();
    throw error;
  }
}
