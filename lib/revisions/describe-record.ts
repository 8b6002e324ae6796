// A record named in a sentence, from a snapshot: for lists of changes and history pages.
import type { EntityType } from "./record-revision";

export const entityTypeLabel: Record<EntityType, string> = {
  negotiation: "Negotiation",
  party: "Party",
  issue: "Issue",
  position: "Position",
  source: "Source",
  event: "Event",
  commitment: "Commitment",
};

function clip(text: string, max = 120) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** "Istanbul round …", "Reuters: Putin says …", or the record's id when the snapshot says nothing. */
export function describeRecord(entityType: string, snapshot: Record<string, unknown> | null | undefined, fallback = ""): string {
  if (!snapshot) return fallback;
  switch (entityType) {
    case "negotiation":
      return clip(text(snapshot.title) ?? fallback);
    case "party":
    case "issue":
    case "event":
      return clip(text(snapshot.name) ?? fallback);
    case "source": {
      const title = text(snapshot.title) ?? fallback;
      const outlet = text(snapshot.outlet);
      return clip(outlet ? `${outlet}: ${title}` : title);
    }
    case "position":
    case "commitment":
      return clip(text(snapshot.summary) ?? fallback);
    default:
      return fallback;
  }
}
