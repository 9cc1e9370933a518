import { Hono } from 'hono';
import { mayContact } from '../../../worker/access/conversations';
import { listOrganizationsFor, loadOrganization, organizationAffordances } from '../../../worker/access/organizations';
import { DomainError } from '../../../worker/domain/errors';
import { OrganizationListQuerySchema } from '../../../worker/domain/organizations/list.query';
import type { AppEnv } from '../../../worker/env';
import { pageContext } from '../../page';
import { OrganizationPage } from '../../pages/organizations/profile';
import { type PartnerFilters, PartnerSearchPage } from '../../pages/organizations/search';
import { emptyForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { renderPage } from '../../render';

/** The filters the page sends as single fields; kind, offers and seeks are checkboxes (repeated). */
const SINGLE = ['q', 'country', 'capability', 'pathway', 'regulatory', 'trl', 'limit'] as const;
const REPEATED = ['kind', 'offers', 'seeks'] as const;
/** The label of each filter, for the sentence naming those that could not be read. */
const LABELS = {
  q: 'partners.q',
  kind: 'partners.kind',
  country: 'partners.country',
  capability: 'partners.capability',
  pathway: 'partners.pathway',
  regulatory: 'partners.regulatory',
  offers: 'partners.offers',
  seeks: 'partners.seeks',
  trl: 'partners.trl',
  cursor: 'browse.next',
  limit: 'browse.next',
} as const;

/**
 * The partner directory's pages: the search (a GET form over the API's query and access loader,
 * so the page and GET /api/v1/organizations always agree) and an organization's profile.
 */
export const organizationPages = new Hono<AppEnv>()
  .get('/partners', async (c) => {
    const page = pageContext(c);
    const all = c.req.queries();
    const raw = Object.fromEntries(
      Object.entries(all)
        .map(([key, values]) => [key, values.filter((v) => v !== '')] as const)
        .filter(([, values]) => values.length > 0)
        .map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    ) as Record<string, string | string[]>;
    const one = (key: string) => {
      const value = raw[key];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    const many = (key: string) => {
      const value = raw[key];
      return value === undefined ? [] : Array.isArray(value) ? value : value.split(',');
    };
    const filters: PartnerFilters = {
      single: emptyForm(Object.fromEntries(SINGLE.flatMap((key) => (one(key) ? [[key, one(key) ?? '']] : [])))),
      kind: many('kind'),
      offers: many('offers'),
      seeks: many('seeks'),
    };
    const parsed = OrganizationListQuerySchema.safeParse({ ...raw, limit: raw.limit ?? '20' });
    const show = (
      results: Awaited<ReturnType<typeof listOrganizationsFor>> | null,
      invalid: string[],
      status: 200 | 400,
    ) => {
      const next = results?.next_cursor
        ? `/partners?${new URLSearchParams([
            ...SINGLE.flatMap((key): [string, string][] => (one(key) ? [[key, one(key) ?? '']] : [])),
            ...REPEATED.flatMap((key) => many(key).map((value): [string, string] => [key, value])),
            ['cursor', results.next_cursor],
          ])}`
        : null;
      return renderPage(
        c,
        <PartnerSearchPage
          page={page}
          filters={filters}
          invalid={invalid}
          results={results?.data ?? []}
          nextHref={next}
        />,
        status,
      );
    };
    const unreadable = (paths: PropertyKey[]) => [
      ...new Set(paths.map((path) => page.tr.t(LABELS[String(path) as keyof typeof LABELS] ?? 'partners.filters'))),
    ];
    if (!parsed.success) return show(null, unreadable(parsed.error.issues.map((i) => i.path[0] ?? '')), 400);
    try {
      return show(await listOrganizationsFor(c.var.db, c.var.actor, parsed.data), [], 200);
    } catch (err) {
      // A search without words, or a cursor that is not one: the field the domain names.
      if (!(err instanceof DomainError) || err.code !== 'validation_failed' || !err.errors?.length) throw err;
      return show(null, unreadable(err.errors.map((e) => e.path)), 400);
    }
  })
  .get(`/organizations/${ID}`, async (c) => {
    const { profile: organization } = await loadOrganization(c.var.db, c.var.actor, c.req.param('id'));
    // Signed in: what they may do here (manage it, claim it), one more query (issue 16).
    const may = await organizationAffordances(c.var.db, c.var.actor, organization.id);
    const claimed = c.req.query('done') === 'claimed';
    return renderPage(
      c,
      <OrganizationPage
        page={pageContext(c)}
        organization={organization}
        may={may}
        claimed={claimed}
        mayContact={mayContact(c.var.actor)}
      />,
    );
  });
