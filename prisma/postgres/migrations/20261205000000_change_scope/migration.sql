-- Change scope (lib/cache). Hand-written: Prisma does not describe triggers. The write path
-- (lib/revisions/announce-change.ts) sets "parley.change_scope" to 'scoped' for its
-- transaction and notifies what the transaction touched itself; the triggers then pass the
-- mark on, which listeners ignore. A write made any other way (a script, an import) still
-- notifies an empty payload, which listeners read as "everything changed".
CREATE OR REPLACE FUNCTION "parley_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('parley_changes', coalesce(current_setting('parley.change_scope', true), ''));
    RETURN NULL;
END;
$$;
