import type { Challenge } from '../../worker/domain/challenges/challenge.view';
import type { Translator } from '../i18n';

/**
 * The moderators' note as its owner should read it: a request still to act on (with what to do
 * next), answered by submitting again, or resolved since the challenge was approved; the reason
 * for a rejection. Nothing when there is no note or the reader may not see it.
 */
export function ModeratorNote({ tr, challenge }: { tr: Translator; challenge: Challenge }) {
  const { t } = tr;
  const standing = challenge.moderator_note_standing;
  if (!challenge.moderator_note || !standing) return null;
  return (
    <section
      class={`notice moderator-note${standing === 'pending' ? ' pending' : ''}`}
      aria-labelledby="moderator-note-title"
    >
      <h2 id="moderator-note-title">{t(`authoring.note.${standing}`)}</h2>
      <p class="prose" lang={challenge.language}>
        {challenge.moderator_note}
      </p>
      {standing === 'pending' && <p>{t('authoring.note.pending_next')}</p>}
    </section>
  );
}
