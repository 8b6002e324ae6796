// Export files of earlier format versions, brought to this version's shape before they are
// checked: each step adds what the version after it introduced. What older files hold in
// earlier words (territorial claims before areas) the data migrations rewrite once the
// file is imported (scripts/import.ts). Pure.

/** Version 2 added areas (the "areas" section) and party-neutral territorial claims. */
const steps: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  1: (file) => ({ ...file, formatVersion: 2, areas: file.areas ?? [] }),
};

export const OLDEST_FORMAT_VERSION = 1;

/** The file in the newest shape these steps reach, or unchanged when no step applies. */
export function upgradeExportFile(file: Record<string, unknown>): Record<string, unknown> {
  let out = file;
  for (let step = steps[out.formatVersion as number]; step; step = steps[out.formatVersion as number]) out = step(out);
  return out;
}
