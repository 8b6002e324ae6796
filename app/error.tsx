"use client";

import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <div role="alert" className="max-w-prose">
      <h1>This page could not be shown</h1>
      <p className="mt-3">
        Something went wrong on our side while reading the records. Nothing you did caused it, and nothing was
        changed. Trying again often works.
      </p>
      {digest && <p className="mt-2 text-sm text-muted">Reference for the editors: {digest}</p>}
      <p className="mt-4 flex flex-wrap gap-4">
        <button type="button" onClick={() => retry()} className="rounded border border-ink px-3 py-1.5 font-medium hover:bg-surface">
          Try again
        </button>
        <Link href="/" className="self-center">
          Back to the negotiations
        </Link>
      </p>
    </div>
  );
}
