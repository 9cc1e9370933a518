/** What may be attached: the limits, and the types allowed, known by their bytes (file-type). */

/** One file at most (decimal megabytes, as people read them). */
export const FILE_LIMIT = 10_000_000;
/** All the live attachments of one solution, or of one challenge, together. */
export const TOTAL_LIMIT = 25_000_000;
/** Files per solution or challenge. */
export const MAX_FILES = 10;
/** Room for the multipart framing around the file (boundaries, part headers, a few small fields). */
export const FRAMING_ALLOWANCE = 64 * 1024;
/** file-type reads at most this many bytes to recognise a format. */
export const SNIFF_BYTES = 4100;

/** Allowed types by the media type file-type detects, with the extension the stored name gets. */
export const ALLOWED_TYPES: Record<string, { ext: string; label: string }> = {
  'application/pdf': { ext: 'pdf', label: 'PDF' },
  'image/png': { ext: 'png', label: 'PNG' },
  'image/jpeg': { ext: 'jpg', label: 'JPEG' },
  'image/webp': { ext: 'webp', label: 'WebP' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', label: 'Word (.docx)' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', label: 'Excel (.xlsx)' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    ext: 'pptx',
    label: 'PowerPoint (.pptx)',
  },
  'application/vnd.oasis.opendocument.text': { ext: 'odt', label: 'OpenDocument text' },
  'application/vnd.oasis.opendocument.spreadsheet': { ext: 'ods', label: 'OpenDocument spreadsheet' },
  'application/vnd.oasis.opendocument.presentation': { ext: 'odp', label: 'OpenDocument presentation' },
  // Legacy Office (.doc, .xls, .ppt) share one container format; the name keeps its own extension.
  'application/x-cfb': { ext: 'doc', label: 'legacy Office (.doc, .xls, .ppt)' },
};

const LEGACY_OFFICE = ['doc', 'xls', 'ppt'];

/** The extension a stored name gets: the detected type's (legacy Office keeps which of the three it was). */
export function extensionFor(type: string, clientName: string): string {
  const allowed = ALLOWED_TYPES[type];
  if (!allowed) throw new Error(`Not an allowed type: ${type}`);
  if (type !== 'application/x-cfb') return allowed.ext;
  const given = clientName.split('.').pop()?.toLowerCase() ?? '';
  return LEGACY_OFFICE.includes(given) ? given : allowed.ext;
}

/** For `<input accept>`: the extensions people's files carry. */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt';

export const allowedLabels = () => Object.values(ALLOWED_TYPES).map((t) => t.label);

/** Kinds of refused file a person can be told about in their language (web/i18n attachments part). */
export type RefusedKind = 'executable' | 'web_page' | 'archive' | 'unknown' | 'other';

export function refusedKind(detected: string | undefined): RefusedKind {
  if (detected === undefined) return 'unknown';
  if (/x-msdownload|x-elf|x-mach|x-executable|x-sharedlib|vnd\.microsoft\.portable-executable|x-msi/.test(detected)) {
    return 'executable';
  }
  if (/html|xml|svg/.test(detected)) return 'web_page';
  if (/zip|x-7z|x-rar|x-tar|gzip|x-bzip|x-xz|zstd/.test(detected)) return 'archive';
  return 'other';
}
