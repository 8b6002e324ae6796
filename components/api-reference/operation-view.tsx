// One operation of the OpenAPI document: method and path, what it does, who may call it,
// its parameters, request body, answers and a curl example.
import type { ReferenceExamples } from "@/lib/api/reference-examples";
import { curlExample } from "./curl-example";
import { Prose } from "./prose";
import { refName, SchemaTable, typeLabel, type Schema } from "./schema-table";

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Media = Record<string, { schema?: Schema; example?: unknown }>;
export type OperationObject = {
  operationId: string;
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Media };
  responses: Record<string, { description: string; content?: Media; headers?: Record<string, unknown> }>;
  security?: unknown[];
};

function exampleQueries({ negotiation, parties: [a, b] }: ReferenceExamples): Record<string, string> {
  return {
    "/positions": `party=${a}&status=current&limit=10`,
    "/compare": `negotiation=${negotiation}&parties=${a},${b}&asOf=2025-05-16`,
    "/search": "q=ceasefire&kind=position",
    "/revisions": "entityType=position&limit=20",
    "/export.json": "scope=archive",
  };
}

const examplePatch: Record<string, unknown> = { stance: "conditional", note: "Corrected after the transcript was published" };

export function OperationView({
  method,
  path,
  operation,
  schemas,
  origin,
  examples,
}: {
  method: string;
  path: string;
  operation: OperationObject;
  schemas: Record<string, Schema>;
  origin: string;
  /** Records of this install the examples name. */
  examples: ReferenceExamples;
}) {
  // An empty requirement among the security options means "or no credentials at all".
  const open = operation.security?.some((option) => Object.keys(option as object).length === 0) ?? false;
  const write = Boolean(operation.security) && !open;
  const bodyMedia = operation.requestBody?.content["application/json"];
  const bodySchema = bodyMedia?.schema?.$ref ? schemas[refName(bodyMedia.schema.$ref)] : bodyMedia?.schema;
  const conditional = operation.parameters.some((p) => p.in === "header");
  const example = method === "post" ? bodyMedia?.example : method === "patch" ? examplePatch : undefined;
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="mt-8 border-t border-line pt-6">
      <h3 id={`${operation.operationId}-title`} className="text-lg font-semibold">
        <span className="mr-2 inline-block rounded border border-line px-1.5 font-mono text-sm uppercase">{method}</span>
        <code className="break-all font-mono">/api/v1{path}</code>
        <span className="ml-2 font-normal text-muted">— {operation.summary}</span>
      </h3>
      {operation.description && <Prose text={operation.description} className="mt-2 max-w-prose" />}
      <p className="mt-2 text-sm">
        <strong>Who may call it:</strong>{" "}
        {write
          ? "an editor — an API token with write scope (Authorization: Bearer …), or a signed-in session from Parley's own pages."
          : open
            ? "anyone, from any origin; with an editor's session or an API token (Authorization: Bearer …) it gives more, as said above."
            : "anyone, from any origin; no credentials needed."}
      </p>

      {operation.parameters.length > 0 && (
        <div tabIndex={0} role="region" aria-label={`Parameters of ${method.toUpperCase()} /api/v1${path}`} className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-medium">Parameters</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">Name</th>
                <th scope="col" className="py-1 pr-3">In</th>
                <th scope="col" className="py-1 pr-3">Type</th>
                <th scope="col" className="py-1">About</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-b border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {p.name}
                    {p.required && <span className="ml-1 text-xs text-muted">(required)</span>}
                  </th>
                  <td className="py-1 pr-3">{p.in}</td>
                  <td className="py-1 pr-3">
                    {typeLabel(p.schema)}
                    {p.schema.enum && <span className="text-muted">: {p.schema.enum.map(String).join(", ")}</span>}
                  </td>
                  <td className="py-1">{p.description && <Prose text={p.description} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {bodySchema && (
        <div className="mt-4">
          <SchemaTable
            schema={bodySchema}
            caption={`Request body (application/json${operation.requestBody?.required ? "" : ", optional"})`}
            label={`Request body of ${method.toUpperCase()} /api/v1${path}`}
          />
        </div>
      )}

      <h4 className="mt-4 font-medium">Answers</h4>
      <ul className="mt-1 list-disc pl-6 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const media = response.content && Object.entries(response.content)[0];
          const schema = media?.[1].schema;
          const refs = (schema?.oneOf ?? [schema]).flatMap((s) => (s?.$ref ? [refName(s.$ref)] : []));
          return (
            <li key={status}>
              <strong>{status}</strong> {response.description}
              {media && (
                <span className="text-muted">
                  {" "}({media[0]}
                  {refs.map((name, i) => (
                    <SchemaLink key={name} name={name} or={i > 0} />
                  ))}
                  )
                </span>
              )}
            </li>
          );
        })}
      </ul>

      <h4 className="mt-4 font-medium">Example</h4>
      <pre tabIndex={0} className="mt-1 overflow-x-auto rounded border border-line bg-surface p-3 text-sm">
        <code>
          {curlExample(origin, {
            method,
            path,
            write: write || open,
            conditional,
            body: example,
            query: method === "get" ? exampleQueries(examples)[path] : undefined,
            ids: { negotiations: examples.negotiation, parties: examples.parties[0] },
          })}
        </code>
      </pre>
    </section>
  );
}

/** Lists are described by their items: a page of Position links to Position. */
function SchemaLink({ name, or }: { name: string; or: boolean }) {
  const item = name.endsWith("List") ? name.slice(0, -"List".length) : null;
  const lead = or ? " or " : ": ";
  return item ? (
    <>
      {lead}a page of <a href={`#schema-${item}`}>{item}</a>
    </>
  ) : (
    <>
      {lead}
      <a href={`#schema-${name}`}>{name}</a>
    </>
  );
}
