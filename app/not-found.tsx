import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1>We could not find that page</h1>
      <p className="mt-3">
        The address may be mistyped, or the record it pointed to may have been retracted by an editor. Records in
        Parley keep their addresses, so a link that worked before should work again if the record is restored.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Where to go from here</h2>
      <ul className="mt-2 list-disc pl-5">
        <li>
          <Link href="/">Negotiations</Link>: each negotiation&rsquo;s matrix of positions
        </li>
        <li>
          <Link href="/events">Events</Link>: rounds of talks, summits and statements
        </li>
        <li>
          <Link href="/commitments">Commitments</Link>: what the parties promised
        </li>
      </ul>
    </div>
  );
}
