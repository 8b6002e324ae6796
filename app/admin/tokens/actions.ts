"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { formStateFromError, type FormState } from "@/lib/auth/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { parseOrThrow } from "@/lib/errors/app-error";

export type IssueTokenState = FormState & { token?: string };

export async function issueTokenAction(_previous: IssueTokenState, form: FormData): Promise<IssueTokenState> {
  const values = {
    name: String(form.get("name") ?? ""),
    scope: String(form.get("scope") ?? ""),
    expiresInDays: String(form.get("expiresInDays") ?? ""),
  };
  try {
    const { token, apiToken } = await createApiToken({ actor: await getActor(), input: values });
    revalidatePath("/admin/tokens");
    const until = apiToken.expiresAt ? `, working until ${apiToken.expiresAt.toISOString().slice(0, 10)}` : "";
    return { status: "done", message: `Issued ${apiToken.scope} token “${apiToken.name}”${until}.`, token };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function revokeTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const { tokenId } = parseOrThrow(z.object({ tokenId: z.string().min(1).max(64) }), { tokenId: form.get("tokenId") });
    const token = await revokeApiToken({ actor: await getActor(), id: tokenId });
    revalidatePath("/admin/tokens");
    return { status: "done", message: `Revoked “${token.name}”.` };
  } catch (error) {
    return formStateFromError(error);
  }
}
