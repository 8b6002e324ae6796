import "server-only";
import type { ExportFile } from "./export-format";
import type { ExportScope } from "./export-section";
import { writeExportFile, type ExportOptions } from "./write-export-file";

/**
 * A whole export file as an object, for code that wants the data in hand (the tests, small
 * databases): the streamed text (./write-export-file.ts) collected and parsed. The HTTP
 * routes never do this; they stream.
 */
export async function exportDataset({ scope = "archive", ...options }: ExportOptions & { scope?: ExportScope } = {}): Promise<ExportFile> {
  const parts: string[] = [];
  await writeExportFile(scope, (text) => void parts.push(text), options);
  return JSON.parse(parts.join("")) as ExportFile;
}
