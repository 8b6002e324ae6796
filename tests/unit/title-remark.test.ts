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
      "[Ruritanian-language report on the truce; headline not shown]",
      "[descriptive title]",
    ]) {
      expect(titleWithRemark(title)).toEqual({ title, remark: null });
    }
  });
});
