import type { ChallengePages } from '../../../worker/access/challenges';
import type { readAuditTrail } from '../../../worker/domain/moderation/audit-log';
import { ErrorSummary, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';
import { actionTitle, describeChanges, labeller } from './audit-changes';

type Entry = Awaited<ReturnType<typeof readAuditTrail>>[number];

/** The entry the text is removed from, as the trail shows it: when, who, what it changed. */
function EntrySummary({ page, entry }: { page: PageContext; entry: Entry }) {
  const { tr } = page;
  const { t } = tr;
  const changes = describeChanges(tr, entry);
  return (
    <section class="card" aria-labelledby="purge-entry">
      <h2 id="purge-entry">{t('moderation.purge.entry')}</h2>
      <p class="audit-title">{actionTitle(tr, entry.action) ?? <code>{entry.action}</code>}</p>
      <p class="meta">
        <time datetime={entry.created_at}>{tr.dateTime(entry.created_at)}</time> ·{' '}
        {entry.actor_id ? personName(tr, entry.actor_name ?? '—') : t('moderation.audit.system')}
      </p>
      {changes.length > 0 && (
        <ul class="audit-changes">
          {changes.map((change) => (
            <li>
              <span class="audit-field">{change.label}:</span> {change.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * An admin removes text posted by mistake from one audit entry: the entry, a checkbox per field
 * holding text, a required reason and "Remove for good". This page is the "are you sure": it says
 * what cannot be undone before the one button that does it.
 */
export function AuditPurgePage({
  page,
  challenge,
  links,
  entry,
  fields,
  form,
  action,
  back,
}: {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  entry: Entry;
  /** The fields of the entry that hold text now. */
  fields: string[];
  form: FormState;
  action: string;
  back: string;
}) {
  const { tr } = page;
  const { t } = tr;
  const label = labeller(tr, entry.entity_type);
  const chosen = new Set((form.values.fields ?? '').split('\n'));
  const fieldsError = form.errors.fields;
  return (
    <Layout page={page} title={t('moderation.purge.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="audit" />
      <h1>{t('moderation.purge.title')}</h1>
      <EntrySummary page={page} entry={entry} />
      {fields.length === 0 ? (
        <p class="notice">{t('moderation.purge.nothing')}</p>
      ) : (
        <>
          <p class="lead">{t('moderation.purge.lead')}</p>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action={action} class="stack" novalidate>
            <fieldset
              id="fields"
              class={fieldsError ? 'has-error' : undefined}
              aria-describedby={fieldsError ? 'fields-error' : undefined}
            >
              <legend>{t('moderation.purge.fields')}</legend>
              {fieldsError && (
                <p class="field-error" id="fields-error">
                  {fieldsError}
                </p>
              )}
              {fields.map((field) => (
                <label class="choice">
                  <input type="checkbox" name="fields" value={field} checked={chosen.has(field)} />
                  <span>{label(field)}</span>
                </label>
              ))}
            </fieldset>
            <TextArea
              form={form}
              name="reason"
              label={t('moderation.purge.reason')}
              hint={t('moderation.purge.reason_hint')}
              required
            />
            <div class="buttons">
              <button type="submit" class="danger">
                {t('moderation.purge.submit')}
              </button>
              <a class="button secondary" href={back}>
                {t('moderation.purge.back')}
              </a>
            </div>
          </form>
        </>
      )}
      {fields.length === 0 && (
        <p>
          <a href={back}>{t('moderation.purge.back')}</a>
        </p>
      )}
    </Layout>
  );
}
