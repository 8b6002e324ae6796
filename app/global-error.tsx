"use client";

import { useEffect } from "react";

// Replaces the whole document when the root layout itself fails, so it brings its own
// minimal styles (the global stylesheet may be what failed).
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en">
      <head>
        <title>Something went wrong — Parley</title>
      </head>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", lineHeight: 1.55 }}>
        <main>
          <h1>Parley could not be shown</h1>
          <p>Something went wrong on our side. Nothing was changed. Please try again in a moment.</p>
          <p>
            <button type="button" onClick={() => retry()} style={{ font: "inherit", padding: "0.4rem 0.8rem" }}>
              Try again
            </button>{" "}
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
