import type { Child } from 'hono/jsx';
import { usePageTranslator } from './page-translator';

/**
 * A table that may be wider than the screen: it scrolls sideways inside this box, never the page.
 * The box is a labelled region that keyboard users can focus and scroll with the arrow keys; it
 * shows that there is more by shadows at the edge that has more (styles.css) and, where the
 * browser can tell that the box scrolls, a sentence saying so above the table.
 *
 *   <ScrollTable label={t('ranking.caption')}><table><caption>…</caption>…</table></ScrollTable>
 *
 * `label` names the region (the table's caption is the natural one).
 */
export function ScrollTable({ label, id, children }: { label: string; id?: string; children: Child }) {
  const tr = usePageTranslator();
  return (
    <section class="table-scroll" tabindex={0} aria-label={label} id={id}>
      {tr && (
        <p class="table-scroll-hint" aria-hidden="true">
          {tr.t('layout.table.scroll_hint')}
        </p>
      )}
      {children}
    </section>
  );
}
