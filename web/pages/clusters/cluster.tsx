import type { ChallengeSummary } from '../../../worker/domain/challenges/challenge.view';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import type { listInvitations } from '../../../worker/domain/invitations/invitations';
import { ChallengeCards } from '../../components/challenge-cards';
import { ErrorSummary, Field, Notice } from '../../components/form';
import { InvitationTable } from '../../components/invitations';
import { Layout } from '../../components/layout';
import { previewText } from '../../components/preview';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

type Invitation = Awaited<ReturnType<typeof listInvitations>>[number];

/** What admins manage on a cluster's page: its moderator invitations and the form to invite one. */
export interface ModeratorAdmin {
  invitations: Invitation[];
  form: FormState;
  notice?: string;
}

/** Admins only: invite a moderator by email, and the invitations sent so far (send again, revoke). */
function Moderators({ tr, slug, admin }: { tr: Translator; slug: string; admin: ModeratorAdmin }) {
  const { t } = tr;
  const { invitations, form, notice } = admin;
  return (
    <section id="moderators" aria-labelledby="moderators-title">
      <h2 id="moderators-title">{t('dashboard.moderators.title')}</h2>
      <p>{t('dashboard.moderators.intro')}</p>
      {notice && <Notice>{notice}</Notice>}
      <h3>{t('dashboard.moderators.invite')}</h3>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={`/clusters/${slug}/moderators`} class="stack" novalidate>
        <Field
          form={form}
          name="email"
          type="email"
          label={t('dashboard.moderators.email')}
          hint={t('dashboard.moderators.hint')}
          autocomplete="off"
          required
        />
        <button type="submit">{t('dashboard.moderators.send')}</button>
      </form>
      {invitations.length === 0 ? (
        <p>{t('dashboard.moderators.none')}</p>
      ) : (
        <InvitationTable
          tr={tr}
          invitations={invitations}
          caption={t('dashboard.moderators.caption')}
          manage={{
            resendAction: `/clusters/${slug}/moderators`,
            revokeAction: (id) => `/clusters/${slug}/invitations/${id}/revoke`,
          }}
        />
      )}
    </section>
  );
}

/** A cluster: who they are, and their newest published challenges; for admins, its moderators' invitations. */
export function ClusterPage({
  page,
  cluster,
  challenges,
  moderators,
}: {
  page: PageContext;
  cluster: Cluster;
  challenges: ChallengeSummary[];
  /** Only for those who manage the cluster's moderators (admins). */
  moderators?: ModeratorAdmin;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout
      page={page}
      title={cluster.name}
      scripts={moderators ? ['/enhance.js'] : []}
      preview={{
        description: previewText(cluster.description) || t('discovery.cluster', { name: cluster.name }),
        cluster: cluster.slug,
      }}
    >
      <h1>{cluster.name}</h1>
      <p class="meta">
        {cluster.region} · {cluster.country}
        {cluster.website && (
          <>
            {' · '}
            <a href={cluster.website} rel="noopener noreferrer">
              {t('cluster.website')}
            </a>
          </>
        )}
      </p>
      {cluster.description && <p class="lead">{cluster.description}</p>}
      <p>
        <a href={`/clusters/${cluster.slug}/impact`}>{t('impact.link')}</a> ·{' '}
        <a href={`/clusters/${cluster.slug}/impact-stories`}>{t('calls.cluster_stories_link')}</a> ·{' '}
        <a href={`/calls?cluster=${encodeURIComponent(cluster.slug)}`}>{t('calls.cluster_link')}</a>
      </p>
      <p>
        {tr.plural('home.clusters.challenges', cluster.challenge_count)} ·{' '}
        {tr.plural('cluster.open', cluster.open_challenge_count)}
      </p>
      <p>
        <a href={`/clusters/${cluster.slug}/terms`}>{t('terms.templates.link')}</a>
      </p>
      <section aria-labelledby="cluster-challenges">
        <h2 id="cluster-challenges">{t('cluster.challenges')}</h2>
        {challenges.length === 0 ? <p>{t('browse.none')}</p> : <ChallengeCards tr={tr} challenges={challenges} />}
        <p>
          <a href={`/challenges?cluster=${encodeURIComponent(cluster.slug)}`}>{t('cluster.all')}</a>
        </p>
      </section>
      {moderators && <Moderators tr={tr} slug={cluster.slug} admin={moderators} />}
    </Layout>
  );
}
