import { Hono } from 'hono';
import { loadChallengeFor } from '../../../worker/access/challenges';
import { loadSolution, loadSolutionPage } from '../../../worker/access/solutions';
import type { Actor } from '../../../worker/domain/actor';
import { getCluster } from '../../../worker/domain/clusters/list';
import { acceptTerms } from '../../../worker/domain/terms/acceptance';
import { setChallengeTerms } from '../../../worker/domain/terms/challenge-terms';
import { createTemplate, listTemplates } from '../../../worker/domain/terms/templates';
import type { AppEnv } from '../../../worker/env';
import { notFoundProblem } from '../../../worker/http/on-error';
import { authorizeUser, can } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { acceptTermsForm, chooseTermsForm, templateForm } from '../../forms/terms';
import { pageContext } from '../../page';
import { TemplatesPage } from '../../pages/terms/templates';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID, SLUG } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { showChallenge } from '../challenges/pages';
import { showSolution } from '../solutions/show';

/** The cluster by its slug; 404 when there is none. */
async function clusterFor(c: Ctx, slug: string) {
  const cluster = await getCluster(c.var.db, slug);
  if (!cluster) throw notFoundProblem(c);
  return cluster;
}

/** A cluster's templates: everyone reads them; its moderators get the form. One round trip after the cluster. */
async function showTemplates(c: Ctx, actor: Actor, slug: string, form?: FormState, status: 200 | 400 = 200) {
  const cluster = await clusterFor(c, slug);
  const templates = await listTemplates(c.var.db, cluster.id);
  const page = pageContext(c);
  const saved = Number(c.req.query('saved'));
  const write = can(actor, 'terms.template.write', cluster);
  return renderPage(
    c,
    <TemplatesPage
      page={page}
      cluster={cluster}
      templates={templates}
      form={
        write
          ? (form ??
            emptyForm({ language: page.tr.locale, confidentiality: 'confidential', ip_option: 'solver_keeps' }))
          : undefined
      }
      notice={saved > 0 ? page.tr.t('terms.templates.saved', { version: saved }) : undefined}
    />,
    status,
  );
}

/**
 * Participation terms on pages (issue 14): a cluster's templates, a challenge's choice of one, and
 * each team member's acceptance on the solution.
 */
export const termsPages = new Hono<AppEnv>()
  .get(`/clusters/${SLUG}/terms`, (c) => showTemplates(c, c.var.actor, c.req.param('slug')))
  .post(`/clusters/${SLUG}/terms`, signedIn, async (c) => {
    const slug = c.req.param('slug');
    const cluster = await clusterFor(c, slug);
    const actor = authorizeUser(c.var.user, 'terms.template.write', cluster);
    return submitForm(c, templateForm, {
      run: async (input) => {
        const saved = await createTemplate(c.var.db, actor, cluster.id, input);
        return c.redirect(`/clusters/${slug}/terms?saved=${saved.version}#template-${saved.key}`, 303);
      },
      rerender: (form) => showTemplates(c, actor, slug, form, 400),
      wholeForm: true,
    });
  })
  .post(`/challenges/${ID}/terms`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'challenge.edit');
    return submitForm(c, chooseTermsForm, {
      run: async (input) => {
        await setChallengeTerms(c.var.db, actor, record, input);
        return c.redirect(`/challenges/${id}?done=terms#terms`, 303);
      },
      rerender: (form) => showChallenge(c, { terms: form }, 400),
      wholeForm: true,
    });
  })
  .post(`/solutions/${ID}/terms`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadSolution(c.var.db, c.var.user, id, 'terms.accept');
    return submitForm(c, acceptTermsForm, {
      run: async ({ version }) => {
        await acceptTerms(c.var.db, actor, record, version);
        return c.redirect(`/solutions/${id}?done=accepted#terms`, 303);
      },
      rerender: async (form) => {
        const page = await loadSolutionPage(c.var.db, c.var.user, id);
        return showSolution(c, page.actor, page.record, page.may, { terms: form }, 400, page.reads);
      },
      wholeForm: true,
    });
  });
