-- Renderings are no longer shared through the database: instances ask each page's owner for
-- it directly (PARLEY_PEERS, lib/cache/peer-renderings.ts), which served readers better. The
-- schema held only a cache of renderings (20261205100000_shared_renderings), so nothing is lost.
DROP SCHEMA IF EXISTS "parley_cache" CASCADE;
