-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "notes" TEXT,
    "pointCount" INTEGER,
    "previousVersionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retractedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Plan_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plan_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanAuthor" (
    "planId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("planId", "partyId"),
    CONSTRAINT "PlanAuthor_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlanAuthor_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanSource" (
    "planId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("planId", "sourceId"),
    CONSTRAINT "PlanSource_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlanSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanDroppedPoint" (
    "planId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "note" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("planId", "pointId"),
    CONSTRAINT "PlanDroppedPoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlanDroppedPoint_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "numberPrinted" BOOLEAN NOT NULL DEFAULT true,
    "order" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT NOT NULL,
    "revisesId" TEXT,
    "change" TEXT,
    "changeNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retractedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlanPoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlanPoint_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "PlanPoint" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanPointIssue" (
    "pointId" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("pointId", "issueId"),
    CONSTRAINT "PlanPointIssue_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlanPointIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PositionPoint" (
    "positionId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("positionId", "pointId"),
    CONSTRAINT "PositionPoint_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PositionPoint_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Plan_negotiationId_date_idx" ON "Plan"("negotiationId", "date");

-- CreateIndex
CREATE INDEX "Plan_previousVersionId_idx" ON "Plan"("previousVersionId");

-- CreateIndex
CREATE INDEX "PlanAuthor_partyId_idx" ON "PlanAuthor"("partyId");

-- CreateIndex
CREATE INDEX "PlanSource_sourceId_idx" ON "PlanSource"("sourceId");

-- CreateIndex
CREATE INDEX "PlanDroppedPoint_pointId_idx" ON "PlanDroppedPoint"("pointId");

-- CreateIndex
CREATE INDEX "PlanPoint_planId_order_idx" ON "PlanPoint"("planId", "order");

-- CreateIndex
CREATE INDEX "PlanPoint_revisesId_idx" ON "PlanPoint"("revisesId");

-- CreateIndex
CREATE INDEX "PlanPointIssue_issueId_idx" ON "PlanPointIssue"("issueId");

-- CreateIndex
CREATE INDEX "PositionPoint_pointId_idx" ON "PositionPoint"("pointId");


-- Change stamp (lib/cache), as for every record table (migration 20261127300000_change_stamp).
CREATE TRIGGER "Plan_change_ai" AFTER INSERT ON "Plan" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Plan_change_au" AFTER UPDATE ON "Plan" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "Plan_change_ad" AFTER DELETE ON "Plan" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanAuthor_change_ai" AFTER INSERT ON "PlanAuthor" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanAuthor_change_au" AFTER UPDATE ON "PlanAuthor" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanAuthor_change_ad" AFTER DELETE ON "PlanAuthor" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanSource_change_ai" AFTER INSERT ON "PlanSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanSource_change_au" AFTER UPDATE ON "PlanSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanSource_change_ad" AFTER DELETE ON "PlanSource" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanDroppedPoint_change_ai" AFTER INSERT ON "PlanDroppedPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanDroppedPoint_change_au" AFTER UPDATE ON "PlanDroppedPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanDroppedPoint_change_ad" AFTER DELETE ON "PlanDroppedPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanPoint_change_ai" AFTER INSERT ON "PlanPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanPoint_change_au" AFTER UPDATE ON "PlanPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanPoint_change_ad" AFTER DELETE ON "PlanPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanPointIssue_change_ai" AFTER INSERT ON "PlanPointIssue" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanPointIssue_change_au" AFTER UPDATE ON "PlanPointIssue" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PlanPointIssue_change_ad" AFTER DELETE ON "PlanPointIssue" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PositionPoint_change_ai" AFTER INSERT ON "PositionPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PositionPoint_change_au" AFTER UPDATE ON "PositionPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
CREATE TRIGGER "PositionPoint_change_ad" AFTER DELETE ON "PositionPoint" BEGIN UPDATE "ChangeStamp" SET "version" = "version" + 1; END;
