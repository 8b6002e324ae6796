import { readFileSync } from "node:fs";
import { seedFile, type SeedFile } from "@/lib/seed/seed-file";

export function readBundledSeed(): SeedFile {
  return seedFile.parse(JSON.parse(readFileSync("prisma/seed/russia-ukraine.json", "utf8")));
}
