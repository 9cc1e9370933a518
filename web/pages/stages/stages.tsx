import type { StageTimelineRow } from '../../../worker/domain/stages/read';
import { shortlistLine, stageName } from '../../components/stages';
import type { PageContext } from '../../page';

/**
 * The stages of a multi-stage challenge as a timeline on its page: each one's name, kind and
 * deadlines, the current one marked. A challenge with one stage shows nothing: its deadline is
 * on the page already.
 */
export function StageTimeline({
  page,
  stages,
  current,
}: {
  page: PageContext;
  stages: readonly StageTimelineRow[];
  current: number;
}) {
  const { tr } = page;
  const { t } = tr;
  if (stages.length < 2) return null;
  const line = shortlistLine(tr, current, stages.length);
  return (
    <section id="stages" class="stages" aria-labelledby="stages-title" lang={tr.locale}>
      <h2 id="stages-title">{t('stages.timeline')}</h2>
      {line && <p class="notice">{line}</p>}
      <ol class="timeline">
        {stages.map((s) => (
          <li
            aria-current={s.stage === current ? 'step' : undefined}
            class={s.stage === current ? 'current' : undefined}
          >
            <strong>{stageName(tr, s.stage, s.name)}</strong> · {t(`stages.kind.${s.kind}`)}
            {s.stage === current && <> · {t('stages.current')}</>}
            <br />
            {t('stages.deadline')}: <time datetime={s.deadline}>{tr.date(s.deadline, 'long')}</time>
            {s.evaluation_deadline && (
              <>
                {' '}
                · {t('stages.evaluation_deadline')}:{' '}
                <time datetime={s.evaluation_deadline}>{tr.date(s.evaluation_deadline, 'long')}</time>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Links to the stages a challenge has reached (no JavaScript: `?stage=` as the API takes it), the
 * one shown marked, and a sentence saying which it is. Only for a challenge past its first stage:
 * a later stage has no jury, cohort or scores yet.
 */
export function StageSelector({
  page,
  href,
  current,
  shown,
}: {
  page: PageContext;
  /** The page's address for a stage. */
  href: (stage: number) => string;
  /** The stage the challenge is in: stages 1 to this one can be shown. */
  current: number;
  shown: number;
}) {
  const { tr } = page;
  const { t } = tr;
  if (current < 2) return null;
  const reached = Array.from({ length: current }, (_, i) => i + 1);
  return (
    <nav class="stage-selector" aria-labelledby="stage-selector-title" lang={tr.locale}>
      <h2 id="stage-selector-title">{t('stages.selector')}</h2>
      <ul class="switch">
        {reached.map((k) => (
          <li>
            {k === shown ? (
              <strong aria-current="page">{stageName(tr, k)}</strong>
            ) : (
              <a href={href(k)}>{stageName(tr, k)}</a>
            )}
          </li>
        ))}
      </ul>
      <p>{t('stages.showing', { stage: String(shown), name: stageName(tr, shown) })}</p>
    </nav>
  );
}
