// What Parley knows about one kind of record, written once in the kind's own folder
// (`lib/<kind>/<kind>-kind.ts`) and joined to the rest by one line in ./registry.ts.
// Revisions, history, diffs, the conflict screen, editing actions, the API, exports,
// search and feeds all read the kinds from the registry instead of naming each.
// docs/adding-a-record-kind.md walks through adding one.
import type { DbOrTx } from "@/lib/db/client";
import type { CreateArgs, RetractArgs, UpdateArgs } from "@/lib/revisions/edit-commands";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import type { ChangeReach, Touched } from "@/lib/revisions/change-reach";
import type { RecordRow } from "@/lib/revisions/snapshot";
import type { ApiResource } from "@/lib/api/resource";
import type { ExportSection } from "@/lib/export/export-section";
import type { KindSearch } from "@/lib/search/search-kind";

/** A record as other pages point at it: its name now, where readers find it, whether it is retracted. */
export type RecordRef = {
  id: string;
  /** The full name ("Republic of Ruritania"). */
  name: string;
  /** The name where space is short ("Ruritania"); the full name when there is no shorter one. */
  shortName: string;
  /** The reader's page; null for records readers see only inside others (sources). */
  href: string | null;
  retracted: boolean;
};

/** Looks up the name of a record another record points at ("party", id), or undefined. */
export type NameOf = (entityType: string, id: string) => string | undefined;

/** The records a scoped changes feed follows. */
export type FeedScopeKind = "negotiation" | "party" | "issue";

type Written = Promise<{ id: string; version: number }>;
type Changed = Promise<{ id: string; version: number }>;

export type RecordKind<S extends RecordRow = RecordRow, I = unknown> = {
  /** The Prisma model's name on the client ("position"): also the revisions' `entityType` and the history URL's segment. */
  entityType: string;
  /** The kind in words, capitalised ("Position"). */
  label: string;
  /** Create, change, retract and restore through the one write path (lib/revisions). */
  writer: RecordWriter<S, I>;
  /** Words for the fields this kind adds, and which kind of record each id field points at. */
  words: {
    fields: Record<string, string>;
    references?: Record<string, string>;
  };
  /** The record named in a sentence, from a snapshot ("Reuters: Talks resume"); `nameOf` names what it points at. */
  describe(snapshot: Record<string, unknown>, nameOf: NameOf): string | null;
  /**
   * Which records readers may see: the kind's rule from its `<kind>-visibility.ts` (a where
   * clause on its table), for code that handles records of any kind (the reader export's
   * revisions).
   */
  visible: object;
  /** Records of this kind by id, as they are now (retracted ones too). */
  refs(db: DbOrTx, ids: string[]): Promise<RecordRef[]>;
  /**
   * The ids of this kind's records inside a negotiation, concerning a party or on an issue,
   * retracted or not: what the scoped changes feeds list (lib/feeds/feed-scope.ts). With
   * `among`, only those of these ids (`amongIds` in lib/records/ids.ts), so that a few
   * records can be placed without listing every one.
   */
  within?: Partial<Record<FeedScopeKind, (db: DbOrTx, id: string, among?: readonly string[]) => Promise<string[]>>>;
  /**
   * What a change to records of this kind may alter beyond the `negotiationId` its snapshots
   * name (which drops every page of that negotiation), for the response caches
   * (lib/revisions/announce-change.ts): more negotiations (a party's every negotiation it sits
   * in), or narrower readings (lib/cache/change-scope.ts) where the kind knows which pages show
   * it (a statement's issue, party and cell). "everything" when every page may change (a
   * negotiation's title heads every page). Absent when the snapshot's own `negotiationId` says it all.
   */
  changeScope?(tx: DbOrTx, changes: Touched[]): Promise<ChangeReach>;
  /** Where the record's history is read; `/history/<entityType>/<id>` unless the kind has its own. */
  historyHref?(id: string): string;
  /** The domain functions, with the editor check, that every door calls. */
  commands: {
    create(args: CreateArgs): Written;
    update(args: UpdateArgs): Changed;
    retract(args: RetractArgs): Changed;
    restore(args: RetractArgs): Changed;
  };
  /** The kind's resource in the JSON API (/api/v1/<path>). */
  api: ApiResource;
  /** How search indexes the kind's records and where its hits lead; absent for kinds not searched. */
  search?: KindSearch;
  /** The kind's sections of the full export and import (lib/export). */
  exported: ExportSection[];
};

/** Gives a kind's definition its type, checked against its snapshot and input; keeps its name's literal type. */
export function defineRecordKind<K extends string, S extends RecordRow, I>(
  kind: RecordKind<S, I> & { entityType: K },
): RecordKind<S, I> & { entityType: K } {
  return kind;
}
