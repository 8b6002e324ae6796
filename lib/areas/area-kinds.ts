// The kinds of place an area can be (docs/domain-rules.md, "Areas"), and their words.
import { z } from "zod";

export const areaKinds = ["province", "city", "corridor", "zone", "line", "other"] as const;
export const areaKind = z.enum(areaKinds);
export type AreaKind = z.infer<typeof areaKind>;

export const areaKindLabel: Record<AreaKind, string> = {
  province: "Province or region",
  city: "City",
  corridor: "Corridor",
  zone: "Zone",
  line: "Line",
  other: "Other place",
};
