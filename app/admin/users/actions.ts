"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createUser } from "@/lib/auth/create-user";
import { formStateFromError, type FormState } from "@/lib/auth/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { changeRole, disableUser, enableUser, requirePasswordReset } from "@/lib/auth/manage-users";
import { parseOrThrow } from "@/lib/errors/app-error";

const userRef = z.object({ userId: z.string().min(1).max(64) });

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "") };
  try {
    const user = await createUser({ actor: await getActor(), input: { ...values, password: form.get("password") } });
    revalidatePath("/admin/users");
    return {
      status: "done",
      message: `Created ${user.role} ${user.name} (${user.email}). Give them their first password by a safe channel: they choose their own when they first sign in.`,
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const { userId } = parseOrThrow(userRef, { userId: form.get("userId") });
    const user = await changeRole({ actor: await getActor(), userId, role: form.get("role") });
    revalidatePath("/admin/users");
    return { status: "done", message: `${user.name} is now ${user.role === "admin" ? "an admin" : "an editor"}.` };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function setDisabledAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const { userId } = parseOrThrow(userRef, { userId: form.get("userId") });
    const actor = await getActor();
    const disable = form.get("disable") === "true";
    const user = disable ? await disableUser({ actor, userId }) : await enableUser({ actor, userId });
    revalidatePath("/admin/users");
    return { status: "done", message: `${user.name} is ${disable ? "disabled and signed out" : "enabled again"}.` };
  } catch (error) {
    return formStateFromError(error);
  }
}

export type PasswordResetState = FormState & { temporaryPassword?: string };

export async function requirePasswordResetAction(_previous: PasswordResetState, form: FormData): Promise<PasswordResetState> {
  try {
    const { userId } = parseOrThrow(userRef, { userId: form.get("userId") });
    const temporaryPassword = form.get("temporary") === "true";
    const { user, temporaryPassword: given } = await requirePasswordReset({ actor: await getActor(), userId, temporaryPassword });
    revalidatePath("/admin/users");
    if (given) {
      return {
        status: "done",
        message: `${user.name} is signed out. Give them this temporary password by a safe channel: it works for three days, to choose their own.`,
        temporaryPassword: given,
      };
    }
    return { status: "done", message: `${user.name} is signed out and must choose a new password at their next sign-in.` };
  } catch (error) {
    return formStateFromError(error);
  }
}
