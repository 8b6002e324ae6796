// The seeded Russia–Ukraine issues that a newer kind fits get that kind, and their positions
// the terms coded for it (docs/comparison-rules.md, one section per kind).
//
// Before, security guarantees, sanctions, the humanitarian exchange, a leaders' meeting,
// elections and EU membership were `general`: the compare page could only say "not compared
// by rule". This gives each its kind and codes each position's terms from its record — with
// the confidence and the note that say how — as the seed now does for a fresh database
// (prisma/seed/russia-ukraine.json). The codings are this migration's own copy in the JSON
// file beside it; what is changed and what is left alone is said in
// lib/data-migrations/rekind-issues.ts.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { rekindIssues } from "@/lib/data-migrations/rekind-issues";
import codings from "./20261205000000_new_issue_kinds.json";

export const newIssueKinds: DataMigration = {
  name: "20261205000000_new_issue_kinds",
  description: "Seeded issues given the newer kinds (security guarantees, sanctions, exchange, meeting, elections, membership) and their positions coded",
  run: (tx, actor) => rekindIssues(tx, actor, codings),
};
