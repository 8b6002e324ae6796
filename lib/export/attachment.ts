/** Headers that make a browser save an export as "parley-export-YYYY-MM-DD.<ext>". */
export function attachment(extension: "json" | "csv", at: Date = new Date()) {
  return {
    "content-disposition": `attachment; filename="parley-export-${at.toISOString().slice(0, 10)}.${extension}"`,
    // An export reflects the data as it is now; a cached copy would hide later changes.
    "cache-control": "no-store",
  };
}
