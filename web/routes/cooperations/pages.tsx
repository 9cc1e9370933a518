import { Hono } from 'hono';
import {
  authorizeMilestone,
  authorizePatch,
  cooperationAffordances,
  type LoadedCooperation,
  listTakingPart,
  loadCooperation,
  loadCooperationFor,
  loadMilestoneFor,
  mayPublishMilestone,
  toCooperation,
} from '../../../worker/access/cooperations';
import type { Actor } from '../../../worker/domain/actor';
import { getCluster } from '../../../worker/domain/clusters/list';
import { CooperationListQuerySchema } from '../../../worker/domain/cooperations/cooperation.schema';
import { publicStories, toMilestone } from '../../../worker/domain/cooperations/read';
import { addMilestone, updateCooperation, updateMilestone } from '../../../worker/domain/cooperations/update';
import type { AppEnv } from '../../../worker/env';
import { notFoundProblem } from '../../../worker/http/on-error';
import type { Ctx } from '../../ctx';
import { addMilestoneForm, cooperationStatusForm, editMilestoneForm, publishForm } from '../../forms/cooperations';
import { pageContext } from '../../page';
import { type CooperationForms, CooperationPage } from '../../pages/cooperations/cooperation';
import { CooperationListPage } from '../../pages/cooperations/list';
import { MilestonePage, milestoneValues } from '../../pages/cooperations/milestone';
import { StoriesPage } from '../../pages/cooperations/stories';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID, MILESTONE_ID, SLUG } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const DONE = ['saved', 'recorded'] as const;

/** The cooperation page for whoever the loader let through, with forms (again, with messages) where they may act. */
function showCooperation(
  c: Ctx,
  actor: Actor,
  loaded: LoadedCooperation,
  forms: Partial<CooperationForms> = {},
  status: 200 | 400 = 200,
) {
  const page = pageContext(c);
  const cooperation = toCooperation(loaded);
  const done = DONE.find((d) => d === c.req.query('done'));
  const side = loaded.facts.clinic ? cooperation.public_clinic : cooperation.public_solver;
  return renderPage(
    c,
    <CooperationPage
      page={page}
      cooperation={cooperation}
      may={cooperationAffordances(actor, loaded)}
      forms={{
        status: forms.status ?? emptyForm({ status: cooperation.status }),
        publish: forms.publish ?? emptyForm(side ? { public: 'on' } : {}),
      }}
      notice={done ? page.tr.t(`coop.done.${done}`) : undefined}
    />,
    status,
  );
}

/** Recording (no milestone id) or updating a milestone, on its own page. */
async function showMilestone(
  c: Ctx,
  actor: Actor,
  id: string,
  mid?: string,
  form?: FormState,
  status: 200 | 400 = 200,
) {
  const found = mid ? await loadMilestoneFor(c.var.db, actor, id, mid) : undefined;
  const loaded = found ?? (await loadCooperationFor(c.var.db, actor, id, 'cooperation.edit'));
  const milestone = found ? toMilestone(found.milestone) : undefined;
  return renderPage(
    c,
    <MilestonePage
      page={pageContext(c)}
      cooperation={toCooperation(loaded)}
      milestone={milestone}
      form={form ?? emptyForm(milestone ? milestoneValues(milestone) : { status: 'planned' })}
      verdict={cooperationAffordances(actor, loaded).kpiVerdict}
      publish={found ? mayPublishMilestone(actor, loaded, found.milestone) : true}
    />,
    status,
  );
}

/**
 * Cooperation projects on pages (issue 15): the list of one's own, a cooperation with its forms,
 * a milestone recorded or updated, and a cluster's public stories ("what came out of it").
 */
export const cooperationPages = new Hono<AppEnv>()
  .get('/cooperations', signedIn, async (c) => {
    const query = CooperationListQuerySchema.parse({ cursor: c.req.query('cursor') || undefined });
    const { data, next_cursor } = await listTakingPart(c.var.db, c.var.user, query);
    return renderPage(c, <CooperationListPage page={pageContext(c)} cooperations={data} next={next_cursor} />);
  })
  .get(`/cooperations/${ID}`, async (c) =>
    showCooperation(c, c.var.actor, await loadCooperation(c.var.db, c.var.actor, c.req.param('id'))),
  )
  .post(`/cooperations/${ID}/status`, signedIn, async (c) => {
    const id = c.req.param('id');
    const loaded = await loadCooperation(c.var.db, c.var.user, id);
    return submitForm(c, cooperationStatusForm, {
      run: async ({ status, version }) => {
        const actor = authorizePatch(c.var.user, loaded, { status });
        await updateCooperation(c.var.db, actor, loaded.row, version, { status });
        return c.redirect(`/cooperations/${id}?done=saved`, 303);
      },
      rerender: (form) => showCooperation(c, c.var.user, loaded, { status: form }, 400),
      wholeForm: true,
    });
  })
  .post(`/cooperations/${ID}/publication`, signedIn, async (c) => {
    const id = c.req.param('id');
    const loaded = await loadCooperation(c.var.db, c.var.user, id);
    return submitForm(c, publishForm, {
      run: async ({ public: agreed, version }) => {
        // The signed-in person's own side; someone on neither side is refused by the policy.
        const patch = loaded.facts.clinic ? { public_clinic: agreed } : { public_solver: agreed };
        const actor = authorizePatch(c.var.user, loaded, patch);
        await updateCooperation(c.var.db, actor, loaded.row, version, patch);
        return c.redirect(`/cooperations/${id}?done=saved`, 303);
      },
      rerender: (form) => showCooperation(c, c.var.user, loaded, { publish: form }, 400),
      wholeForm: true,
    });
  })
  .get(`/cooperations/${ID}/milestones/new`, signedIn, (c) => showMilestone(c, c.var.user, c.req.param('id')))
  .post(`/cooperations/${ID}/milestones`, signedIn, async (c) => {
    const id = c.req.param('id');
    const loaded = await loadCooperationFor(c.var.db, c.var.user, id, 'cooperation.edit');
    return submitForm(c, addMilestoneForm, {
      run: async (input) => {
        authorizeMilestone(c.var.user, loaded, input);
        await addMilestone(c.var.db, loaded.actor, loaded.row, input);
        return c.redirect(`/cooperations/${id}?done=recorded#milestones-title`, 303);
      },
      rerender: (form) => showMilestone(c, c.var.user, id, undefined, form, 400),
      wholeForm: true,
    });
  })
  .get(`/cooperations/${ID}/milestones/${MILESTONE_ID}`, signedIn, (c) =>
    showMilestone(c, c.var.user, c.req.param('id'), c.req.param('mid')),
  )
  .post(`/cooperations/${ID}/milestones/${MILESTONE_ID}`, signedIn, async (c) => {
    const id = c.req.param('id');
    const mid = c.req.param('mid');
    const loaded = await loadMilestoneFor(c.var.db, c.var.user, id, mid);
    return submitForm(c, editMilestoneForm, {
      run: async ({ version, ...fields }) => {
        // The box is shown only to the side that decides; for others the milestone keeps its setting.
        const asked = mayPublishMilestone(c.var.user, loaded, loaded.milestone)
          ? fields
          : { ...fields, public: loaded.milestone.public };
        const write = authorizeMilestone(c.var.user, loaded, asked, loaded.milestone);
        await updateMilestone(c.var.db, loaded.actor, loaded.row, loaded.milestone, version, write);
        return c.redirect(`/cooperations/${id}?done=saved#milestone-${mid}`, 303);
      },
      rerender: (form) => showMilestone(c, c.var.user, id, mid, form, 400),
      wholeForm: true,
    });
  })
  .get(`/clusters/${SLUG}/impact-stories`, async (c) => {
    const cluster = await getCluster(c.var.db, c.req.param('slug'));
    if (!cluster) throw notFoundProblem(c);
    const stories = await publicStories(c.var.db, cluster.id);
    return renderPage(c, <StoriesPage page={pageContext(c)} cluster={cluster} stories={stories} />);
  });
