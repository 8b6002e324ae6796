/**
 * Headers that make a browser save an export as "<name>-YYYY-MM-DD.<ext>" (the day the
 * records were read): "parley-export" for what readers see, "parley-archive" for the full
 * archive, "parley-export-<negotiation slug>" for one negotiation's; "parley-events"… for a CSV of other records.
 */
export function attachment(extension: "json" | "csv", at: Date = new Date(), name: `parley-${string}` = "parley-export") {
  return {
    "content-disposition": `attachment; filename="${name}-${at.toISOString().slice(0, 10)}.${extension}"`,
    // An export reflects the data as it is now; a cached copy would hide later changes.
    "cache-control": "no-store",
  };
}
