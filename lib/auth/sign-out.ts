import "server-only";
import { deleteSession } from "./sessions";

/** Ends the session the token belongs to; an unknown token is already signed out. */
export async function signOut({ token }: { token: string | null | undefined }) {
  if (token) await deleteSession(token);
}
