/** A POST form, so signing out works without JavaScript and cannot be triggered by a link. */
export function SignOutButton({ signOut, className }: { signOut: () => Promise<void>; className?: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className={className ?? "rounded border border-line bg-surface px-3 py-1.5 text-sm hover:bg-paper"}>
        Sign out
      </button>
    </form>
  );
}
