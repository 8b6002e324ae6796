// Every operation of the API with the schemas its handler validates with and answers in.
// The OpenAPI document and the reference page are built from this list, and a test checks
// it against the route files, so the documentation cannot drift from the code.
import { z } from "zod";
import { searchInput } from "@/lib/search/search-input";
import { recordKinds } from "@/lib/records/registry";
import type { ApiResource } from "./resource";
import { itemPath, listOf } from "./schemas/common";
import { compareQuery, compareResult } from "./schemas/compare";
import { planDiffQuery, planDiffResult } from "./schemas/plan-diff";
import { csvExportQuery, exportQuery } from "./schemas/exports";
import { exportFile, readerExportFile } from "@/lib/export/export-format";
import { revisionItem, revisionListQuery } from "./schemas/revisions";
import { searchResult } from "./schemas/search";
import { areasGeoJson, areasGeoJsonQuery } from "@/lib/maps/areas-geojson-schema";

export type Method = "get" | "post" | "patch" | "delete";

export type Operation = {
  method: Method;
  /** Relative to /api/v1, with OpenAPI's {param} placeholders. */
  path: string;
  /** The route file's folder under app/api/v1 (Next's [param] placeholders): a record kind's resource is served by the dynamic `[resource]` routes. */
  route: string;
  tag: string;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; name: string; example?: unknown };
  /**
   * The success answer: status and schema (none for 204). An answer with a schema carries an
   * ETag unless `streamed`: a file sent as it is read has no tag before it ends.
   */
  success: {
    status: 200 | 201 | 204;
    schema?: z.ZodType;
    name?: string;
    description: string;
    contentType?: string;
    streamed?: true;
    /** A second shape the body may take, by what the request asks for (the archive beside the reader export). */
    or?: { schema: z.ZodType; name: string };
  };
  /** A second success answer, with no body: a revert to a retracted state. */
  alsoSuccess?: { status: 204; description: string };
  /** Needs an editor: an API token with write scope, or a session from Parley's own pages. */
  write: boolean;
  /** A read open to anyone that gives more with a session or an API token (the full archive, retracted records' changes). */
  credentials?: "optional";
  /** Answers carry an ETag and honour If-None-Match (reads) or need If-Match/version (writes). */
  conditional?: "read" | "write";
  /** The error statuses this operation can answer with, beyond 500. */
  errors: number[];
};

/** Every record kind's resource, in the registry's order (lib/records/registry.ts). */
export const apiResources: readonly ApiResource[] = recordKinds.map((kind) => kind.api);

const titleCase = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const a = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

function resourceOperations(r: ApiResource): Operation[] {
  // The schemas' names: "Position", "PlanPoint".
  const Noun = r.noun.split(" ").map(titleCase).join("");
  const idNote = !r.acceptsSlug
    ? `\`{id}\` is the ${r.noun}'s id.`
    : r.slugWithinNegotiation
      ? `\`{id}\` is the ${r.noun}'s id or its slug; a slug that several negotiations use for their ${r.noun}s is refused (422): use the id.`
      : `\`{id}\` is the ${r.noun}'s id or its slug.`;
  const item = { schema: r.item, name: Noun };
  return [
    {
      method: "get", path: `/${r.path}`, route: "[resource]", tag: r.tag, summary: `List ${r.path}`,
      description: `${r.description} Ordered by id, a page at a time: follow \`links.next\` (or pass \`nextCursor\` as \`cursor\`). A filter that names a record names one readers can see, or the list is refused (422) rather than answered empty.`,
      query: r.listQuery as unknown as z.ZodObject,
      success: { status: 200, schema: listOf(r.item), name: `${Noun}List`, description: `A page of ${r.path}` },
      write: false, errors: [422],
    },
    {
      method: "post", path: `/${r.path}`, route: "[resource]", tag: r.tag, summary: `Create ${a(r.noun)}`,
      description: `Records a new ${r.noun} and the first revision of its history. \`note\` is kept with the revision.`,
      body: { schema: r.createBody, name: `${Noun}Create`, example: r.example },
      success: { status: 201, ...item, description: `The new ${r.noun}; Location names its address` },
      write: true, errors: [400, 401, 403, 413, 415, 422],
    },
    {
      method: "get", path: `/${r.path}/{id}`, route: "[resource]/[id]", tag: r.tag, summary: `Read ${a(r.noun)}`,
      description: `${idNote} The ETag names this state of the record: send it in If-None-Match to revalidate, or in If-Match to change it.`,
      pathParams: itemPath,
      success: { status: 200, ...item, description: `The ${r.noun}` },
      write: false, conditional: "read", errors: [404, 422],
    },
    {
      method: "patch", path: `/${r.path}/{id}`, route: "[resource]/[id]", tag: r.tag, summary: `Change ${a(r.noun)}`,
      description: `${idNote} Send only the fields to change; the others keep their stored values (a list you send, such as citations, replaces the stored list), and the whole record is then validated as on create. Name the version you started from with If-Match (the ETag) or \`version\` in the body.`,
      pathParams: itemPath,
      body: { schema: r.patchBody, name: `${Noun}Patch` },
      success: { status: 200, ...item, description: `The ${r.noun} as saved` },
      write: true, conditional: "write", errors: [400, 401, 403, 404, 409, 412, 413, 415, 422, 428],
    },
    {
      method: "delete", path: `/${r.path}/{id}`, route: "[resource]/[id]", tag: r.tag, summary: `Retract ${a(r.noun)}`,
      description: `${idNote} Retraction hides the ${r.noun} from readers; its history stays and an editor can restore it. Name the version with If-Match or a JSON body \`{"version": n}\`.`,
      pathParams: itemPath,
      body: { schema: r.deleteBody, name: `${Noun}Retract` },
      success: { status: 204, description: "Retracted; the ETag names the retracted state, for a restore" },
      write: true, conditional: "write", errors: [400, 401, 403, 404, 409, 412, 413, 415, 422, 428],
    },
    {
      method: "post", path: `/${r.path}/{id}/restore`, route: "[resource]/[id]/[action]", tag: r.tag, summary: `Restore ${a(r.noun)}`,
      description: `Undoes a retraction: readers see the ${r.noun} again. \`{id}\` is the ${r.noun}'s id. Name the retracted state's version with If-Match (the ETag the DELETE answered with) or \`version\`.`,
      pathParams: itemPath,
      body: { schema: r.deleteBody, name: `${Noun}Restore` },
      success: { status: 200, ...item, description: `The ${r.noun}, visible again` },
      write: true, conditional: "write", errors: [400, 401, 403, 404, 409, 412, 413, 415, 422, 428],
    },
    {
      method: "post", path: `/${r.path}/{id}/revert`, route: "[resource]/[id]/[action]", tag: r.tag, summary: `Revert ${a(r.noun)}`,
      description: `Undoes edits: puts the ${r.noun} back as one of its revisions left it (\`revisionId\`, from \`GET /revisions?entityType=${r.entityType}&entityId={id}\` with the same credentials, which lists a retracted ${r.noun}'s changes too), retracted or not as it was then. History is not rewritten: the revert is a new revision (action \`revert\`), and none is written when the ${r.noun} already holds that state. \`{id}\` is the ${r.noun}'s id. Name the version you started from with If-Match or \`version\`. Answers 204 with the ETag when the state gone back to is retracted.`,
      pathParams: itemPath,
      body: { schema: r.revertBody, name: `${Noun}Revert`, example: { revisionId: "REVISION_ID", version: 2, note: "Undo a mistaken edit" } },
      success: { status: 200, ...item, description: `The ${r.noun} as it now is` },
      alsoSuccess: { status: 204, description: `Gone back to a retracted state: readers no longer see the ${r.noun}; the ETag names that state, for a restore` },
      write: true, conditional: "write", errors: [400, 401, 403, 404, 409, 412, 413, 415, 422, 428],
    },
  ];
}

function actionOperations(r: ApiResource): Operation[] {
  return Object.entries(r.actions ?? {}).map(([name, { operation }]) => ({
    method: "post",
    path: `/${r.path}/{id}/${name}`,
    route: "[resource]/[id]/[action]",
    tag: r.tag,
    pathParams: itemPath,
    write: true,
    conditional: "write",
    ...operation,
  }));
}

export const operations: Operation[] = [
  ...apiResources.flatMap(resourceOperations),
  ...apiResources.flatMap(actionOperations),
  {
    method: "get", path: "/revisions", route: "revisions", tag: "History", summary: "List changes",
    description:
      "Every change to every record, newest first by recording date (when Parley's record changed, not when a party spoke). With `entityType` and `entityId`, one record's history. As on the history pages, changes to records that are retracted now are left out for readers and listed for editors (a session, or an API token with write scope), who may restore or revert those records.",
    query: revisionListQuery,
    success: { status: 200, schema: listOf(revisionItem), name: "RevisionList", description: "A page of changes" },
    write: false, credentials: "optional", errors: [422],
  },
  {
    method: "get", path: "/revisions/{id}", route: "revisions/[id]", tag: "History", summary: "Read a change",
    description:
      "One recorded change: who made it, when, with which note, and the record's state before and after. As on the history pages, a change to a record that is retracted now answers 404 to readers, and is shown to editors (a session, or an API token with write scope).",
    pathParams: itemPath,
    success: { status: 200, schema: revisionItem, name: "Revision", description: "The change, with the record's state before and after" },
    write: false, credentials: "optional", conditional: "read", errors: [404, 422],
  },
  {
    method: "get", path: "/compare", route: "compare", tag: "Compare", summary: "Compare parties",
    description:
      "The compare page's data: for each issue, each party's position (today's, or the one current on the statement date `asOf`) and the comparison rules' class (aligned, partly-aligned, opposed, unknown) with the reason, every pair, and numeric terms.",
    query: compareQuery,
    success: { status: 200, schema: compareResult, name: "Comparison", description: "Rows per issue" },
    write: false, errors: [404, 422],
  },
  {
    method: "get", path: "/plan-diff", route: "plan-diff", tag: "Plans", summary: "What changed between two plans",
    description:
      "The plan diff page's data: what changed from one plan to another of the same negotiation, point by point, from the points' mapping (which point revises which). A point is called added or dropped only when that is known; otherwise `unrecorded` says its counterpart may be among points not recorded, and `partlyRecorded` names the plans whose points are not all recorded. 404 unless readers may see both plans and they share a negotiation.",
    query: planDiffQuery as unknown as z.ZodObject,
    success: { status: 200, schema: planDiffResult, name: "PlanDiff", description: "The two plans, how they are linked, the counts and each point's change" },
    write: false, errors: [404, 422],
  },
  {
    method: "get", path: "/negotiations/{id}/areas.geojson", route: "negotiations/[id]/areas.geojson", tag: "Maps", summary: "Areas as GeoJSON",
    description:
      "A negotiation's areas (`{id}` is its id or slug) as a GeoJSON FeatureCollection (RFC 7946, served as application/geo+json): each area with the shape Parley's maps draw — the outline an editor drew, else the admin-1 outline its code names (Natural Earth, public domain), else null — and its kind, code, parent and holder. With `party`, each area also carries that party's claims in its positions on the territory issues, current today or on the statement date `asOf`, read as the maps and comparisons read them: the party's claim on the area itself, else on an area it lies in, else on `all`.",
    pathParams: itemPath,
    query: areasGeoJsonQuery as unknown as z.ZodObject,
    success: { status: 200, schema: areasGeoJson, name: "AreasGeoJson", description: "The areas, with shapes", contentType: "application/geo+json" },
    write: false, errors: [404, 422],
  },
  {
    method: "get", path: "/search", route: "search", tag: "Search", summary: "Search",
    description:
      "Full-text search over positions (summaries, quotes, details), sources, events, commitments, plans and their points, with the search page's filters and ranking. Words must all occur; put a phrase in double quotes. An issue is named by its slug (that issue in every negotiation that has it, or in the negotiation chosen) or by its id (that one issue). A negotiation, party or issue filter naming none readers can see, or an issue the negotiation chosen does not have, is refused (422), not answered with no hits.",
    query: searchInput,
    success: { status: 200, schema: searchResult, name: "SearchResults", description: "Ranked hits, 20 a page" },
    write: false, errors: [422],
  },
  {
    method: "get", path: "/export.json", route: "export.json", tag: "Exports", summary: "The records as one JSON file",
    description:
      "With `scope=reader` (the default), what readers may see: every record not retracted nor hidden with its parent, without links to hidden ones, and the history of those records — each change naming who made it (an API token by its owner only), without account ids. With `scope=archive`, for an editor's session or an API token of either scope: every record, retracted ones included (marked by `retractedAt`), and the full history, as one file that `npm run import` restores exactly. Streamed as it is read: a large file starts at once and takes little memory on either side. Downloads share one reading while the records are unchanged; a client may run 2 at once, and a server a few (429 or 503 beyond, with Retry-After).",
    query: exportQuery,
    success: {
      status: 200,
      // The reader export, which anyone may download; the archive differs as its description says.
      schema: readerExportFile.meta({ description: "The reader export (`scope=reader`): what readers may see, and each change as readers see it." }),
      name: "ExportFile",
      description: "The file, as a download (parley-export-… or parley-archive-…)",
      contentType: "application/json",
      streamed: true,
      or: {
        schema: exportFile.meta({
          description:
            "The archive (`scope=archive`): the same sections, with `format` `parley-export`, retracted records among them (marked by `retractedAt`), and each revision's `actorId` (the account that made it, or null).",
        }),
        name: "ArchiveExportFile",
      },
    },
    write: false, credentials: "optional", errors: [401, 422, 429, 503],
  },
  {
    method: "get", path: "/export.csv", route: "export.csv", tag: "Exports", summary: "Records as CSV",
    description:
      "One kind of record readers may see (or one negotiation's, with `negotiation`), one row each, for spreadsheets. `records=positions` (the default): by negotiation, issue, party and statement date, with its sources, their quotes, and its coded terms as JSON with their confidence and note. `events`: by negotiation and date, with participants and sources. `commitments`: by negotiation, with the parties bound, the event, status, evidence and sources. `sources`: by outlet and title; for one negotiation, those its records cite. `plan-points`: by negotiation, plan date and printed order, with the plan's title, date and status, the issues touched and the point revised. UTF-8 with a byte order mark, CRLF line ends; cells a spreadsheet could take for a formula start with '. Streamed and bounded like the JSON file.",
    query: csvExportQuery,
    success: { status: 200, description: "A CSV file with a header row", contentType: "text/csv", streamed: true },
    write: false, errors: [422, 429, 503],
  },
  {
    method: "get", path: "/openapi.json", route: "openapi.json", tag: "Reference", summary: "This API's OpenAPI 3.1 document",
    description: "This document, generated from the schemas the handlers validate with; the reference page at /api is built from it.",
    success: { status: 200, description: "The OpenAPI document" },
    write: false, errors: [],
  },
];
