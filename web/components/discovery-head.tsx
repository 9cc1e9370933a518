import { LOCALES } from '../i18n';
import type { PageContext } from '../page';
import { jsonLd, localizedUrl, OG_LOCALES, PREVIEW_SIZE, type Preview, previewImage } from './preview';

interface DiscoveryHeadProps {
  page: PageContext;
  /** The page's own title, without the site's name. */
  title: string;
  /** The path on this site (already made safe by the layout). */
  path: string;
  preview?: Preview;
}

/**
 * The head tags for search engines and link previews (issue 18). With a `preview`: the
 * description, the canonical address and the four languages with `x-default` as `hreflang`
 * alternates, Open Graph and Twitter card tags with the cluster's picture, and JSON-LD when given.
 * Without one: `noindex` and the site's tagline, so nothing of the page is told to a crawler.
 */
export function DiscoveryHead({ page, title, path, preview }: DiscoveryHeadProps) {
  const { tr, origin } = page;
  const { t } = tr;
  if (!preview) {
    return (
      <>
        <meta name="description" content={t('site.tagline')} />
        <meta name="robots" content="noindex" />
      </>
    );
  }
  const canonical = localizedUrl(origin, path, tr.locale);
  const image = previewImage(origin, preview.cluster);
  return (
    <>
      <meta name="description" content={preview.description} />
      <link rel="canonical" href={canonical} />
      {LOCALES.map((locale) => (
        <link rel="alternate" hreflang={locale} href={localizedUrl(origin, path, locale)} />
      ))}
      <link rel="alternate" hreflang="x-default" href={localizedUrl(origin, path)} />
      <meta property="og:site_name" content={t('site.name')} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={preview.description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:type" content={preview.type ?? 'website'} />
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(PREVIEW_SIZE.width)} />
      <meta property="og:image:height" content={String(PREVIEW_SIZE.height)} />
      <meta property="og:image:alt" content={t('discovery.image_alt')} />
      <meta property="og:locale" content={OG_LOCALES[tr.locale]} />
      {LOCALES.filter((locale) => locale !== tr.locale).map((locale) => (
        <meta property="og:locale:alternate" content={OG_LOCALES[locale]} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={preview.description} />
      <meta name="twitter:image" content={image} />
      {preview.structured && (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(preview.structured) }} />
      )}
    </>
  );
}
