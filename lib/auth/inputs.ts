// Account inputs, written once: the sign-in and admin forms, their server actions, the
// command-line script and the domain functions all parse with these.
import { z } from "zod";

export const roles = ["editor", "admin"] as const;
export const role = z.enum(roles, { error: "Choose editor or admin" });
export type Role = z.infer<typeof role>;

export const tokenScopes = ["read", "write"] as const;
export const tokenScope = z.enum(tokenScopes, { error: "Choose read or write" });
export type TokenScope = z.infer<typeof tokenScope>;

export const PASSWORD_MIN = 12;
// Long enough for any passphrase (ASVS 2.1.2: at least 64 allowed, more than 128 refused);
// bounded so nobody makes the server hash megabytes.
export const PASSWORD_MAX = 128;
// What sign-in accepts as typed: passwords chosen before the bound above still sign in.
const TYPED_PASSWORD_MAX = 256;

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

/** Emails compare lower-cased and trimmed, on both engines alike. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export const email = z
  .string({ error: "Enter an email address" })
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .min(1, "Enter an email address")
      .max(254, "An email address has at most 254 characters")
      .pipe(z.email({ error: "Enter an email address like name@example.org" })),
  );

export const newPassword = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for the password`)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters`);

export const personName = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(100, "A name has at most 100 characters")
  .refine((s) => !CONTROL.test(s), "The name contains invisible control characters; remove them");

export const signInInput = z.object({
  email,
  // Not the new-password rules: whatever was typed is checked against the stored hash.
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(TYPED_PASSWORD_MAX, "Email or password is incorrect"),
  // Only when the account must choose a new password before it can sign in.
  newPassword: newPassword.optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(TYPED_PASSWORD_MAX, "Your current password is not correct"),
  newPassword,
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const createUserInput = z.object({ email, name: personName, role, password: newPassword });
export type CreateUserInput = z.input<typeof createUserInput>;

/** How long a new API token works; "never" leaves it working until it is revoked. */
export const tokenLifetimes = { "30": 30, "90": 90, "365": 365, never: null } as const;
export const tokenLifetime = z.enum(["30", "90", "365", "never"], { error: "Choose how long the token works" });

export const apiTokenInput = z.object({
  name: z
    .string({ error: "Name the token" })
    .trim()
    .min(1, "Name the token, e.g. after the program that uses it")
    .max(80, "A token name has at most 80 characters")
    .refine((s) => !CONTROL.test(s), "The name contains invisible control characters; remove them"),
  scope: tokenScope,
  expiresInDays: tokenLifetime.default("90"),
});
export type ApiTokenInput = z.input<typeof apiTokenInput>;
