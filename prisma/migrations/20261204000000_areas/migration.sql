-- CreateTable
CREATE TABLE "Area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'other',
    "order" INTEGER NOT NULL DEFAULT 0,
    "code" TEXT,
    "outline" JSONB,
    "parentId" TEXT,
    "heldById" TEXT,
    "heldSince" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retractedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Area_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Area_heldById_fkey" FOREIGN KEY ("heldById") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Area_parentId_idx" ON "Area"("parentId");

-- CreateIndex
CREATE INDEX "Area_heldById_idx" ON "Area"("heldById");

-- CreateIndex
CREATE UNIQUE INDEX "Area_negotiationId_slug_key" ON "Area"("negotiationId", "slug");


-- Change stamp (lib/cache): hand-written, as in 20261127300000_change_stamp.
CREATE TRIGGER "Area_change_ai" AFTER INSERT ON "Area" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Area_change_au" AFTER UPDATE ON "Area" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Area_change_ad" AFTER DELETE ON "Area" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
