// `<link rel="alternate" type="application/atom+xml">` for a page's metadata: the page's
// own changes feed when it has one, then the site-wide feed. A page's `alternates`
// replace its layout's, so each page lists both.
import type { Metadata } from "next";

const SITE_FEED = { url: "/changes.atom", title: "Parley: recent changes" };

export function feedAlternates(feed?: { path: string; title: string }): NonNullable<Metadata["alternates"]> {
  const feeds = feed ? [{ url: feed.path, title: feed.title }, SITE_FEED] : [SITE_FEED];
  return { types: { "application/atom+xml": feeds } };
}
