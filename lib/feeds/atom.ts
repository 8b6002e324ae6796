// Atom 1.0 (RFC 4287) documents from plain data. Pure, so escaping is unit-tested.

export type AtomLink = { rel: string; href: string; type?: string; title?: string };

export type AtomEntry = {
  id: string;
  title: string;
  updated: Date;
  author: string;
  links: AtomLink[];
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  updated: Date;
  links: AtomLink[];
  entries: AtomEntry[];
};

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF):
// escaping cannot make them legal, and one would make the whole feed unreadable.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(ILLEGAL_XML, "\uFFFD")
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function link({ rel, href, type, title }: AtomLink) {
  const attrs = [`rel="${xmlEscape(rel)}"`, `href="${xmlEscape(href)}"`];
  if (type) attrs.push(`type="${xmlEscape(type)}"`);
  if (title) attrs.push(`title="${xmlEscape(title)}"`);
  return `<link ${attrs.join(" ")}/>`;
}

function entry(e: AtomEntry) {
  return [
    "  <entry>",
    `    <id>${xmlEscape(e.id)}</id>`,
    `    <title type="text">${xmlEscape(e.title)}</title>`,
    `    <updated>${e.updated.toISOString()}</updated>`,
    `    <author><name>${xmlEscape(e.author)}</name></author>`,
    ...e.links.map((l) => `    ${link(l)}`),
    `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title type="text">${xmlEscape(feed.title)}</title>`,
    `  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    // Every entry names its author too; this covers a feed with no entries yet.
    "  <author><name>Parley</name></author>",
    '  <generator>Parley</generator>',
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
