// Checks that an export file's records fit together before anything is written: ids and
// slugs unique, every reference pointing at a record in the file, supersession chains
// without loops. The database would refuse most of these too, but with a message naming
// a constraint rather than the record to fix. Each kind checks its own sections
// (`lib/<kind>/<kind>-export.ts`); revisions are checked here.
import { rowsOf, type ExportFile } from "./export-format";
import { ProblemList, type FileIndex } from "./export-section";
import { fileSections } from "./file-sections";

export function checkExportReferences(file: ExportFile): string[] {
  const ids = new Map<string, Set<string>>();
  const index: FileIndex = {
    ids(section) {
      if (!ids.has(section)) ids.set(section, new Set(rowsOf<{ id?: string }>(file, section).flatMap((r) => (r.id ? [r.id] : []))));
      return ids.get(section)!;
    },
  };
  const problems = fileSections.flatMap((section) => section.check?.(rowsOf(file, section.key), index) ?? []);
  const revisions = new ProblemList();
  revisions.uniqueIds(file.revisions, "revisions");
  return [...problems, ...revisions.problems];
}
