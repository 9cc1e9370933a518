import type { Attachment } from '../../../worker/domain/attachments/store';
import { ACCEPT, ALLOWED_TYPES, FILE_LIMIT, MAX_FILES, TOTAL_LIMIT } from '../../../worker/domain/attachments/types';
import { Notice } from '../../components/form';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';

/** A size as people read it: KB under a megabyte, MB with one decimal above (decimal units, as the limits). */
export function fileSize(tr: Translator, bytes: number): string {
  if (bytes < 1_000_000) {
    return tr.t('attachments.size_kb', { size: tr.number(Math.max(1, Math.round(bytes / 1000))) });
  }
  return tr.t('attachments.size_mb', { size: tr.number(bytes / 1_000_000, { maximumFractionDigits: 1 }) });
}

const typeLabel = (type: string) => ALLOWED_TYPES[type]?.label ?? type;

interface AttachmentsSectionProps {
  page: PageContext;
  attachments: Attachment[];
  /** Where the upload form posts (`/solutions/{id}/attachments`), when the viewer may change them now. */
  uploadAction?: string;
  /** Why the last upload was refused, in the page's language: shown next to the file field. */
  error?: string;
  notice?: string;
  /** The solution's attachments carry its confidentiality; a challenge's are as public as it is. */
  confidential?: boolean;
}

/** The attachments of a solution or challenge: the list, and for who may change them the upload form (no JavaScript needed). */
export function AttachmentsSection({
  page,
  attachments,
  uploadAction,
  error,
  notice,
  confidential,
}: AttachmentsSectionProps) {
  const { tr } = page;
  const { t } = tr;
  const canChange = uploadAction !== undefined;
  if (!canChange && attachments.length === 0) return null;
  return (
    <section id="attachments" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {notice && <Notice>{notice}</Notice>}
      {confidential && <p class="hint">{t('attachments.confidential')}</p>}
      {attachments.length === 0 ? (
        <p>{t('attachments.none')}</p>
      ) : (
        <ul class="attachments">
          {attachments.map((a) => (
            <li>
              <a href={a.url} download={a.filename} aria-label={t('attachments.download', { name: a.filename })}>
                {a.filename}
              </a>{' '}
              <span class="meta">
                {typeLabel(a.content_type)} · {fileSize(tr, a.size)}
              </span>
              {canChange && (
                <form method="post" action={`/attachments/${a.id}/delete`} class="inline-action">
                  <button type="submit" class="danger" aria-label={t('attachments.delete_named', { name: a.filename })}>
                    {t('attachments.delete')}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && (
        <form method="post" action={uploadAction} enctype="multipart/form-data" class="attachment-upload">
          <div class={`field${error ? ' has-error' : ''}`}>
            <label for="attachment-file">{t('attachments.file')}</label>
            <p class="hint" id="attachment-file-hint">
              {t('attachments.limits', {
                file: tr.number(FILE_LIMIT / 1_000_000),
                total: tr.number(TOTAL_LIMIT / 1_000_000),
                max: tr.number(MAX_FILES),
              })}
            </p>
            {error && (
              <p class="field-error" id="attachment-file-error">
                {error}
              </p>
            )}
            <input
              id="attachment-file"
              name="file"
              type="file"
              accept={ACCEPT}
              required
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'attachment-file-hint attachment-file-error' : 'attachment-file-hint'}
            />
          </div>
          <button type="submit">{t('attachments.upload')}</button>
        </form>
      )}
    </section>
  );
}
