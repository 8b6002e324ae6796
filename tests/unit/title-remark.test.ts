import { describe, expect, it } from "vitest";
import { titleWithRemark } from "@/lib/sources/title-remark";

describe("a source title's remark on how it was recorded", () => {
  it("is taken off the title and put in readers' words", () => {
    expect(titleWithRemark("Ruritania agrees to a truce [descriptive title]")).toEqual({
      title: "Ruritania agrees to a truce",
      remark: "a description, not the outlet's headline",
    });
    expect(titleWithRemark("Borduria rules out talks [title from URL slug]")).toEqual({
      title: "Borduria rules out talks",
      remark: "the headline as its web address gives it",
    });
    expect(titleWithRemark("Talks resume  [Title From URL Slug] ").title).toBe("Talks resume");
  });

  it("leaves a title with no remark, an unknown one, or one all in brackets as written", () => {
    for (const title of [
      "Ruritania agrees to a truce",
      "Ruritania agrees [in principle] to a truce",
      "Ruritania agrees to a truce [updated]",
      "[Ruritanian-language report on the truce; seen in print]",
      "[Ruritanian-language report on the truce; headline not shown",
      "[descriptive title]",
    ]) {
      expect(titleWithRemark(title)).toEqual({ title, remark: null });
    }
  });
});

describe("a title wholly in brackets", () => {
  it("is the recorder's description, with the remark after its last semicolon put in words", () => {
    expect(titleWithRemark("[Envoys meet in the capital; headline not shown]")).toEqual({
      title: "Envoys meet in the capital",
      remark: "a description: the headline was not seen",
    });
    expect(titleWithRemark("[Talks resume; the truce holds ; title not shown]")).toEqual({
      title: "Talks resume; the truce holds",
      remark: "a description: the title was not seen",
    });
    expect(titleWithRemark("[Report on the envoy's plan; headline not shown in excerpt]").remark).toBe(
      "a description: the excerpt seen did not show the headline",
    );
  });

  it("names the language of a headline not seen", () => {
    expect(titleWithRemark("[What the plan provides; Ruritanian headline not shown]")).toEqual({
      title: "What the plan provides",
      remark: "a description: the Ruritanian-language headline was not seen",
    });
    // Only a capitalised name is a language.
    const unnamed = "[What the plan provides; printed headline not shown]";
    expect(titleWithRemark(unnamed)).toEqual({ title: unnamed, remark: null });
  });
});
