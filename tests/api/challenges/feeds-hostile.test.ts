import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, BASE, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

/**
 * Hostile titles and summaries in the Atom feeds and the deadline calendar: a challenge's text
 * must come out of a real parser as the same text, never as extra entries, links, markup or
 * calendar properties.
 */

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** What XML 1.0 forbids or discourages and RFC 5545 allows in no text: C0 but tab/LF/CR, DEL, C1, U+FFFE/F. */
const FORBIDDEN = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu;
/** The text as a reader should get it back: forbidden characters gone, line ends as an XML parser reads them. */
const expected = (text: string) => text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');

/** Hostile input; each case gets a tag so its entry can be found, and fits the API's bounds (title ≤ 160, summary ≥ 20). */
const corpus = (tag: string) => [
  {
    title: `CDATA ${tag} ]]>x]]><entry><id>urn:evil</id><title>Injected</title></entry><![CDATA[`,
    summary: `]]>]]><link rel="alternate" href="https://evil.example/"/></summary><entry><id>urn:evil2</id></entry> ${tag}`,
  },
  {
    title: `Markup ${tag} <script>alert(1)</script><img src=x onerror=alert(2)> &amp; & &#x41; &nbsp;`,
    summary: `<b onmouseover="alert(3)">bold</b> <a href="javascript:alert(4)">link</a> <svg onload=alert(5)> ${tag}`,
  },
  {
    title: `Controls ${tag} a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u007Fh\u0085i\u009Fj\uFFFEk end`,
    summary: `Bell\u0007 escape\u001B[31m red\u001B[0m, vertical\u000Btab, form\u000Cfeed, tab\tstays ${tag}`,
  },
  {
    title: `RTL ${tag} \u202Egnp.exe\u202C \u2066isolated\u2069 עברית العربية 🩺`,
    summary: `\u202Ereversed summary text\u202C then \u200Bzero-width and \u061Carabic mark ${tag}`,
  },
  {
    title: `Long ${tag} ${'Pharmacogenomics'.repeat(8)}`,
    summary: `${tag}${'Z'.repeat(560)}`,
  },
  {
    title: `Quotes ${tag} "double" 'single' \`back\` <![CDATA[ ]]> <!-- comment --> <?pi x?>`,
    summary: `Line one\r\nLine two\rline three\nline four & <!DOCTYPE x [<!ENTITY e "boom">]> &e; ${tag}`,
  },
];

/** Text of an element the parser gives as a string or as `{ '#text', '@_type' }`. */
const text = (node: unknown): string =>
  typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Text exactly as written: no trimming, no numbers made of numeric titles.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;
/** An element's children and attributes, leaving out the whitespace between elements (kept as `#text`). */
const elements = (node: Node) => Object.keys(node).filter((key) => key !== '#text' || String(node[key]).trim() !== '');

/** Fetches a feed, checks it is well-formed XML with no forbidden character, and parses it. */
async function readFeed(path: string) {
  const res = await api(path);
  expect(res.status, String(res.body)).toBe(200);
  const xml = res.body as string;
  expect(typeof xml).toBe('string');
  expect(xml.match(FORBIDDEN)).toBeNull();
  expect(xml).not.toContain('<![CDATA[');
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml).feed as Node;
  expect(feed).toBeDefined();
  // Only the elements the template writes: an injected <entry> or <link> would show up here or in a count.
  expect(Object.keys(feed).sort()).toEqual(
    expect.arrayContaining(['@_xmlns', 'generator', 'id', 'link', 'rights', 'subtitle', 'title', 'updated']),
  );
  for (const key of elements(feed)) {
    expect(['@_xmlns', 'entry', 'generator', 'id', 'link', 'rights', 'subtitle', 'title', 'updated']).toContain(key);
  }
  expect(feed.link).toHaveLength(2);
  const entries = (feed.entry ?? []) as Node[];
  // Counted on the raw text too: the parser's view and the bytes agree on how many entries there are.
  expect(xml.match(/<entry>/g)?.length ?? 0).toBe(entries.length);
  for (const entry of entries) {
    for (const key of elements(entry)) {
      expect(['id', 'title', 'link', 'updated', 'published', 'author', 'summary']).toContain(key);
    }
    expect(entry.link).toHaveLength(1);
    for (const field of ['title', 'summary'] as const) {
      // Text, never HTML: a reader shows the characters and runs nothing.
      expect((entry[field] as Node)['@_type']).toBe('text');
      expect(Object.keys(entry[field] as Node).sort()).toEqual(['#text', '@_type']);
    }
  }
  return { feed, entries, xml };
}

describe('the Atom feed with hostile challenge text', () => {
  it('has exactly the expected entries, and every title and summary comes back as written', async () => {
    const { clinician, moderator } = world.users;
    const tag = `hostile${unique()}`;
    const cases = corpus(tag);
    const ids: string[] = [];
    for (const hostile of cases) ids.push(await openChallenge(clinician, moderator, world.cluster.slug, hostile));

    const { entries } = await readFeed('/feeds/challenges.atom');
    // This file's storage holds only these open challenges: nothing injected, nothing lost.
    expect(entries.map((e) => text(e.id)).sort()).toEqual(ids.map((id) => `${BASE}/challenges/${id}`).sort());

    for (const [index, id] of ids.entries()) {
      const stored = (await must(api(`/api/v1/challenges/${id}`))).body;
      const entry = entries.find((e) => text(e.id) === `${BASE}/challenges/${id}`) as Node;
      expect(text(entry.title)).toBe(expected(stored.title));
      expect(text(entry.summary)).toBe(
        `${expected(stored.summary)} (${stored.cluster.name}; submissions close ${stored.deadline.slice(0, 10)})`,
      );
      expect((entry.link as Node[])[0]).toEqual({ '@_rel': 'alternate', '@_href': `${BASE}/challenges/${id}` });
      // The input reached storage as sent (controls and all): the feed, not the API, makes it safe.
      expect(stored.title).toBe(cases[index]?.title);
    }
  });

  it('keeps a hostile saved-search name and a query with `&` inside their elements', async () => {
    const { clinician, moderator, solver } = world.users;
    const word = `savedhostile${unique()}`;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: `Saved ${word} ]]>]]><entry><id>urn:evil</id></entry>`,
    });
    const name = `]]>]]><link href="//evil.example"/>\u0001<i>${word}</i>`;
    const saved = await must(
      api('/api/v1/me/saved-searches', { token: solver.token, body: { q: word, cluster: world.cluster.slug, name } }),
      201,
    );
    const path = new URL(saved.body.feed_url as string).pathname;
    const { feed, entries } = await readFeed(path);

    expect(text(feed.title)).toBe(`Bedside: ${expected(saved.body.name)}`);
    const links = feed.link as Node[];
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${BASE}${path}`);
    const alternate = new URL(String(links.find((l) => l['@_rel'] === 'alternate')?.['@_href']));
    expect(alternate.searchParams.get('q')).toBe(word);
    expect(alternate.searchParams.get('cluster')).toBe(world.cluster.slug);
    expect(entries.map((e) => text(e.id))).toEqual([`${BASE}/challenges/${id}`]);
    expect(text(entries[0]?.title)).toBe(`Saved ${word} ]]>]]><entry><id>urn:evil</id></entry>`);
  });
});

describe('the deadline calendar with hostile challenge text', () => {
  it('stays one event with its own properties, and the text comes back without control characters', async () => {
    const { clinician, moderator } = world.users;
    const tag = unique();
    const title = `Cal ${tag}\r\nATTACH:https://evil.example/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil;x,y\\ \u0000\u0007\u001B end`;
    const summary = `Summary ${tag}\rDESCRIPTION;X=1:evil\nURL:https://evil.example/\u000B\u007F\u0085 <script>`;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { title, summary });
    const res = await api(`/api/v1/challenges/${id}/calendar.ics`);
    expect(res.status).toBe(200);
    const body = res.body as string;

    // Every line (CRLF-separated, folded lines included) is free of control characters.
    for (const line of body.split('\r\n')) expect(line.match(/[^\P{Cc}\t]/u)).toBeNull();
    const calendar = new ICAL.Component(ICAL.parse(body));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.getAllProperties().map((p) => p.name)).not.toContain('attach');
    for (const name of ['uid', 'summary', 'description', 'url', 'dtstart']) {
      expect(event.getAllProperties(name), name).toHaveLength(1);
    }
    expect(String(event.getFirstPropertyValue('uid'))).toBe(`deadline-${id}@bedside`);
    expect(event.getFirstPropertyValue('url')).toBe(`${BASE}/challenges/${id}`);
    expect(event.getFirstPropertyValue('summary')).toBe(`Submission deadline: ${expected(title)}`);
    expect(event.getFirstPropertyValue('description')).toBe(`${expected(summary)}\n\n${BASE}/challenges/${id}`);
  });
});
