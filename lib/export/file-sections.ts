import "server-only";
import type { RecordKind } from "@/lib/records/record-kind";
import { recordKinds } from "@/lib/records/registry";
import type { ExportSection } from "./export-section";

/**
 * Every kind's sections of the export file, in the order the file lists them and an import
 * writes them: the registry's order, except that a section comes after those it depends on
 * (a negotiation's seats after the parties, positions after the events they cite).
 */
function inDependencyOrder(sections: ExportSection[]): ExportSection[] {
  const placed = new Set<string>();
  const out: ExportSection[] = [];
  while (out.length < sections.length) {
    const next = sections.find((s) => !placed.has(s.key) && (s.dependsOn ?? []).every((d) => placed.has(d)));
    if (!next) throw new Error("The export sections depend on each other in a loop, or on a section no kind defines");
    placed.add(next.key);
    out.push(next);
  }
  return out;
}

export const fileSections: readonly ExportSection[] = inDependencyOrder(
  (recordKinds as readonly RecordKind[]).flatMap((kind) => kind.exported),
);
