/** After a save that leads on to another editing page (a new plan, to its points). */
export function SavedNotice({ saved, noun }: { saved?: string; noun: string }) {
  if (saved !== "created") return null;
  return (
    <p role="status" className="mb-6 rounded border-2 border-green-800 bg-surface p-3 font-medium dark:border-green-300">
      <span aria-hidden="true">✓ </span>
      The {noun} was created.
    </p>
  );
}
