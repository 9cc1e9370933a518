import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import type { SignedIn } from '../actor';
import { assertRoom, attachmentKey, explainRefusal, type Parent, recordUpload, roomOf } from './store';
import { streamUpload } from './upload';

type Bucket = Pick<R2Bucket, 'put' | 'createMultipartUpload' | 'delete'>;

/**
 * Attaches the file of a multipart body to `parent` (whose loader checked who may, and whose life
 * cycle was checked): the room left is read before the body, the bytes stream into R2, and the
 * row lands in one guarded batch with its audit entry. If the batch refuses (the solution closed,
 * another upload took the room meanwhile), the object is deleted and the reason thrown.
 */
export async function attachFile(
  db: Database,
  bucket: Bucket,
  actor: SignedIn,
  parent: Parent,
  headers: Headers,
  body: ReadableStream<Uint8Array> | null,
): Promise<string> {
  const room = await roomOf(db, parent);
  assertRoom(room);
  const id = uuidv7();
  const key = attachmentKey(id);
  const received = await streamUpload(bucket, key, headers, body, room);
  let landed = false;
  try {
    landed = await recordUpload(db, actor, parent, id, received);
  } finally {
    // A failed batch leaves no row: the object goes now rather than at the next sweep.
    if (!landed) await bucket.delete(key);
  }
  if (!landed) throw await explainRefusal(db, actor, parent, received.size);
  return id;
}
