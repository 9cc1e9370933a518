import { Hono } from 'hono';
import { listChallengesFor } from '../../../worker/access/challenges';
import { listClusters } from '../../../worker/domain/clusters/list';
import type { AppEnv } from '../../../worker/env';
import { browseForm } from '../../forms/challenges';
import { pageContext } from '../../page';
import { ChallengeBrowserPage } from '../../pages/challenges/browse';
import { emptyForm, type FormState, formFromError, validate } from '../../pipeline/forms';
import { renderPage } from '../../render';

/** The catalogue: a GET form, so every search is a bookmarkable address; bad filters are said next to their field. */
export const browsePages = new Hono<AppEnv>().get('/challenges', async (c) => {
  const page = pageContext(c);
  const values = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const clusters = await listClusters(c.var.db, 100);
  const show = (form: FormState, results: Awaited<ReturnType<typeof listChallengesFor>> | null) => {
    const next = results?.next_cursor
      ? `/challenges?${new URLSearchParams({ ...values, cursor: results.next_cursor })}`
      : null;
    const view = (
      <ChallengeBrowserPage page={page} form={form} clusters={clusters} results={results?.data ?? []} nextHref={next} />
    );
    return renderPage(c, view, results ? 200 : 400);
  };
  const parsed = validate(browseForm, values, page.tr);
  if (!parsed.ok) return show(parsed.form, null);
  try {
    return show(emptyForm(values), await listChallengesFor(c.var.db, c.var.actor, parsed.data));
  } catch (err) {
    return show(formFromError(err, browseForm, values, page.tr, false), null);
  }
});
