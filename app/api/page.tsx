// The API reference, rendered on the server from the same OpenAPI document that
// /api/v1/openapi.json serves: conventions, then every operation by topic, then schemas.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { Conventions } from "@/components/api-reference/conventions";
import { OperationView, type OperationObject } from "@/components/api-reference/operation-view";
import { SchemaTable, type Schema } from "@/components/api-reference/schema-table";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { headersOf, publicOrigin } from "@/lib/request/public-origin";
import { getReferenceExamples } from "@/lib/api/reference-examples";

export const metadata: Metadata = { title: "API reference" };

async function siteOrigin() {
  // proxy.ts has refused requests without a public origin.
  return publicOrigin(headersOf(await headers()))?.origin ?? "";
}

export default async function ApiReferencePage() {
  const doc = buildOpenApiDocument();
  const [origin, examples] = await Promise.all([siteOrigin(), getReferenceExamples()]);
  const schemas = doc.components.schemas as Record<string, Schema>;
  const operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation: operation as OperationObject & { tags: string[] } })),
  );
  const tags = doc.tags.map((t) => t.name);

  return (
    <>
      <h1>API reference</h1>
      <p className="mt-2 max-w-prose text-muted">
        Parley&rsquo;s records — negotiations, parties, issues, areas, positions, sources, events, commitments, plans
        and their points, and their history — as JSON over HTTP, for researchers&rsquo; scripts and other newsrooms. This page is generated from the{" "}
        <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>, which is generated from the schemas the API validates
        with.
      </p>

      <nav aria-labelledby="contents" className="mt-6">
        <h2 id="contents" className="text-xl font-semibold">Contents</h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <a href="#conventions">Conventions</a>: addresses, time, credentials, errors, versions, pages
          </li>
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`}>{tag}</a>:{" "}
              {operations
                .filter((o) => o.operation.tags.includes(tag))
                .map((o, i) => (
                  <span key={o.operation.operationId}>
                    {i > 0 && ", "}
                    <a href={`#${o.operation.operationId}`}>{o.operation.summary}</a>
                  </span>
                ))}
            </li>
          ))}
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>

      <Conventions origin={origin} party={examples.parties[0]} />

      {tags.map((tag) => (
        <section key={tag} id={`tag-${tag}`} aria-labelledby={`tag-${tag}-title`} className="mt-10">
          <h2 id={`tag-${tag}-title`} className="text-2xl font-semibold">{tag}</h2>
          {operations
            .filter((o) => o.operation.tags.includes(tag))
            .map((o) => (
              <OperationView key={o.operation.operationId} {...o} schemas={schemas} origin={origin} examples={examples} />
            ))}
        </section>
      ))}

      <section id="schemas" aria-labelledby="schemas-title" className="mt-10">
        <h2 id="schemas-title" className="text-2xl font-semibold">Schemas</h2>
        <p className="mt-2 max-w-prose text-muted">
          The records as the API answers with them (lists hold pages of these), the problem document, and the
          structured terms each kind of issue codes. The bodies each write takes are shown with the operation.
        </p>
        {Object.entries(schemas)
          .filter(([name]) => !/(Create|Patch|Retract|Restore|Supersede|Withdraw|List)$/.test(name))
          .map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-title`} className="mt-6 border-t border-line pt-4">
            <h3 id={`schema-${name}-title`} className="font-mono text-lg font-semibold">{name}</h3>
            {schema.description && <p className="mt-1 max-w-prose">{schema.description}</p>}
            <div className="mt-2">
              <SchemaTable schema={schema} label={`Fields of ${name}`} />
            </div>
          </section>
          ))}
      </section>
    </>
  );
}
