-- Full-text search (lib/search), SQLite only: the index gains the document's kind as a
-- third column. Counting a common word's matches per kind then reads the index alone; with
-- the kind only in "SearchDocument", each of tens of thousands of matches cost a document
-- read. Readers' queries are confined to title and body (lib/search/match-candidates.ts),
-- so the kind column never matches what they type.
DROP TRIGGER "SearchDocument_ai";
DROP TRIGGER "SearchDocument_ad";
DROP TRIGGER "SearchDocument_au";
DROP TABLE "SearchIndex";

CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    title, body, kind,
    content = 'SearchDocument',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');

CREATE TRIGGER "SearchDocument_ai" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"(rowid, title, body, kind) VALUES (new.rowid, new.title, new.body, new.kind);
END;
CREATE TRIGGER "SearchDocument_ad" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body, kind) VALUES ('delete', old.rowid, old.title, old.body, old.kind);
END;
CREATE TRIGGER "SearchDocument_au" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body, kind) VALUES ('delete', old.rowid, old.title, old.body, old.kind);
    INSERT INTO "SearchIndex"(rowid, title, body, kind) VALUES (new.rowid, new.title, new.body, new.kind);
END;
