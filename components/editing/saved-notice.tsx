import { canEdit } from "@/lib/forms/require-editor";
import { ForgetSavedParam } from "./forget-saved-param";

/** What a save that leads to a record's page (`?saved=…`) did, in words. */
const said: Record<string, (noun: string) => string> = {
  created: (noun) => `The ${noun} was created.`,
  changed: () => "Your changes were saved.",
  statement: () => "The new statement was recorded; the one it follows is now superseded.",
};

/**
 * "✓ Saved" after an editor's save leads to a page, reading or editing: the editor who saved
 * knows it landed. Readers never see it, even at an address with `saved=` in it, and the
 * address bar drops the parameter, so a link copied from it does not carry it.
 */
export async function SavedNotice({ saved, noun }: { saved?: string | string[]; noun: string }) {
  const say = typeof saved === "string" ? said[saved] : undefined;
  if (!say || !(await canEdit())) return null;
  return (
    <p role="status" className="my-3 rounded border-2 border-green-800 bg-surface p-3 font-medium dark:border-green-300">
      <span aria-hidden="true">✓ </span>
      {say(noun)}
      <ForgetSavedParam />
    </p>
  );
}
