-- Change stamp (lib/cache). Hand-written, declared external in prisma.config.ts. Every
-- committed write to a record table bumps one counter, which each running Parley process
-- polls to know its cached pages are out of date, even when another process made the change.
-- Triggers rather than application code, so that no write path (scripts, imports, fixtures)
-- can forget it; account tables are left out, since sign-ins do not change what readers see.
CREATE TABLE "ChangeStamp" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" INTEGER NOT NULL
);
INSERT INTO "ChangeStamp" ("id", "version") VALUES (1, 0);
CREATE TRIGGER "Negotiation_change_ai" AFTER INSERT ON "Negotiation" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Negotiation_change_au" AFTER UPDATE ON "Negotiation" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Negotiation_change_ad" AFTER DELETE ON "Negotiation" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Party_change_ai" AFTER INSERT ON "Party" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Party_change_au" AFTER UPDATE ON "Party" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Party_change_ad" AFTER DELETE ON "Party" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "NegotiationParty_change_ai" AFTER INSERT ON "NegotiationParty" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "NegotiationParty_change_au" AFTER UPDATE ON "NegotiationParty" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "NegotiationParty_change_ad" AFTER DELETE ON "NegotiationParty" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Issue_change_ai" AFTER INSERT ON "Issue" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Issue_change_au" AFTER UPDATE ON "Issue" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Issue_change_ad" AFTER DELETE ON "Issue" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Position_change_ai" AFTER INSERT ON "Position" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Position_change_au" AFTER UPDATE ON "Position" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Position_change_ad" AFTER DELETE ON "Position" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Source_change_ai" AFTER INSERT ON "Source" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Source_change_au" AFTER UPDATE ON "Source" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Source_change_ad" AFTER DELETE ON "Source" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Citation_change_ai" AFTER INSERT ON "Citation" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Citation_change_au" AFTER UPDATE ON "Citation" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Citation_change_ad" AFTER DELETE ON "Citation" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Event_change_ai" AFTER INSERT ON "Event" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Event_change_au" AFTER UPDATE ON "Event" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Event_change_ad" AFTER DELETE ON "Event" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "EventParticipant_change_ai" AFTER INSERT ON "EventParticipant" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "EventParticipant_change_au" AFTER UPDATE ON "EventParticipant" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "EventParticipant_change_ad" AFTER DELETE ON "EventParticipant" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "EventSource_change_ai" AFTER INSERT ON "EventSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "EventSource_change_au" AFTER UPDATE ON "EventSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "EventSource_change_ad" AFTER DELETE ON "EventSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Commitment_change_ai" AFTER INSERT ON "Commitment" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Commitment_change_au" AFTER UPDATE ON "Commitment" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Commitment_change_ad" AFTER DELETE ON "Commitment" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "CommitmentParty_change_ai" AFTER INSERT ON "CommitmentParty" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "CommitmentParty_change_au" AFTER UPDATE ON "CommitmentParty" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "CommitmentParty_change_ad" AFTER DELETE ON "CommitmentParty" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "CommitmentSource_change_ai" AFTER INSERT ON "CommitmentSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "CommitmentSource_change_au" AFTER UPDATE ON "CommitmentSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "CommitmentSource_change_ad" AFTER DELETE ON "CommitmentSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Revision_change_ai" AFTER INSERT ON "Revision" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Revision_change_au" AFTER UPDATE ON "Revision" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Revision_change_ad" AFTER DELETE ON "Revision" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
