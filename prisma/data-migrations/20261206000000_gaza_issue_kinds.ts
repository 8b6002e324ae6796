// The seeded Gaza issues that a newer kind fits get that kind, and their positions the terms
// coded for it (docs/comparison-rules.md, one section per kind): the hostage and prisoner
// releases as an exchange, humanitarian aid as aid access, the security force as a
// deployment, disarmament and governance each as its own kind, reconstruction as funding,
// statehood as recognition, the guarantees of the deal as enforcement.
//
// Before, these issues were `general` and the compare page could only say "not compared by
// rule". This gives each its kind and codes each position's terms from its record, with the
// confidence and the note that say how, as the seed now does for a fresh database
// (prisma/seed/israel-hamas-gaza.json). The codings are this migration's own copy in the
// JSON file beside it; what is changed and what is left alone is said in
// lib/data-migrations/rekind-issues.ts.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { rekindIssues } from "@/lib/data-migrations/rekind-issues";
import codings from "./20261206000000_gaza_issue_kinds.json";

export const gazaIssueKinds: DataMigration = {
  name: "20261206000000_gaza_issue_kinds",
  description: "Seeded Gaza issues given the newer kinds (exchange, aid access, deployment, disarmament, governance, funding, recognition, enforcement) and their positions coded",
  run: (tx, actor) => rekindIssues(tx, actor, codings),
};
