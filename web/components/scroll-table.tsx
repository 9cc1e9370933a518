import type { Child } from 'hono/jsx';

/** A wide table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */
export function ScrollTable({ label, id, children }: { label: string; id?: string; children: Child }) {
  return (
    <section class="table-scroll" tabindex={0} aria-label={label} id={id}>
      {children}
    </section>
  );
}
