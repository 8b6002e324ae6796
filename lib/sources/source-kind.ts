import "server-only";
import { sources } from "./source-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visibleSource } from "./source-visibility";
import { createSource } from "./create-source";
import { restoreSource } from "./restore-source";
import { retractSource } from "./retract-source";
import { sourceWriter } from "./source-writer";
import { updateSource } from "./update-source";
import { sourceExport } from "./source-export";
import { sourceSearch } from "./source-search";
import { negotiationsCiting } from "./negotiations-citing";
import { titleWithRemark } from "./title-remark";

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

export const sourceKind = defineRecordKind({
  entityType: "source",
  label: "Source",
  writer: sourceWriter,
  visible: visibleSource,
  words: { fields: { outlet: "Outlet", url: "Web address", publishedOn: "Published" } },
  // Named by its title alone: how the title was recorded is said where the source is shown whole.
  describe(snapshot) {
    const written = text(snapshot.title);
    const title = written && titleWithRemark(written).title;
    const outlet = text(snapshot.outlet);
    return title && outlet ? `${outlet}: ${title}` : title;
  },
  async refs(db, ids) {
    const rows = await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, outlet: true, title: true, retractedAt: true } });
    return rows.map((s) => {
      const name = `${s.outlet}: ${titleWithRemark(s.title).title}`;
      return { id: s.id, name, shortName: name, href: `/sources/${encodeURIComponent(s.id)}`, retracted: s.retractedAt !== null };
    });
  },
  // Readers meet it on its page and on the pages of what cites it. Nothing cites a new one yet: the records
  // that come to cite it announce their own reach, so its creation asks nothing.
  changeScope: async (tx, changes) => {
    const existing = changes.filter((c) => c.before).map((c) => c.entityId);
    return { negotiations: existing.length ? await negotiationsCiting(tx, existing) : [] };
  },
  commands: { create: createSource, update: updateSource, retract: retractSource, restore: restoreSource },
  api: sources,
  exported: sourceExport,
  search: sourceSearch,
});
