-- CreateTable
CREATE TABLE "Area" (
    "id" TEXT NOT NULL,
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
    "retractedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Area_parentId_idx" ON "Area"("parentId");

-- CreateIndex
CREATE INDEX "Area_heldById_idx" ON "Area"("heldById");

-- CreateIndex
CREATE UNIQUE INDEX "Area_negotiationId_slug_key" ON "Area"("negotiationId", "slug");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_heldById_fkey" FOREIGN KEY ("heldById") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Change signal (lib/cache): hand-written, as in 20261127300000_change_stamp.
CREATE TRIGGER "Area_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area" FOR EACH STATEMENT EXECUTE FUNCTION "parley_notify_change"();
