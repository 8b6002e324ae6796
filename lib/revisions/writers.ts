import "server-only";
import { commitmentWriter } from "@/lib/commitments/commitment-writer";
import { eventWriter } from "@/lib/events/event-writer";
import { issueWriter } from "@/lib/issues/issue-writer";
import { negotiationWriter } from "@/lib/negotiations/negotiation-writer";
import { partyWriter } from "@/lib/parties/party-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import { sourceWriter } from "@/lib/sources/source-writer";
import type { EntityType } from "./record-revision";
import type { RecordWriter } from "./record-writer";

/** Each kind of record's writer, for code that handles any record (revert). */
export const writers: { [K in EntityType]: RecordWriter<K, unknown> } = {
  negotiation: negotiationWriter as RecordWriter<"negotiation", unknown>,
  party: partyWriter as RecordWriter<"party", unknown>,
  issue: issueWriter as RecordWriter<"issue", unknown>,
  position: positionWriter as RecordWriter<"position", unknown>,
  source: sourceWriter as RecordWriter<"source", unknown>,
  event: eventWriter as RecordWriter<"event", unknown>,
  commitment: commitmentWriter as RecordWriter<"commitment", unknown>,
};
