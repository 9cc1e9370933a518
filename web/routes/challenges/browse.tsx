import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { listChallengesFor } from '../../../worker/access/challenges';
import { listClusterNames } from '../../../worker/domain/clusters/list';
import type { AppEnv } from '../../../worker/env';
import { can } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { browseForm } from '../../forms/challenges';
import { SAVED_FILTERS } from '../../forms/notifications';
import { pageContext } from '../../page';
import { ChallengeBrowserPage } from '../../pages/challenges/browse';
import { emptyForm, type FormState, type FormValues, formFromError, validate } from '../../pipeline/forms';
import { renderPage } from '../../render';

/**
 * The catalogue for these filters. Signed-in visitors whose filters are valid also get "Save this
 * search" (`saveForm` carries its messages when saving failed; `status` is then 400).
 */
export async function showCatalogue(
  c: Ctx,
  values: FormValues,
  saveForm: FormState = emptyForm(),
  saveStatus: ContentfulStatusCode = 200,
) {
  const page = pageContext(c);
  // The filter's choices, read while the catalogue is (no counts: they would cost a pass over it).
  const clusters = listClusterNames(c.var.db, 100);
  // Handled where it is awaited; if the catalogue's read fails first, the page answers with that
  // error and this one must not surface as an unhandled rejection.
  clusters.catch(() => {});
  const show = async (form: FormState, results: Awaited<ReturnType<typeof listChallengesFor>> | null) => {
    const next = results?.next_cursor
      ? `/challenges?${new URLSearchParams({ ...values, cursor: results.next_cursor })}`
      : null;
    const filters = Object.fromEntries(SAVED_FILTERS.filter((key) => values[key]).map((key) => [key, values[key]!]));
    const save = results && can(c.var.actor, 'saved_search.create') ? { filters, form: saveForm } : undefined;
    const view = (
      <ChallengeBrowserPage
        page={page}
        form={form}
        clusters={await clusters}
        results={results?.data ?? []}
        nextHref={next}
        save={save}
      />
    );
    return renderPage(c, view, results ? saveStatus : 400);
  };
  const parsed = validate(browseForm, values, page.tr);
  if (!parsed.ok) return show(parsed.form, null);
  try {
    return show(emptyForm(values), await listChallengesFor(c.var.db, c.var.actor, parsed.data));
  } catch (err) {
    return show(formFromError(err, browseForm, values, page.tr, false), null);
  }
}

/** The catalogue: a GET form, so every search is a bookmarkable address; bad filters are said next to their field. */
export const browsePages = new Hono<AppEnv>().get('/challenges', (c) =>
  showCatalogue(c, Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''))),
);
