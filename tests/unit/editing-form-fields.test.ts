import { describe, expect, it } from "vitest";
import { positionInputFor } from "@/lib/positions/position-input";
import { readFields, toFieldName } from "@/lib/forms/fields";
import { NEW_SOURCE_ID, positionFromFields } from "@/lib/positions/position-form-fields";
import { eventFromFields } from "@/lib/events/event-form-fields";
import { termsFromFields, termsToFields } from "@/lib/forms/terms-fields";
import { validateFields } from "@/lib/forms/validate";

const base = { partyId: "p1", issueId: "i1", stance: "demands", summary: "Wants it back.", statedOn: "2025-05" };

describe("form fields", () => {
  it("reads repeated names as lists and leaves framework fields out", () => {
    const form = new FormData();
    form.append("participantIds", "a");
    form.append("participantIds", "b");
    form.append("summary", "x");
    form.append("$ACTION_ID_123", "");
    expect(readFields(form)).toEqual({ participantIds: ["a", "b"], summary: "x" });
  });

  it("drops blank rows and puts a row's message beside the row the form drew", () => {
    const fields = {
      ...base,
      termsKind: "territory",
      "terms.claims.0.area": "north-province",
      "terms.claims.0.outcome": "held-by",
      "terms.claims.0.party": "borduria",
      "terms.claims.0.recognition": "de-jure",
      "terms.claims.3.area": "",
      "terms.claims.3.outcome": "",
      "terms.claims.5.area": "river-zone",
      "terms.claims.5.outcome": "",
      "citations.2.sourceId": "s1",
      "citations.2.attribution": "analyst",
    };
    const { input, renames } = positionFromFields(fields, "territory");
    expect(input.terms).toEqual({
      claims: [{ area: "north-province", outcome: "held-by", party: "borduria", recognition: "de-jure" }, { area: "river-zone" }],
    });
    expect(input.citations).toEqual([{ sourceId: "s1", attribution: "analyst", quote: "", speaker: "" }]);
    expect(toFieldName("terms.claims.1.outcome", renames)).toBe("terms.claims.5.outcome");
    expect(toFieldName("citations.0.attribution", renames)).toBe("citations.2.attribution");
    const errors = validateFields(positionInputFor("territory"), input, renames);
    expect(errors).toEqual({ "terms.claims.5.outcome": ["Choose what should become of the area"] });
  });

  it("asks for a number of days above 0 when one below is given, and for a whole number when it is not one", () => {
    const errors = (durationDays: unknown) =>
      validateFields(positionInputFor("ceasefire"), { ...base, citations: [], terms: { type: "unconditional", durationDays } })["terms.durationDays"];
    expect(errors(-5)).toEqual(["Enter a whole number above 0"]);
    expect(errors(1.5)).toEqual(["Enter a whole number"]);
    expect(errors("thirty")).toEqual(["Enter a whole number"]);
    expect(errors(999999)).toEqual(["Must be at most 36,500"]);
  });

  it("leaves out of a claim the party and recognition its outcome does not take", () => {
    const fields = {
      "terms.claims.0.area": "north-province",
      "terms.claims.0.outcome": "frozen-line",
      "terms.claims.0.party": "ruritania",
      "terms.claims.0.recognition": "de-jure",
      "terms.claims.1.area": "river-zone",
      "terms.claims.1.outcome": "withdrawal",
      "terms.claims.1.party": "borduria",
      "terms.claims.1.recognition": "none",
    };
    expect(termsFromFields("territory", fields, {})).toEqual({
      claims: [{ area: "north-province", outcome: "frozen-line" }, { area: "river-zone", outcome: "withdrawal", party: "borduria" }],
    });
  });

  it("cites a source typed into the form with a stand-in id, its messages beside its fields", () => {
    const fields = { ...base, "newSource.outlet": "Reuters", "newSource.title": "Talks", "newSource.attribution": "" };
    const { input, newSource, renames } = positionFromFields(fields, "general");
    expect(newSource).toEqual({ outlet: "Reuters", title: "Talks", url: "", publishedOn: "" });
    expect(input.citations).toEqual([{ sourceId: NEW_SOURCE_ID, attribution: "", quote: "", speaker: "" }]);
    expect(Object.keys(validateFields(positionInputFor("general"), input, renames))).toEqual(["newSource.attribution"]);
  });

  it("turns each kind's terms into fields and back", () => {
    const cases = {
      ceasefire: { type: "conditional", durationDays: 30, startDate: "2025-05-12", scope: "full", preconditions: ["Talks first", "Prisoners freed"], monitoring: "OSCE" },
      neutrality: { nato: "renounce", foreignTroops: "prohibited", nonNuclear: true, guaranteesRequired: false },
      reparations: { reparations: "waiver-demanded", frozenAssets: "return" },
      "military-limits": { maxTroops: 85000, maxTanks: 342, capsAccepted: true },
      territory: { claims: [{ area: "north-province", outcome: "withdrawal", party: "borduria" }, { area: "all", outcome: "frozen-line" }] },
      "security-guarantees": {
        guarantee: "collective-defence",
        guarantors: ["freedonia", "sylvania"],
        nonGuarantors: ["borduria"],
        durationYears: 15,
        ratifiedBy: "Parliaments",
        triggers: "An attack",
        foreignForcesAllowed: true,
        forceContributors: ["sylvania"],
        forceNonContributors: ["freedonia"],
        forceTiming: "after-ceasefire",
        preconditions: ["A backstop"],
      },
      sanctions: { relief: "tighten", timing: "at-signing", condition: "No deal", snapback: false, imposedBy: ["the-union", "borduria"], targets: ["Banks", "Oil"] },
      exchange: { formula: "numbers", sideA: { party: "ruritania", all: true }, sideB: { party: "borduria", count: 1200 }, categories: ["soldiers", "remains"], phases: 2 },
      enforcement: {
        form: "treaty",
        monitoring: "A joint commission",
        monitorCount: 200,
        onViolation: "sanctions",
        guaranteed: ["A ceasefire"],
        guarantors: ["sylvania"],
        appliesTo: ["ruritania", "borduria"],
        monitors: ["freedonia"],
        enforcedBy: ["sylvania"],
      },
      recognition: { of: "North Republic", support: "conditional", timelineYears: 5, borders: "The old lines", capital: "Old Town", demilitarisedState: true, preconditions: ["Reform"] },
      funding: {
        amountUsd: 53000000000,
        durationYears: 5,
        administeredBy: "A trust fund",
        source: "A donor conference",
        endorsedPlans: ["The Capital plan"],
        rejectedPlans: ["The Coast plan"],
        preconditions: ["A ceasefire"],
        payers: ["sylvania"],
        declinedPayers: ["freedonia"],
        areas: ["north-province"],
        excludedAreas: ["border-strip"],
      },
      governance: {
        administrator: "A local committee",
        administratorKind: "interim-body",
        technocratic: true,
        overseenBy: "A peace board",
        transitionMonths: 6,
        electionsWithinMonths: 12,
        rejectedAdministrators: ["A trusteeship"],
        governingParties: ["old-council"],
        excluded: ["red-brigade"],
      },
      disarmament: {
        armedParties: ["red-brigade"],
        scope: "heavy-weapons",
        methods: ["handover", "decommissioning"],
        handedTo: "The Council",
        timing: "phased",
        verification: "Observers",
        amnesty: true,
        territoryDemilitarised: false,
        forcedIfRefused: true,
        preconditions: ["A ceasefire"],
      },
      deployment: {
        allowed: true,
        role: "monitoring",
        size: 5000,
        mandate: "un",
        rejectedRoles: ["enforcement"],
        tasks: ["monitor-ceasefire", "separate-forces"],
        rejectedTasks: ["disarm-armed-groups"],
        contributors: ["sylvania"],
        excludedContributors: ["freedonia"],
        approvedBy: ["ruritania"],
        where: ["border-strip"],
      },
      "aid-access": { access: "increased", trucksPerDay: 500, distributor: "The Agency", rejectedDistributors: ["A private foundation"], crossings: ["north-gate", "river-crossing"] },
      meeting: { meeting: "conditional", level: "leaders", participants: ["ruritania", "borduria"], preconditions: ["A text ready"] },
      membership: { organisation: "The Union", membership: "allowed", timelineYears: 5 },
      elections: { timing: "after-settlement", withinDays: 100, withinDaysFrom: "signing of the agreement", incumbentMaySign: true, preconditions: ["Observers"] },
    } as const;
    for (const [kind, terms] of Object.entries(cases)) {
      const k = kind as keyof typeof cases;
      expect(termsFromFields(k, termsToFields(k, terms), {})).toEqual(terms);
    }
    expect(termsFromFields("ceasefire", { "terms.type": "", "terms.preconditions": "  \n " }, {})).toBeNull();
    expect(termsFromFields("general", {}, {})).toBeNull();
  });

  it("keeps a number typed as words for the schema to name, and id rows without blanks", () => {
    expect(termsFromFields("military-limits", { "terms.maxTroops": "many" }, {})).toEqual({ maxTroops: "many" });
    const { input, renames } = eventFromFields({ "sourceIds.0": "", "sourceIds.4": "s9", participantIds: "p1" });
    expect(input).toMatchObject({ sourceIds: ["s9"], participantIds: ["p1"] });
    expect(toFieldName("sourceIds.0", renames)).toBe("sourceIds.4");
  });
});
