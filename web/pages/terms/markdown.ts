import { micromark } from 'micromark';

/**
 * Terms written by moderators, as HTML: micromark escapes any HTML in the text (a `<script>` shows
 * as text) and drops dangerous link protocols (`javascript:`), so the result is safe to insert.
 * Its headings are moved so that the text's highest one is at `level` (at most 6): the text sits
 * under a heading of the page, and the outline must not jump back up (a `##` under an `<h3>`).
 */
export function termsHtml(markdown: string, level: number): string {
  const html = micromark(markdown);
  const levels = [...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]));
  if (levels.length === 0) return html;
  const shift = level - Math.min(...levels);
  return html.replace(
    /<(\/?)h([1-6])>/g,
    (_, close: string, n: string) => `<${close}h${Math.min(6, Number(n) + shift)}>`,
  );
}
