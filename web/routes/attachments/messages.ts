import { FILE_LIMIT, MAX_FILES, TOTAL_LIMIT } from '../../../worker/domain/attachments/types';
import { DomainError } from '../../../worker/domain/errors';
import type { Translator } from '../../i18n';

const KINDS = ['executable', 'web_page', 'archive', 'unknown', 'other'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Why an upload was refused, in the page's language, for the message next to the file field; undefined
 * for refusals that are not about the file (they go to the error page as any other).
 */
export function attachmentMessage(tr: Translator, err: unknown): string | undefined {
  if (!(err instanceof DomainError)) return undefined;
  const details = err.details ?? {};
  const mb = (bytes: number) => tr.number(bytes / 1_000_000, { maximumFractionDigits: 1 });
  switch (err.code) {
    case 'unsupported_media_type': {
      const kind = KINDS.find((k) => k === details.kind) ?? ('unknown' as Kind);
      return tr.t(`attachments.error.${kind}`, { type: String(details.detected ?? '') });
    }
    case 'payload_too_large': {
      const used = Number(details.used ?? 0);
      return details.limit === TOTAL_LIMIT
        ? tr.t('attachments.error.too_large_total', {
            limit: mb(TOTAL_LIMIT),
            left: mb(Math.max(0, TOTAL_LIMIT - used)),
          })
        : tr.t('attachments.error.too_large_file', { limit: mb(FILE_LIMIT) });
    }
    case 'malformed_request':
      return tr.t('attachments.error.no_file');
    case 'invalid_state':
      return details.current_state === 'full'
        ? tr.t('attachments.error.full', { max: tr.number(MAX_FILES) })
        : tr.t('attachments.error.not_editable');
    case 'deadline_passed':
      return tr.t('attachments.error.not_editable');
    default:
      return undefined;
  }
}

/** The confirmation of an attachment step (`?done=`), shown at the attachments, where the redirect lands. */
export const attachmentNoticeFor = (tr: Translator, done: string | undefined) =>
  done === 'attached' || done === 'deleted' ? tr.t(`attachments.done.${done}`) : undefined;
