// Parley's data migrations, oldest first (docs/data-migrations.md). `npm run db:migrate`
// runs those a database has not run yet, after the schema migrations; an import runs them
// all on what it restored, since a file may predate some of them.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { partyNeutralTerritory } from "./20261204000000_party_neutral_territory";
import { newIssueKinds } from "./20261205000000_new_issue_kinds";
import { gazaIssueKinds } from "./20261206000000_gaza_issue_kinds";
import { nuclearPlantTerritory } from "./20261207000000_nuclear_plant_territory";
import { markUpPointCount } from "./20261208000000_mark_up_point_count";
import { seededRecordsAsStated } from "./20261209000000_seeded_records_as_stated";
import { areasHeldInPart } from "./20261210000000_areas_held_in_part";
import { oneSourcePerAddress } from "./20261211000000_one_source_per_address";
import { oneCommitmentPerPromise } from "./20261212000000_one_commitment_per_promise";
import { readableDetails } from "./20261213000000_readable_details";
import { notesInPlainWords } from "./20261214000000_notes_in_plain_words";
import { sourceTitlesIndexedAlone } from "./20261215000000_source_titles_indexed_alone";
import { summariesInOwnWords } from "./20261217000000_summaries_in_own_words";
import { speakersAsQuoted } from "./20261218000000_speakers_as_quoted";
import { gazaTermsAsStated } from "./20261219000000_gaza_terms_as_stated";
import { notesInOwnWords } from "./20261220000000_notes_in_own_words";
import { searchDatesAtPrecision } from "./20261221000000_search_dates_at_precision";
import { gazaTextsAsSourced } from "./20261222000000_gaza_texts_as_sourced";
import { gazaPartyNamesInFull } from "./20261223000000_gaza_party_names_in_full";

export const dataMigrations: readonly DataMigration[] = [partyNeutralTerritory, newIssueKinds, gazaIssueKinds, nuclearPlantTerritory, markUpPointCount, seededRecordsAsStated, areasHeldInPart, oneSourcePerAddress, oneCommitmentPerPromise, readableDetails, notesInPlainWords, sourceTitlesIndexedAlone, summariesInOwnWords, speakersAsQuoted, gazaTermsAsStated, notesInOwnWords, searchDatesAtPrecision, gazaTextsAsSourced, gazaPartyNamesInFull];
