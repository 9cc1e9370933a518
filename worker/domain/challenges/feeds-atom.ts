import { printable } from './feeds-text';

/**
 * Text as XML character data or an attribute value: printable, with `&`, `<`, `>` and both quotes
 * as entities. Nothing is ever put in a CDATA section, so `]]>` in a title is just text (`]]&gt;`).
 */
export const xmlText = (text: string): string =>
  printable(text).replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] as string,
  );

interface AtomEntry {
  /** An absolute IRI: the entry's id and its `rel="alternate"` link. */
  url: string;
  title: string;
  summary: string;
  author: string;
  updated: string;
  published: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (`rel="self"`). */
  self: string;
  /** The page it mirrors (`rel="alternate"`). */
  link: string;
  updated: string;
  rights: string;
  entries: AtomEntry[];
}

/**
 * An Atom 1.0 document (RFC 4287). Every human-readable element is `type="text"`: a feed reader
 * shows `<script>` in a challenge as those characters, never as markup. Every value goes through
 * `xmlText`; dates must be ISO 8601 strings (they are, from the database).
 */
export function atomDocument(feed: AtomFeed): string {
  const text = (tag: string, value: string) => `<${tag} type="text">${xmlText(value)}</${tag}>`;
  const link = (rel: string, href: string, type = '') =>
    `<link rel="${rel}"${type && ` type="${type}"`} href="${xmlText(href)}"/>`;
  const date = (tag: string, iso: string) => `<${tag}>${xmlText(new Date(iso).toISOString())}</${tag}>`;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${xmlText(entry.url)}</id>`,
      `    ${text('title', entry.title)}`,
      `    ${link('alternate', entry.url)}`,
      `    ${date('updated', entry.updated)}`,
      ...(entry.published ? [`    ${date('published', entry.published)}`] : []),
      `    <author><name>${xmlText(entry.author)}</name></author>`,
      `    ${text('summary', entry.summary)}`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  ${text('title', feed.title)}`,
    `  ${text('subtitle', feed.subtitle)}`,
    `  ${link('self', feed.self, 'application/atom+xml')}`,
    `  ${link('alternate', feed.link)}`,
    `  ${date('updated', feed.updated)}`,
    '  <generator>Bedside</generator>',
    `  ${text('rights', feed.rights)}`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
