// The conventions every endpoint shares: addresses, time, credentials, errors, versions,
// pages and CORS. Plain prose with small examples; the operations follow it.
import { problemTitles, problemType } from "@/lib/http/problem";
import { MAX_BODY_BYTES } from "@/lib/http/read-json";

const problemMeaning: Record<number, string> = {
  400: "The body is not valid JSON in UTF-8, or is empty.",
  401: "No valid credentials: sign in, or send a live API token.",
  403: "The credentials may not do this: a read-only token, an account that may not edit, or a cross-site request with a session cookie.",
  404: "There is no such record or address (retracted records count as gone).",
  405: "The address does not support the method; Allow lists those it does.",
  409: "The version in the body is stale, or the record's state forbids the change (already retracted); current holds the record now.",
  412: "If-Match names a state the record is no longer in; current holds the record now.",
  413: "The body is larger than the limit.",
  415: "The body was not sent as application/json.",
  422: "Some fields or query parameters are invalid; errors holds the messages per field path.",
  428: "A change must name the version it starts from: If-Match or version.",
  429: "Too many requests; wait as long as Retry-After says.",
  503: "The server is busy with requests of this kind (export downloads); wait as long as Retry-After says.",
  500: "Parley failed; it has been logged. Client input never causes this.",
  501: "No address supports the method (TRACE).",
};

const problemExample = {
  type: "/api#problem-invalid-fields",
  title: "Invalid fields",
  status: 422,
  detail: "Some fields need attention",
  errors: { statedOn: ["Enter the statement date as YYYY-MM-DD, YYYY-MM or YYYY"], "citations.0.sourceId": ["Choose a source"] },
};

function Block({ children }: { children: string }) {
  return (
    // Focusable so keyboard users can scroll long lines sideways.
    <pre tabIndex={0} className="mt-2 overflow-x-auto rounded border border-line bg-surface p-3 text-sm">
      <code>{children}</code>
    </pre>
  );
}

export function Conventions({ origin, party }: { origin: string; /** A party of this install, for the paging example. */ party: string }) {
  return (
    <section aria-labelledby="conventions" className="mt-8 max-w-prose">
      <h2 id="conventions" className="text-2xl font-semibold">Conventions</h2>

      <h3 className="mt-4 text-lg font-semibold">Addresses and formats</h3>
      <p className="mt-1">
        Every address below is relative to <code>{origin}/api/v1</code>. Requests and answers are JSON. Records with a
        slug (negotiations, parties, issues, events, areas) can be read by slug or id. The machine-readable description of
        everything here is the OpenAPI 3.1 document at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>

      <h3 className="mt-4 text-lg font-semibold">Two kinds of time</h3>
      <p className="mt-1">
        A position&rsquo;s <code>statedOn</code> is the <em>statement date</em>: when the party said it, at the precision
        known (<code>2025-05-16</code>, <code>2025-05</code> or <code>2025</code>). <code>asOf</code> picks the positions
        current on a statement date. <code>createdAt</code>, <code>updatedAt</code> and the revisions are the{" "}
        <em>recording date</em>: when Parley&rsquo;s record changed, and who changed it.
      </p>

      <h3 className="mt-4 text-lg font-semibold">Reading and writing</h3>
      <p className="mt-1">
        Reading needs no account. Writing needs an editor: send an API token that an admin issued with write scope as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. Without valid credentials a write answers <strong>401</strong>; a
        read-only token, or an account that may not edit, gets <strong>403</strong>. A signed-in editor&rsquo;s session
        cookie works too, but only for requests from Parley&rsquo;s own pages (a cross-site request is refused with 403).
      </p>

      <h3 className="mt-4 text-lg font-semibold">Errors</h3>
      <p className="mt-1">
        Every error is <code>application/problem+json</code> (RFC 9457). Invalid fields answer <strong>422</strong> with
        messages per field path in <code>errors</code>; a body that is not JSON is <strong>400</strong>, one not sent as{" "}
        <code>application/json</code> is <strong>415</strong>, and one over {MAX_BODY_BYTES / 1024} KB is{" "}
        <strong>413</strong>. Unknown fields and query parameters are refused, not ignored, so a typo cannot pass unseen.
        A method an address does not support answers <strong>405</strong> with an <code>Allow</code> header.
      </p>
      <Block>{JSON.stringify(problemExample, null, 2)}</Block>
      <dl className="mt-3 text-sm">
        {Object.entries(problemMeaning).map(([status, meaning]) => (
          <div key={status} id={problemType(Number(status)).split("#")[1]} className="mt-1">
            <dt className="inline font-semibold">
              {status} {problemTitles[Number(status)]}:
            </dt>{" "}
            <dd className="inline">{meaning}</dd>
          </div>
        ))}
      </dl>

      <h3 className="mt-4 text-lg font-semibold">Versions: no silent overwrites</h3>
      <p className="mt-1">
        Each record carries a <code>version</code> and answers with an <code>ETag</code>. Send the ETag back in{" "}
        <code>If-None-Match</code> to get <strong>304 Not Modified</strong> while nothing changed. To change or retract
        a record, name the state you started from: the ETag in <code>If-Match</code>, or <code>version</code> in the
        body. With neither the change is refused (<strong>428</strong>). If someone else saved first, a stale{" "}
        <code>If-Match</code> answers <strong>412</strong> and a stale <code>version</code> <strong>409</strong>; both
        carry the record as it is now in <code>current</code>, so you can merge and try again. <code>PATCH</code>{" "}
        changes only the fields it names; every write can carry a <code>note</code> that the record&rsquo;s history keeps.
      </p>

      <h3 className="mt-4 text-lg font-semibold">Pages</h3>
      <p className="mt-1">
        Lists answer <code>{"{ items, nextCursor, links: { self, next } }"}</code>, in a stable order (by id, which
        follows creation). <code>limit</code> takes 1–200 (default 50); follow <code>links.next</code> (also sent as a{" "}
        <code>Link</code> header) until it is null.
      </p>
      <Block>{`next="${origin}/api/v1/positions?party=${party}&limit=200"
while [ "$next" != "null" ]; do
  page=$(curl -s "$next")
  echo "$page" | jq -c '.items[] | {id, stance, statedOn}'
  next=$(echo "$page" | jq -r 'if .links.next then "${origin}" + .links.next else "null" end')
done`}</Block>

      <h3 className="mt-4 text-lg font-semibold">Browsers on other sites</h3>
      <p className="mt-1">
        Reads are open to scripts on any origin (<code>Access-Control-Allow-Origin: *</code>). Writes send no CORS
        headers, and the preflight admits only <code>GET</code> and <code>HEAD</code>.
      </p>
    </section>
  );
}
