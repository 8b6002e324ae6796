import "server-only";
import { db } from "@/lib/db/client";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { createUserInput } from "./inputs";
import { hashPassword } from "./password-hash";
import { assertIsAdmin } from "./permissions";
import { publicUserFields } from "./user-fields";

/** An admin creates an editor or admin account with a first password. */
export async function createUser({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertIsAdmin(actor);
  return insertUser(input);
}

/**
 * For scripts/create-admin.ts only, which makes the first admin of a fresh install:
 * whoever can run it already holds the database, so there is no actor to check.
 */
export async function createUserFromCommandLine(input: unknown) {
  return insertUser(input);
}

async function insertUser(input: unknown) {
  const { email, name, role, password } = parseOrThrow(createUserInput, input);
  const taken = () =>
    new AppError("conflict", "An account with this email already exists", {
      fieldErrors: { email: ["An account with this email already exists"] },
    });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw taken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { email, name, role, passwordHash }, select: publicUserFields });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw taken();
    throw error;
  }
}
