// Fills a migrated database with a large synthetic dataset, to measure Parley at scale
// ("Fast at any size"): at --scale 1, 20 negotiations, 200 parties, 100,000 positions and
// 500,000 citations, with their sources, events, commitments, a "create" revision per
// record and the full-text search index.
//
//   DATABASE_URL=file:./.tmp/scale.db npx tsx bench/synthetic/generate.ts [--scale 0.01] [--yes]
//
// It writes only to an empty database (run `npx prisma migrate deploy` first). With --yes it
// also empties a database that already holds records, but only one that is plainly a
// scratch database: a SQLite file under .tmp/ or /tmp/, or a name containing scale, bench,
// synthetic or scratch. Accounts (users, tokens) are kept.
import { databaseUrl, engineFor } from "@/lib/db/engine";
import { compareStatements } from "@/lib/positions/current-statement";
import { buildDataset, sizesFor, type Dataset, type Row } from "./dataset";
import { revisionCount, revisionRows, searchDocumentCount, searchDocumentRows } from "./derived";
import { idMaker, seededRandom } from "./random";
import { openSink, type Sink } from "./sinks";

const url = databaseUrl();
const engine = engineFor(url);
const args = process.argv.slice(2);
const scaleArg = args.indexOf("--scale");
const scale = scaleArg >= 0 ? Number(args[scaleArg + 1]) : 1;
const confirmed = args.includes("--yes");
const redacted = url.replace(/:[^:@/]*@/, ":***@");

export function isScratchDatabase(databaseUrl: string) {
  if (databaseUrl.startsWith("file:")) {
    const file = databaseUrl.slice("file:".length);
    return /(^|\/)\.tmp\//.test(file) || file.startsWith("/tmp/");
  }
  const name = new URL(databaseUrl).pathname.slice(1);
  return /scale|bench|synthetic|scratch/i.test(name);
}

async function main() {
  if (!(scale > 0 && scale <= 10)) throw new Error("--scale takes a number between 0 and 10 (1 = the full synthetic size)");
  const sink = openSink(engine, url);
  try {
    await makeRoom(sink);
    const started = performance.now();
    const sizes = sizesFor(scale);
    console.log(`Building the synthetic dataset at scale ${scale}:`, sizes);
    const data = buildDataset(sizes);
    console.log(`  built in memory in ${seconds(started)} s`);
    await write(sink, data);
    await sink.analyse();
    console.log(`Synthetic dataset written to ${redacted} in ${seconds(started)} s.`);
  } finally {
    await sink.close();
  }
}

async function makeRoom(sink: Sink) {
  let counts: Record<string, number>;
  try {
    counts = await sink.countRecords();
  } catch (error) {
    throw new Error(`Cannot read the tables of ${redacted}: migrate it first (npx prisma migrate deploy). ${(error as Error).message}`);
  }
  const held = Object.entries(counts).filter(([, n]) => n > 0);
  if (held.length === 0) return;
  const summary = held.map(([t, n]) => `${t} ${n}`).join(", ");
  if (!confirmed || !isScratchDatabase(url)) {
    console.error(
      `${redacted} already holds records (${summary}).\n` +
        (isScratchDatabase(url)
          ? "Pass --yes to erase them and load the synthetic dataset."
          : "The generator only erases scratch databases (a SQLite file under .tmp/ or /tmp/, or a database named *scale*, *bench*, *synthetic*, *scratch*). Use an empty, migrated database."),
    );
    process.exit(1);
  }
  console.log(`Erasing the records of ${redacted} (${summary}).`);
  await sink.deleteRecords();
}

async function write(sink: Sink, data: Dataset) {
  const all = (rows: Row[]) => [rows, rows.length] as const;
  await sink.insert("Negotiation", ...all(data.negotiations));
  await sink.insert("Party", ...all(data.parties));
  await sink.insert("NegotiationParty", ...all(data.seats));
  await sink.insert("Issue", ...all(data.issues));
  await sink.insert("Area", ...all(data.areas));
  await sink.insert("Source", ...all(data.sources));
  await sink.insert("Event", ...all(data.events));
  await sink.insert("EventParticipant", ...all(data.participants));
  await sink.insert("EventSource", ...all(data.eventSources));
  await sink.insert("Commitment", ...all(data.commitments));
  await sink.insert("CommitmentParty", ...all(data.commitmentParties));
  await sink.insert("CommitmentSource", ...all(data.commitmentSources));
  // A statement's supersededBy is a later statement: newest first, so each reference
  // points at a row already written (PostgreSQL checks foreign keys per statement).
  const newestFirst = [...data.positions].sort((a, b) => compareStatements(b as never, a as never));
  await sink.insert("Position", ...all(newestFirst));
  await sink.insert("Citation", ...all(data.citations));
  await sink.insert("Revision", revisionRows(data, idMaker(seededRandom(7), Date.now())), revisionCount(data));
  await sink.insert("SearchDocument", searchDocumentRows(data), searchDocumentCount(data));
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
