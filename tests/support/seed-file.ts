import { readFileSync } from "node:fs";
import { seedFile, type SeedFile } from "@/lib/seed/seed-file";

/** One bundled seed file (prisma/seed/<negotiation>.json), Russia–Ukraine unless named. */
export function readBundledSeed(negotiation = "russia-ukraine"): SeedFile {
  return seedFile.parse(JSON.parse(readFileSync(`prisma/seed/${negotiation}.json`, "utf8")));
}
