// The published date of a page from the places publishers put it: article and Open Graph meta tags,
// Dublin Core, schema.org itemprop, then the first <time datetime>. The date is taken as written (the
// publisher's own calendar day), not shifted to UTC.
import { IsoDate } from "../domain/extraction.js";

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="dcterms.issued"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
];

/** YYYY-MM-DD from an ISO-like or RFC 2822 date, or null when it is not a real date. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (written) return IsoDate.safeParse(written).success ? written : null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

export function publishedDate(document: ParentNode, fromReadability: string | null | undefined): string | null {
  const found = toIsoDate(fromReadability);
  if (found) return found;
  for (const selector of META_SELECTORS) {
    const date = toIsoDate(document.querySelector(selector)?.getAttribute("content"));
    if (date) return date;
  }
  return toIsoDate(document.querySelector("time[datetime]")?.getAttribute("datetime"));
}
