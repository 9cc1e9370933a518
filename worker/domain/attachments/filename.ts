/**
 * Names people's files carry are not to be trusted: a path (`../../etc/passwd.pdf`), control
 * characters that would split a header (`a"\r\nX-Injected: 1.pdf`), bidirectional overrides that
 * make `cod.exe` look like `exe.doc`. We keep what follows the last slash, letters, digits and a few
 * marks, and give it the extension of the type its bytes turned out to be.
 */

const MAX_LENGTH = 120;

export function sanitiseFilename(clientName: string, ext: string): string {
  const last = clientName.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    // Controls (C0, C1) and format characters: bidi overrides and isolates, zero-width marks.
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M} ._()-]/gu, '_');
  const dot = cleaned.lastIndexOf('.');
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned)
    .replace(/_+/g, '_')
    .replace(/^[\s._-]+|[\s._-]+$/g, '')
    .slice(0, MAX_LENGTH - ext.length - 1)
    .trim();
  return `${stem || 'attachment'}.${ext}`;
}

/** RFC 5987 value: percent-encoded UTF-8, with the characters encodeURIComponent leaves alone that RFC 5987 does not. */
const encode5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="<ascii>"; filename*=UTF-8''<utf-8>` (RFC 6266), for a sanitised name. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  const fallback = ascii.replace(/^[\s.]+/, '') || 'attachment';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encode5987(name)}`;
}

/**
 * The name an attachment goes by for someone who may not see who is behind it (a jury member
 * under blind review): a file's name often carries its author's or organization's. Derived from
 * its id, so the list and the download agree; the extension (the detected type's) is kept.
 */
export function withheldName(id: string, filename: string): string {
  const ext = filename.includes('.') ? filename.split('.').pop() : '';
  return `attachment-${id.slice(-6)}${ext ? `.${ext}` : ''}`;
}
