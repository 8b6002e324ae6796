-- Full-text search (lib/search). Hand-written: Prisma cannot describe FTS5; the tables
-- are declared external in prisma.config.ts. One row per searchable record; filter
-- columns hold space-padded lists (" russia ukraine ") so one LIKE works on both engines.
CREATE TABLE "SearchDocument" (
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "negotiations" TEXT NOT NULL DEFAULT ' ',
    "parties" TEXT NOT NULL DEFAULT ' ',
    "issues" TEXT NOT NULL DEFAULT ' ',
    "stances" TEXT NOT NULL DEFAULT ' ',
    "attributions" TEXT NOT NULL DEFAULT ' ',
    "date" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    PRIMARY KEY ("kind", "refId")
);

CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    title, body,
    content = 'SearchDocument',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchDocument_ai" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER "SearchDocument_ad" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER "SearchDocument_au" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO "SearchIndex"(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
