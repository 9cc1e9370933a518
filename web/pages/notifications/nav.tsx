import type { PageContext } from '../../page';

export type NotificationSection = 'inbox' | 'preferences' | 'saved';

const SECTIONS: [NotificationSection, string][] = [
  ['inbox', '/me/notifications'],
  ['preferences', '/me/notifications/preferences'],
  ['saved', '/me/saved-searches'],
];

/** The inbox, the preferences and the saved searches link to one another. */
export function NotificationNav({ page, current }: { page: PageContext; current: NotificationSection }) {
  const { t } = page.tr;
  return (
    <nav class="challenge-nav" aria-label={t('notifications.nav')}>
      <ul>
        {SECTIONS.map(([section, href]) => (
          <li>
            <a href={href} aria-current={section === current ? 'page' : undefined}>
              {t(`notifications.nav.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
