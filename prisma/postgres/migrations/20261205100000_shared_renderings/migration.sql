-- Shared renderings (lib/cache/shared-renderings.ts). Hand-written: a cache the instances of
-- one deployment share, not records, so it stays out of Prisma's schema, in a schema of its
-- own. After a save, one instance renders each page it made stale and keeps the rendering
-- here; the others take it instead of rendering the page again.
--
-- A row is one page's latest rendering, or a claim to render it: "snapshot" is the database
-- snapshot taken when it was claimed, before the rendering's first query, so the rendering
-- shows at least every change that snapshot sees. UNLOGGED: losing it in a crash costs only
-- renderings, and writing it skips the write-ahead log. Backups may leave its data out
-- (pg_dump --exclude-table-data); a restored row is refused anyway, being too old.
--
-- Written to run again on a database whose public schema alone was emptied, with the
-- migration history it holds: this schema would still be there.
CREATE SCHEMA IF NOT EXISTS "parley_cache";

DROP TABLE IF EXISTS "parley_cache"."Rendering";
CREATE UNLOGGED TABLE "parley_cache"."Rendering" (
    "key" TEXT NOT NULL PRIMARY KEY,
    -- Who claimed it: only that claimant may store the rendering.
    "claim" TEXT NOT NULL,
    "snapshot" pg_snapshot NOT NULL,
    "claimedAt" TIMESTAMPTZ NOT NULL,
    -- Until then, others wait for the claimant rather than render the page themselves.
    "leaseUntil" TIMESTAMPTZ NOT NULL,
    -- The stored answer (lib/cache/stored-response-bytes.ts); NULL while it is being rendered.
    "response" BYTEA
);
-- Already compressed where it is large: compressing it again would cost CPU for nothing.
ALTER TABLE "parley_cache"."Rendering" ALTER COLUMN "response" SET STORAGE EXTERNAL;

-- Whether snapshot "s" sees every transaction that snapshot "f" sees: its horizon is at least
-- as far, and none it still counts as in progress had finished for "f". True of any snapshot
-- taken after "f", and of none taken before a commit "f" sees.
CREATE OR REPLACE FUNCTION "parley_cache"."sees_all_of"("s" pg_snapshot, "f" pg_snapshot) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_snapshot_xmax("s") >= pg_snapshot_xmax("f")
       AND NOT EXISTS (SELECT 1 FROM pg_snapshot_xip("s") AS "running" WHERE pg_visible_in_snapshot("running", "f"))
$$;

-- Whether snapshot "s" sees each of the transactions "ids" (finished before it was taken).
CREATE OR REPLACE FUNCTION "parley_cache"."sees_each_of"("s" pg_snapshot, "ids" xid8[]) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM unnest("ids") AS "id" WHERE NOT pg_visible_in_snapshot("id", "s"))
$$;
