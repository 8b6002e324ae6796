import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { describePositions, listPositionsNaming } from "@/lib/positions/positions-naming";
import { renameTermReferences } from "@/lib/positions/rename-term-references";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { notRetracted } from "@/lib/records/visible";
import { checkReferences, FieldErrorList, ownNegotiation } from "@/lib/validation/check-references";
import { areaInput, toAreaInput, type AreaInput } from "./area-input";
import { loadAreaSnapshot, type AreaSnapshot } from "./area-snapshot";
import { visibleArea } from "@/lib/areas/area-visibility";

const slugTaken = "Another area of this negotiation already uses this slug: choose another";

/** Checks what an area's input refers to: its negotiation, the area it lies in and who holds it. */
async function checkArea(tx: DbOrTx, input: AreaInput, before: AreaSnapshot | null) {
  const errors = new FieldErrorList();
  await checkReferences(
    tx,
    [
      ownNegotiation(errors, "An area", input, before),
      { field: "heldById", model: "party", id: input.heldById, noun: "party", linked: before?.heldById === input.heldById },
    ],
    errors,
  );
  const other = await tx.area.findUnique({
    where: { negotiationId_slug: { negotiationId: input.negotiationId, slug: input.slug } },
    select: { id: true },
  });
  if (other && other.id !== before?.id) errors.add("slug", slugTaken);
  if (input.heldById && !errors.errors.heldById) {
    const seat = await tx.negotiationParty.findUnique({
      where: { negotiationId_partyId: { negotiationId: input.negotiationId, partyId: input.heldById } },
      select: { partyId: true },
    });
    if (!seat) errors.add("heldById", "This party does not take part in this negotiation: add it to the negotiation's parties first");
  }
  if (input.parentId) await checkParent(tx, input, before, errors);
  errors.throwIfAny();
}

/** The area it lies in: an area of the same negotiation, and never itself or one of its own parts. */
async function checkParent(tx: DbOrTx, input: AreaInput, before: AreaSnapshot | null, errors: FieldErrorList) {
  const parent = await tx.area.findUnique({
    where: { id: input.parentId! },
    select: { id: true, negotiationId: true, retractedAt: true, parentId: true },
  });
  if (!parent || parent.negotiationId !== input.negotiationId) {
    errors.add("parentId", "Choose an area of this negotiation for the area it lies in");
    return;
  }
  if (parent.retractedAt && before?.parentId !== parent.id) {
    errors.add("parentId", "This area has been retracted: restore it first, or choose another");
  }
  // Walk up from the chosen parent: meeting this area again would make it a part of itself.
  const seen = new Set<string>();
  for (let at: { id: string; parentId: string | null } | null = parent; at; ) {
    if (at.id === before?.id) {
      errors.add("parentId", "An area cannot lie in itself or in one of its own parts");
      return;
    }
    if (seen.has(at.id) || !at.parentId) return;
    seen.add(at.id);
    at = await tx.area.findUnique({ where: { id: at.parentId }, select: { id: true, parentId: true } });
  }
}

/**
 * An area territorial claims name, or that other areas lie in, stays until they no longer
 * do: retracting it would leave claims that name nothing readers can see.
 */
async function checkRetract(tx: DbOrTx, area: AreaSnapshot) {
  const [naming, parts] = await Promise.all([
    listPositionsNaming(tx, { kind: "area", slug: area.slug, negotiationId: area.negotiationId }),
    tx.area.findMany({ where: { parentId: area.id, ...notRetracted }, orderBy: { order: "asc" }, select: { name: true } }),
  ]);
  const reasons = [
    ...(naming.length ? [`${describePositions(naming)} ${naming.length === 1 ? "names it in its" : "name it in their"} territorial claims: change or retract ${naming.length === 1 ? "it" : "them"} first`] : []),
    ...(parts.length ? [`${parts.map((p) => p.name).join(", ")} ${parts.length === 1 ? "lies" : "lie"} in it: change or retract ${parts.length === 1 ? "that area" : "those areas"} first`] : []),
  ];
  if (reasons.length) throw new AppError("conflict", `${area.name} cannot be retracted: ${reasons.join("; ")}.`, { current: area });
}

export const areaWriter: RecordWriter<AreaSnapshot, AreaInput> = {
  entityType: "area",
  noun: "area",
  visible: visibleArea,
  load: loadAreaSnapshot,
  schema: areaInput,
  toInput: (snapshot) => toAreaInput(snapshot),
  check: checkArea,
  columns: ({ outline, ...columns }) => ({ ...columns, outline: outline ?? Prisma.DbNull }),
  // Terms name an area by its slug: a new slug is carried into them, each with a revision.
  async afterChange(tx, id, before, by) {
    if (!before) return;
    const after = await tx.area.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    if (after.slug !== before.slug) {
      await renameTermReferences(tx, { kind: "area", from: before.slug, to: after.slug, negotiationId: before.negotiationId }, by);
    }
  },
  checkRetract,
  unique: { field: "slug", message: slugTaken },
};
