import { describe, expect, it } from 'vitest';
import { pages } from '../../../web/routes/index';
import { routeTemplate } from '../../helpers/pages';

/**
 * Where each page's D1 round trips and statements are pinned (issue 17), so a new page is not
 * forgotten: adding a GET page route fails here until its cost is pinned somewhere, or it is
 * named below as a page that reads (almost) nothing of the database.
 */
const PINNED: Record<string, string> = {
  '/me': 'budgets/personal, budgets/directory',
  '/me/notifications': 'budgets/personal',
  '/me/notifications/preferences': 'budgets/personal',
  '/me/saved-searches': 'budgets/personal',
  '/me/account': 'budgets/personal',
  '/me/account/delete': 'budgets/personal',
  '/me/account/data.json': 'budgets/personal',
  '/me/profile': 'budgets/personal',
  '/me/api-keys': 'budgets/personal',
  '/me/api-keys/{id}': 'budgets/personal',
  '/moderation': 'budgets/personal',
  '/admin/emails': 'budgets/personal',
  '/organizations/{id}/members': 'budgets/directory',
  '/organizations/{id}/edit': 'budgets/directory',
  '/organizations/{id}': 'budgets/directory',
  '/partners': 'budgets/directory',
  '/people': 'budgets/directory',
  '/challenges/{id}/partners': 'budgets/directory',
  '/calls/{id}': 'budgets/programmes',
  '/calls/new': 'budgets/programmes',
  '/calls/{id}/edit': 'budgets/programmes',
  '/calls': 'budgets/programmes',
  '/challenges/new': 'budgets/programmes',
  '/challenges/{id}/edit': 'budgets/programmes',
  '/challenges/{id}/stages': 'budgets/programmes',
  '/clusters/{slug}/terms': 'budgets/programmes',
  '/clusters/{slug}': 'budgets/programmes, queries',
  '/challenges/{id}/solutions/new': 'budgets/programmes',
  '/solutions/{id}/edit': 'budgets/programmes',
  '/challenges/{id}/audit/{entryId}/purge': 'budgets/programmes',
  '/invitations/accept': 'budgets/programmes',
  '/cooperations': 'budgets/impact',
  '/cooperations/{id}': 'budgets/impact',
  '/cooperations/{id}/milestones/new': 'budgets/impact',
  '/cooperations/{id}/milestones/{mid}': 'budgets/impact',
  '/clusters/{slug}/impact-stories': 'budgets/impact',
  '/clusters/{slug}/impact': 'budgets/impact',
  '/impact': 'budgets/impact',
  '/events': 'budgets/partnering',
  '/events/{id}': 'budgets/partnering',
  '/events/{id}/edit': 'budgets/partnering',
  '/events/new': 'budgets/partnering',
  '/conversations': 'budgets/partnering',
  '/conversations/{id}': 'budgets/partnering',
  '/conversations/new': 'budgets/partnering',
  '/': 'queries (home and catalogue)',
  '/challenges': 'queries (home and catalogue)',
  '/challenges/{id}': 'queries',
  '/challenges/{id}/solutions': 'queries, rank-budget',
  '/challenges/{id}/jury': 'queries, judging/jury-queries',
  '/challenges/{id}/ranking': 'queries, rank-budget',
  '/challenges/{id}/evaluation-report': 'queries, rank-budget',
  '/challenges/{id}/audit': 'queries',
  '/challenges/{id}/conflicts': 'judging/jury-queries',
  '/solutions/{id}': 'queries, rank-budget',
  '/solutions/{id}/evaluation': 'judging/jury-queries',
  '/sitemap.xml': 'budgets/discovery',
  '/sitemaps/{file}': 'budgets/discovery',
};

/** Pages that are text, forms or a link's landing, not working pages over volume: no pin. */
const NOT_WORKING_PAGES = [
  '/signin',
  '/register',
  '/forgot-password',
  '/reset-password',
  '/confirm-email',
  '/confirm-email/done',
  '/account-deleted',
  '/unsubscribe',
  '/privacy',
  '/terms',
  '/imprint',
  '/api/docs',
  '/problems',
  '/problems/{code}',
  '/open-data',
  '/dev/mailbox',
  '/dev/mailbox/{id}',
  '/dev/mailbox/{id}/html',
  '/robots.txt',
];

describe('round-trip pins', () => {
  it('cover every GET page route, or name it as a page without volume', () => {
    const registered = [...new Set(pages.routes.filter((r) => r.method === 'GET').map((r) => routeTemplate(r.path)))];
    expect([...Object.keys(PINNED), ...NOT_WORKING_PAGES].sort()).toEqual(registered.sort());
  });
});
