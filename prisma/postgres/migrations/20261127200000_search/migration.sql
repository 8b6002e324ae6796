-- Full-text search (lib/search). Hand-written: Prisma cannot describe a generated tsvector
-- column; the table is declared external in prisma.config.ts. One row per searchable
-- record; filter columns hold space-padded lists (" russia ukraine ") so one LIKE works on
-- both engines.
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
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "body"), 'B')
    ) STORED,
    PRIMARY KEY ("kind", "refId")
);

CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");
