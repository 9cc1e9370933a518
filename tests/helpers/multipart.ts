import { SELF } from 'cloudflare:test';
import { BASE, freshClient } from './http';

// Multipart bodies built byte by byte: FormData would escape (or refuse) the hostile names the
// tests need to send exactly as an attacker would.

export const BOUNDARY = '----bedside-test-7f3a9c';
const encoder = new TextEncoder();

export interface Part {
  name: string;
  /** Written as is between the quotes, CR LF and all. */
  filename?: string;
  /** A raw `filename*=` value, e.g. `UTF-8''a%0D%0Ab.pdf`. */
  filenameStar?: string;
  type?: string;
  data: Uint8Array | string;
}

export function multipartHead(part: Omit<Part, 'data'>, boundary = BOUNDARY): Uint8Array {
  let disposition = `form-data; name="${part.name}"`;
  if (part.filename !== undefined) disposition += `; filename="${part.filename}"`;
  if (part.filenameStar !== undefined) disposition += `; filename*=${part.filenameStar}`;
  const type = part.type ?? (part.filename !== undefined ? 'application/pdf' : undefined);
  return encoder.encode(
    `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`,
  );
}

export const multipartTail = (boundary = BOUNDARY) => encoder.encode(`\r\n--${boundary}--\r\n`);

export function concat(...chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function multipartBody(parts: Part[], boundary = BOUNDARY): Uint8Array {
  const chunks: Uint8Array[] = [];
  parts.forEach((part, i) => {
    if (i > 0) chunks.push(encoder.encode('\r\n'));
    chunks.push(multipartHead(part, boundary));
    chunks.push(typeof part.data === 'string' ? encoder.encode(part.data) : part.data);
  });
  chunks.push(multipartTail(boundary));
  return concat(...chunks);
}

/** A small but real PDF (one empty page). */
export function pdfBytes(padding = 0): Uint8Array {
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\n%${'x'.repeat(padding)}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return encoder.encode(text);
}

/** The first bytes of a Windows executable (MZ header), padded. */
export function exeBytes(size = 2048): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
  bytes.set(encoder.encode('This program cannot be run in DOS mode.'), 0x4e);
  return bytes;
}

export interface UploadOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
  contentType?: string;
}

/** POSTs a body (bytes or a stream) to an upload path; JSON (problem) out. */
export async function postUpload(path: string, body: BodyInit, options: UploadOptions = {}) {
  const headers: Record<string, string> = {
    'cf-connecting-ip': freshClient(),
    'content-type': options.contentType ?? `multipart/form-data; boundary=${BOUNDARY}`,
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const res = await SELF.fetch(BASE + path, { method: 'POST', headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // HTML
  }
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes.
  return { status: res.status, headers: res.headers, body: parsed as any };
}

/** Uploads one file in the field `file`. */
export const uploadFile = (path: string, token: string | undefined, filename: string, data: Uint8Array) =>
  postUpload(path, multipartBody([{ name: 'file', filename, data }]), { token });
