import { fileTypeFromBuffer } from 'file-type';
import * as Multipart from 'multipasta';
import { DomainError } from '../errors';
import { sanitiseFilename } from './filename';
import {
  ALLOWED_TYPES,
  allowedLabels,
  extensionFor,
  FILE_LIMIT,
  FRAMING_ALLOWANCE,
  refusedKind,
  SNIFF_BYTES,
  TOTAL_LIMIT,
} from './types';

/** R2 multipart parts: all but the last exactly this size (R2 wants equal parts of at least 5 MiB). */
const PART_BYTES = 5 * 1024 * 1024;

/** A file streamed into R2: what its row records. */
export interface Received {
  filename: string;
  content_type: string;
  size: number;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/** How much more may be stored, and which limit says so, for the 413's words. */
export interface Room {
  /** Bytes the live attachments already take. */
  used: number;
}

export function tooLarge(room: Room, size?: number) {
  const left = TOTAL_LIMIT - room.used;
  const bySum = left < FILE_LIMIT;
  const what = size === undefined ? 'The file is larger than' : `The file (${megabytes(size)}) is larger than`;
  return new DomainError(
    'payload_too_large',
    bySum
      ? `${what} the room left: attachments together may take ${megabytes(TOTAL_LIMIT)}, and ${megabytes(room.used)} are taken (${megabytes(Math.max(0, left))} left). Delete an attachment or send a smaller file.`
      : `${what} ${megabytes(FILE_LIMIT)}, the limit for one file. Send a smaller file (compress it or split it).`,
    { details: { limit: bySum ? TOTAL_LIMIT : FILE_LIMIT, used: room.used, ...(size === undefined ? {} : { size }) } },
  );
}

const malformed = (message: string) => new DomainError('malformed_request', message);

const notAllowed = (detected: string | undefined) =>
  new DomainError(
    'unsupported_media_type',
    `${detected ? `This file is ${detected}` : 'The type of this file could not be recognised from its contents'}, which cannot be attached. Allowed: ${allowedLabels().join(', ')} (the type is read from the file's bytes, not its name).`,
    { details: { detected: detected ?? null, kind: refusedKind(detected), allowed: Object.keys(ALLOWED_TYPES) } },
  );

/**
 * The part's name and file name. multipasta's parameter grammar stops at U+00FF, so a name such
 * as "Prezentare ședință.pdf" (UTF-8, as browsers send it) leaves it with no parameters at all;
 * then we read the raw header ourselves. `filename*` (RFC 5987) wins over `filename`.
 */
export function partNames(info: Multipart.PartInfo): { name: string; filename?: string } {
  if ('name' in info.contentDispositionParameters) return { name: info.name, filename: info.filename };
  const raw = info.headers['content-disposition'];
  const header = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  const name = /;\s*name="([^"]*)"/i.exec(header)?.[1] ?? '';
  const quoted = /;\s*filename="((?:[^"\\]|\\.)*)"/i.exec(header)?.[1]?.replace(/\\(.)/g, '$1');
  const star = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(header)?.[1];
  let decoded: string | undefined;
  try {
    decoded = star === undefined ? undefined : decodeURIComponent(star);
  } catch {
    decoded = undefined;
  }
  return { name, filename: decoded ?? quoted };
}

const MULTIPART = /^multipart\/form-data\s*;/i;

/** Before any byte of the body is read: the form's type, and a declared length within the room left. */
export function checkDeclared(headers: Headers, room: Room): void {
  if (!MULTIPART.test(headers.get('content-type') ?? '')) {
    throw new DomainError(
      'unsupported_media_type',
      'Send the file as multipart/form-data, in a field named `file` (an HTML form with enctype="multipart/form-data" does).',
      { details: { allowed: Object.keys(ALLOWED_TYPES) } },
    );
  }
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  const room_ = Math.min(FILE_LIMIT, TOTAL_LIMIT - room.used);
  if (room_ <= 0 || (Number.isFinite(declared) && declared > room_ + FRAMING_ALLOWANCE)) throw tooLarge(room);
}

interface R2Target {
  put(key: string, value: Uint8Array): Promise<unknown>;
  createMultipartUpload(key: string): Promise<R2MultipartUpload>;
}

/**
 * Reads the multipart body as it arrives and streams its one file (field `file`) into R2 under
 * `key`: memory holds one 5 MiB part at most, whatever the file's size. The type is told from the
 * first bytes (file-type) and must be allowed; the size must fit the room left. On any refusal
 * nothing stays in R2 (a started multipart upload is aborted) and the body is not read further.
 */
export async function streamUpload(
  bucket: R2Target,
  key: string,
  headers: Headers,
  body: ReadableStream<Uint8Array> | null,
  room: Room,
): Promise<Received> {
  checkDeclared(headers, room);
  if (!body) throw malformed('The request has no body: send the file in a multipart/form-data field named `file`.');
  const maxFile = Math.min(FILE_LIMIT, TOTAL_LIMIT - room.used);

  let failure: DomainError | undefined;
  let done = false;
  let file: { name: string } | undefined;
  let ended = false;
  const queue: Uint8Array[] = [];
  const fail = (error: DomainError) => {
    failure ??= error;
  };

  const parser = Multipart.make({
    headers: Object.fromEntries(headers),
    maxParts: 8,
    maxFieldSize: 4096,
    maxPartSize: maxFile + 4096,
    maxTotalSize: maxFile + FRAMING_ALLOWANCE,
    isFile: (info) => partNames(info).filename !== undefined,
    onField: () => {},
    onFile: (info) => {
      const names = partNames(info);
      if (names.name !== 'file') return () => fail(malformed('Send the file in the field named `file`.'));
      if (file) return () => fail(malformed('Send one file per request.'));
      file = { name: names.filename ?? '' };
      return (chunk) => {
        if (chunk === null) ended = true;
        // Copied: the parser may hand out views of a buffer it reuses.
        else if (chunk.length > 0) queue.push(chunk.slice());
      };
    },
    onError: (error) => {
      if (error._tag === 'ReachedLimit' && error.limit !== 'MaxParts' && error.limit !== 'MaxFieldSize') {
        fail(tooLarge(room));
      } else if (error._tag === 'InvalidBoundary') {
        fail(
          malformed(
            'The multipart body has no boundary in its Content-Type: send it as an HTML form or with a multipart library.',
          ),
        );
      } else {
        fail(
          malformed(
            `The multipart body could not be read (${error._tag}). Send the file as an HTML form or with a multipart library.`,
          ),
        );
      }
    },
    onDone: () => {
      done = true;
    },
  });

  const reader = body.getReader();
  let upload: R2MultipartUpload | undefined;
  const parts: R2UploadedPart[] = [];
  // One part's worth of bytes, filled and sent, then filled again.
  let buffer: Uint8Array | undefined;
  let filled = 0;
  let size = 0;
  let type: string | undefined;
  let head: Uint8Array | undefined = new Uint8Array(SNIFF_BYTES);
  let headFilled = 0;

  const sniff = async () => {
    const detected = (await fileTypeFromBuffer(head?.subarray(0, headFilled) ?? new Uint8Array()))?.mime;
    if (!detected || !ALLOWED_TYPES[detected]) throw notAllowed(detected);
    type = detected;
  };

  const flushPart = async () => {
    upload ??= await bucket.createMultipartUpload(key);
    parts.push(await upload.uploadPart(parts.length + 1, (buffer as Uint8Array).subarray(0, filled)));
    filled = 0;
  };

  const take = async (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > maxFile) throw tooLarge(room);
    if (head && headFilled < SNIFF_BYTES) {
      const n = Math.min(SNIFF_BYTES - headFilled, chunk.length);
      head.set(chunk.subarray(0, n), headFilled);
      headFilled += n;
    }
    if (type === undefined && headFilled >= SNIFF_BYTES) await sniff();
    buffer ??= new Uint8Array(PART_BYTES);
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(PART_BYTES - filled, chunk.length - offset);
      buffer.set(chunk.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
      if (filled === PART_BYTES) await flushPart();
    }
  };

  try {
    while (!failure && !done) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      try {
        parser.write(value);
      } catch {
        fail(
          malformed('The multipart body could not be read. Send the file as an HTML form or with a multipart library.'),
        );
      }
      while (!failure && queue.length > 0) await take(queue.shift() as Uint8Array);
      if (ended) break;
    }
    if (failure) throw failure;
    if (!file) throw malformed('The form carried no file: choose a file and send it in the field named `file`.');
    if (!ended) throw malformed('The body ended before the file did: the upload was cut off. Send it again.');
    if (size === 0) throw malformed('The file is empty. Choose the file again and send it.');
    if (type === undefined) await sniff();
    head = undefined;
    const contentType = type as string;
    if (upload) {
      if (filled > 0) await flushPart();
      await upload.complete(parts);
    } else {
      await bucket.put(key, (buffer as Uint8Array).subarray(0, filled));
    }
    return {
      filename: sanitiseFilename(file.name, extensionFor(contentType, file.name)),
      content_type: contentType,
      size,
    };
  } catch (error) {
    if (upload) await upload.abort().catch(() => {});
    throw error;
  } finally {
    // Whatever is left of the body is not read: cancel it rather than drain it.
    await reader.cancel().catch(() => {});
  }
}
