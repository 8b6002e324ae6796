// The export of the database the domain's client reads (DATABASE_URL) — the full archive, or
// the reader export — as the file is, or normalised (tests/support/normalise-export.ts) so
// that generated ids and moments compare.
import { writeExportFile } from "@/lib/export/write-export-file";
import { normaliseExport } from "./normalise-export";

export async function seededExport(scope: "archive" | "reader", { raw }: { raw: boolean }): Promise<Record<string, unknown>> {
  const parts: string[] = [];
  await writeExportFile(scope, (text) => void parts.push(text));
  const file = JSON.parse(parts.join("")) as Record<string, unknown>;
  // As JSON, whichever way it is read: the file, or the normalised copy.
  return raw ? file : (JSON.parse(JSON.stringify(normaliseExport(file as never))) as Record<string, unknown>);
}
