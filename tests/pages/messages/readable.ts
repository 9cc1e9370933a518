import { expect } from 'vitest';

// What a person reads when a form comes back: every message, next to its field and in the summary
// at the top, or the reason on an error page. Checked for what only a programmer would write.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
const textOf = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
/** Text marked as English (the domain's reason, quoted on a page in another language), left out. */
const withoutEnglish = (html: string) => html.replace(/<(span|p)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ');
/** A label as messages name it: without "(optional)". */
const plainLabel = (label: string) => label.replace(/\s*\([^()]*\)\s*$/, '');

/** Schema text no person should read: field paths, zod's words, comparison signs, lists of enum values. */
const RAW = [
  /\b[a-z_]+\.\d+\b/, // criteria.6, tags.2
  /\b[a-z]+_[a-z_]+\b/, // trl_max, current_password
  /Invalid (input|option|string|email|url|ISO)/i,
  /\bexpected\b/i,
  /Too (small|big)/i,
  /Unrecognized key/i,
  />=|<=/,
  /"\w+"\s*\|/, // "off"|"on"
];
/** English words that have no business in a German, Italian or Romanian message. */
const ENGLISH =
  /\b(the|is|are|must|least|most|characters|choose|fill|enter|invalid|expected|use|only|not|valid|required|should)\b/i;

export interface Messages {
  /** Every message: field messages, the summary's, an error page's reason. */
  all: string[];
  /** Field messages by field name, with the field's label where the page has one. */
  fields: { name: string; message: string; label?: string }[];
}

/** The messages a page shows: next to fields, in the summary, or as an error page's reason. */
export function messagesOn(html: string): Messages {
  const fields = [...html.matchAll(/<p class="field-error" id="([^"]+)-error">([\s\S]*?)<\/p>/g)].map(
    ([, name = '', message = '']) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const label = html.match(new RegExp(`<label[^>]*for="${escaped}"[^>]*>([\\s\\S]*?)</label>`))?.[1];
      return { name: decode(name), message, label: label === undefined ? undefined : plainLabel(textOf(label)) };
    },
  );
  const summaries = [...html.matchAll(/<div class="error-summary"[^>]*>([\s\S]*?)<\/div>/g)].map(([, inner = '']) =>
    inner.replace(/<h2>[\s\S]*?<\/h2>/, ''),
  );
  const loose = [...html.matchAll(/<p class="field-error">([\s\S]*?)<\/p>/g)].map(([, inner = '']) => inner);
  const all = [...fields.map((f) => f.message), ...summaries, ...loose];
  // An error page: its reason is the main content.
  if (all.length === 0) {
    const main = html.match(/<main[^>]*>([\s\S]*?)<\/main>/)?.[1];
    if (main) all.push(main);
  }
  return { all, fields };
}

/**
 * Every message on the page reads as a sentence for people in `lang`: no path, no zod wording, no
 * comparison signs or enum lists; on a German, Italian or Romanian page no English outside text
 * marked lang="en"; each field's message names the field by its label.
 */
export function expectReadableMessages(
  html: string,
  lang: string,
  what: string,
  /** Fields whose messages name an entry rather than the field ("Link 2", not "Links"). */
  entries: Record<string, RegExp> = {},
) {
  const { all, fields } = messagesOn(html);
  expect(all.length, `${what} (${lang}): no message on the page`).toBeGreaterThan(0);
  for (const message of all) {
    const text = textOf(message);
    expect(text.length, `${what} (${lang}): an empty message`).toBeGreaterThan(0);
    for (const raw of RAW) expect(text, `${what} (${lang}): schema text ${raw}`).not.toMatch(raw);
    if (lang !== 'en') {
      expect(textOf(withoutEnglish(message)), `${what} (${lang}): English on a ${lang} page`).not.toMatch(ENGLISH);
    }
  }
  for (const { name, message, label } of fields) {
    const says = `${what} (${lang}): the message for ${name} names its label`;
    if (entries[name]) expect(textOf(message), says).toMatch(entries[name]);
    // Case aside: a label may be named inside a longer one ("Criterion 2, weight" for "Weight").
    else if (label) expect(textOf(message).toLocaleLowerCase(lang), says).toContain(label.toLocaleLowerCase(lang));
  }
}
