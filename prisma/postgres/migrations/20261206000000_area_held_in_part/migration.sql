-- An area's holder may hold only part of it (a front line runs through the area): what a
-- freeze of that line leaves each side differs from an area held whole.
ALTER TABLE "Area" ADD COLUMN "heldInPart" BOOLEAN NOT NULL DEFAULT false;
