-- Change signal (lib/cache). Hand-written: Prisma does not describe triggers. Every
-- committed write to a record table notifies the channel "parley_changes", which each
-- running Parley process listens on to know its cached pages are out of date, even when
-- another process made the change. PostgreSQL delivers a notification only once its
-- transaction commits, and one per transaction however many rows it wrote; unlike a counter
-- row, it takes no lock that concurrent writers would queue on. Triggers rather than
-- application code, so that no write path (scripts, imports, fixtures) can forget it;
-- account tables are left out, since sign-ins do not change what readers see.
CREATE FUNCTION "parley_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('parley_changes', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER "Negotiation_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Negotiation" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Party_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Party" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "NegotiationParty_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NegotiationParty" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Issue_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Issue" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Position_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Position" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Source_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Citation_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Citation" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Event_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "EventParticipant_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventParticipant" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "EventSource_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventSource" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Commitment_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Commitment" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "CommitmentParty_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CommitmentParty" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "CommitmentSource_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CommitmentSource" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "Revision_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Revision" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
