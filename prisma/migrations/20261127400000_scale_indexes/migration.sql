-- CreateIndex
CREATE INDEX "Commitment_eventId_idx" ON "Commitment"("eventId");

-- CreateIndex
CREATE INDEX "Revision_entityType_createdAt_idx" ON "Revision"("entityType", "createdAt");
