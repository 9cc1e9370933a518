import type { Child } from 'hono/jsx';
import { LOCALE_NAMES, LOCALES } from '../i18n';
import { LEGAL_DOCUMENTS, legalPath } from '../legal/documents';
import type { PageContext } from '../page';
import { DiscoveryHead } from './discovery-head';
import { PageTranslator } from './page-translator';
import type { Preview } from './preview';

interface LayoutProps {
  page: PageContext;
  title: string;
  children: Child;
  scripts?: string[];
  styles?: string[];
  /** Only for a page anyone may read: its description and picture for search engines and link previews. */
  preview?: Preview;
}

/**
 * The path the language links point at, always on this site: a 404 for `//evil.example/x` (or
 * `/%2F%2Fevil.example`, `/\evil.example`, `/%09/…`) would otherwise link to another host, as
 * browsers read a leading `//` or `/\` as a host and drop tabs and newlines.
 */
const sameSitePath = (path: string) => `/${path.replace(/^[\s/\\\p{Cc}]+/u, '')}`;

export function Layout({ page, title, children, scripts = [], styles = [], preview }: LayoutProps) {
  const { tr, viewer, path } = page;
  const { t } = tr;
  return (
    <html lang={tr.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('site.name')}`}</title>
        <DiscoveryHead page={page} title={title} path={sameSitePath(path)} preview={preview} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href="/styles.css" />
        {styles.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="alternate" type="application/atom+xml" title={t('footer.feed')} href="/feeds/challenges.atom" />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            {t('site.name')}
          </a>
          <nav aria-label={t('nav.main')}>
            <ul>
              <li>
                <a href="/challenges">{t('nav.challenges')}</a>
              </li>
              <li>
                <a href="/calls">{t('nav.calls')}</a>
              </li>
              <li>
                <a href="/partners">{t('nav.partners')}</a>
              </li>
              <li>
                <a href="/people">{t('nav.people')}</a>
              </li>
              {viewer?.clinician && (
                <li>
                  <a href="/challenges/new">{t('nav.post')}</a>
                </li>
              )}
              {viewer?.moderator && (
                <li>
                  <a href="/moderation">{t('nav.moderation')}</a>
                </li>
              )}
              {viewer ? (
                <>
                  <li>
                    <a href="/me">{t('nav.me')}</a>
                  </li>
                  <li>
                    {/* With unread ones, the link's name is "3 unread notifications"; sighted readers see the word and the count. */}
                    <a
                      href="/me/notifications"
                      class="inbox-link"
                      aria-current={path === '/me/notifications' ? 'page' : undefined}
                    >
                      {viewer.unread > 0 ? (
                        <>
                          <span class="visually-hidden">{tr.plural('notifications.header_unread', viewer.unread)}</span>
                          <span aria-hidden="true">
                            {t('notifications.header')} <span class="count">{tr.number(viewer.unread)}</span>
                          </span>
                        </>
                      ) : (
                        t('notifications.header')
                      )}
                    </a>
                  </li>
                  <li>
                    <form method="post" action="/signout" class="inline">
                      <button type="submit" class="link">
                        {t('nav.signout')}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <a href="/signin">{t('nav.signin')}</a>
                  </li>
                  <li>
                    <a href="/register">{t('nav.register')}</a>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          <PageTranslator.Provider value={tr}>{children}</PageTranslator.Provider>
        </main>
        <footer class="site-footer">
          <p>{t('footer.about')}</p>
          <nav aria-label={t('nav.language')}>
            <ul class="languages">
              {LOCALES.map((locale) => (
                <li>
                  <a
                    href={`${sameSitePath(path)}?lang=${locale}`}
                    hreflang={locale}
                    lang={locale}
                    aria-current={locale === tr.locale ? 'true' : undefined}
                  >
                    {LOCALE_NAMES[locale]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t('layout.footer.legal')}>
            <ul class="legal-links">
              {LEGAL_DOCUMENTS.map((document) => (
                <li>
                  <a href={legalPath(document)} aria-current={path === legalPath(document) ? 'page' : undefined}>
                    {t(`legal.${document}.title`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p>
            <a href="/api/docs">{t('footer.api_docs')}</a> · <a href="/feeds/challenges.atom">{t('footer.feed')}</a> ·{' '}
            <a href="/open-data" aria-current={path === '/open-data' ? 'page' : undefined}>
              {t('footer.open_data')}
            </a>
          </p>
        </footer>
      </body>
    </html>
  );
}
