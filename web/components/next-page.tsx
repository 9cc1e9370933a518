import type { Translator } from '../i18n';

/** The link to the next page of a cursor-paged list, when there is one. */
export function NextPage({ tr, href }: { tr: Translator; href: string | null }) {
  if (!href) return null;
  return (
    <p>
      <a href={href} rel="next">
        {tr.t('browse.next')}
      </a>
    </p>
  );
}
