-- Change scope (lib/cache). Hand-written, declared external in prisma.config.ts. The write
-- path (lib/revisions/announce-change.ts) adds one row per transaction: the ChangeStamp
-- versions its writes bumped ("fromVersion" exclusive, "toVersion" inclusive) and what they
-- touched (negotiations and records, as JSON). A process that sees the stamp move drops only
-- the cached pages those rows name; bumps no row accounts for (a script's writes) drop all.
-- No trigger writes here, so the rows themselves do not bump the stamp.
CREATE TABLE "ChangeScope" (
    "fromVersion" INTEGER NOT NULL PRIMARY KEY,
    "toVersion" INTEGER NOT NULL,
    "scope" TEXT NOT NULL
);
