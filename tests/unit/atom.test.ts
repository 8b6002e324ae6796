import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderAtomFeed, xmlEscape } from "@/lib/feeds/atom";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "link"].includes(name) });

describe("xmlEscape", () => {
  it("escapes markup characters for text and attributes", () => {
    expect(xmlEscape(`<b>Tom & "Jerry's"</b>`)).toBe("&lt;b&gt;Tom &amp; &quot;Jerry&apos;s&quot;&lt;/b&gt;");
  });

  it("replaces characters XML 1.0 cannot carry, and keeps the rest", () => {
    expect(xmlEscape("a\u0000b\u0001c\u001Fd\uFFFEe")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(xmlEscape("lone \uD800 surrogate")).toBe("lone \uFFFD surrogate");
    expect(xmlEscape("tab\tnew\nline\r, Рурітанія, 🕊️")).toBe("tab\tnew\nline\r, Рурітанія, 🕊️");
  });
});

describe("renderAtomFeed", () => {
  const hostile = `Ends </title><script>alert("x")</script> & \u0007`;
  const xml = renderAtomFeed({
    id: "urn:parley:changes",
    title: hostile,
    subtitle: "Changes",
    updated: new Date("2025-05-16T12:00:00.000Z"),
    links: [{ rel: "self", href: "https://parley.example/changes.atom?a=1&b=2", type: "application/atom+xml" }],
    entries: [
      {
        id: "urn:parley:revision:r1",
        title: "Updated position: Ruritania on Territorial demands",
        updated: new Date("2025-05-16T11:00:00.000Z"),
        author: `O'Brien & "Co"`,
        links: [{ rel: "alternate", href: "https://parley.example/positions/p1" }],
        summary: "Changed: Summary <b>.",
      },
    ],
  });

  it("is well-formed XML whose text reads back exactly as given", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title["#text"]).toBe(hostile.replace("\u0007", "\uFFFD"));
    expect(feed.link[0].href).toBe("https://parley.example/changes.atom?a=1&b=2");
    expect(feed.author.name).toBe("Parley");
    const [entry] = feed.entry;
    expect(entry.author.name).toBe(`O'Brien & "Co"`);
    expect(entry.summary["#text"]).toBe("Changed: Summary <b>.");
    expect(entry.updated).toBe("2025-05-16T11:00:00.000Z");
    expect(entry.id).toBe("urn:parley:revision:r1");
  });
});
