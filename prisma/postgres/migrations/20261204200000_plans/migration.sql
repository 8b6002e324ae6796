-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "notes" TEXT,
    "pointCount" INTEGER,
    "previousVersionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retractedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAuthor" (
    "planId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanAuthor_pkey" PRIMARY KEY ("planId","partyId")
);

-- CreateTable
CREATE TABLE "PlanSource" (
    "planId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanSource_pkey" PRIMARY KEY ("planId","sourceId")
);

-- CreateTable
CREATE TABLE "PlanDroppedPoint" (
    "planId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "note" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanDroppedPoint_pkey" PRIMARY KEY ("planId","pointId")
);

-- CreateTable
CREATE TABLE "PlanPoint" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "numberPrinted" BOOLEAN NOT NULL DEFAULT true,
    "order" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT NOT NULL,
    "revisesId" TEXT,
    "change" TEXT,
    "changeNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retractedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPointIssue" (
    "pointId" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanPointIssue_pkey" PRIMARY KEY ("pointId","issueId")
);

-- CreateTable
CREATE TABLE "PositionPoint" (
    "positionId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PositionPoint_pkey" PRIMARY KEY ("positionId","pointId")
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

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAuthor" ADD CONSTRAINT "PlanAuthor_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAuthor" ADD CONSTRAINT "PlanAuthor_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSource" ADD CONSTRAINT "PlanSource_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSource" ADD CONSTRAINT "PlanSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDroppedPoint" ADD CONSTRAINT "PlanDroppedPoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDroppedPoint" ADD CONSTRAINT "PlanDroppedPoint_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPoint" ADD CONSTRAINT "PlanPoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPoint" ADD CONSTRAINT "PlanPoint_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "PlanPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPointIssue" ADD CONSTRAINT "PlanPointIssue_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPointIssue" ADD CONSTRAINT "PlanPointIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionPoint" ADD CONSTRAINT "PositionPoint_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionPoint" ADD CONSTRAINT "PositionPoint_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Change signal (lib/cache), as for every record table (migration 20261127300000_change_stamp).
CREATE TRIGGER "Plan_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Plan" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "PlanAuthor_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanAuthor" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "PlanSource_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanSource" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "PlanDroppedPoint_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanDroppedPoint" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "PlanPoint_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanPoint" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "PlanPointIssue_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanPointIssue" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
CREATE TRIGGER "PositionPoint_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PositionPoint" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
