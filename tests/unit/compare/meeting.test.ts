import { describe, expect, it } from "vitest";
import { compareTerms } from "@/lib/compare";

const labels = { a: "Ruritania", b: "Borduria" };
const context = { areas: [], parties: { ruritania: "Ruritania", borduria: "Borduria", freedonia: "Freedonia" } };
const compare = (a: unknown, b: unknown) => compareTerms("meeting", a, b, labels, context);

describe("compareTerms: meeting", () => {
  it.each([
    [{ meeting: "wanted" }, { meeting: "wanted" }, "aligned"],
    [{ meeting: "wanted" }, { meeting: "conditional" }, "partly-aligned"],
    [{ meeting: "refused" }, { meeting: "wanted" }, "opposed"],
    [{ meeting: "refused" }, { meeting: "conditional" }, "opposed"],
    [{ level: "leaders" }, { level: "leaders" }, "aligned"],
    [{ level: "leaders" }, { level: "ministers" }, "partly-aligned"],
    [{ participants: ["ruritania", "borduria"] }, { participants: ["borduria", "ruritania"] }, "aligned"],
    [{ participants: ["ruritania", "borduria"] }, { participants: ["ruritania", "borduria", "freedonia"] }, "partly-aligned"],
    [{ preconditions: ["A text ready"] }, { preconditions: ["a text  ready"] }, "aligned"],
    [{ preconditions: ["A text ready"] }, { preconditions: ["A ceasefire"] }, "partly-aligned"],
    [{ meeting: "wanted" }, { level: "leaders" }, "unknown"],
  ] as const)("%j vs %j → %s, in either order", (x, y, expected) => {
    expect(compare(x, y).class).toBe(expected);
    expect(compare(y, x).class).toBe(expected);
  });

  it("names the parties, the participants and what differs", () => {
    const r = compare(
      { meeting: "conditional", level: "leaders", participants: ["ruritania", "borduria"], preconditions: ["A text ready for signature"] },
      { meeting: "wanted", level: "leaders", participants: ["ruritania", "borduria", "freedonia"] },
    );
    expect(r.class).toBe("partly-aligned");
    expect(r.reason).toBe(
      "Partly aligned on the meeting: Ruritania wants the meeting only on conditions, Borduria wants the meeting. " +
        "Partly aligned on participants: Ruritania names Ruritania and Borduria, Borduria names Ruritania, Borduria and Freedonia. " +
        "Aligned on level: Ruritania and Borduria both want a meeting of leaders.",
    );
  });

  it("weighs nothing else against a refusal", () => {
    const r = compare({ meeting: "refused", level: "leaders" }, { meeting: "wanted", level: "ministers" });
    expect(r.parts.map((p) => p.key)).toEqual(["meeting"]);
  });
});
