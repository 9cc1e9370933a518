/** What the jobs queue carries. Producer and consumer are this Worker (wrangler.toml `[[queues]]`). */
export type Job =
  /** Send the pending emails of these events (written by the batches that caused them). */
  | { type: 'deliver'; events: string[] }
  /** Compose the digests of these people, due at `due`. */
  | { type: 'digest'; users: string[]; due: string }
  /** Send a reset link if an account uses this address: off the request, so its timing tells nothing. */
  | { type: 'password_reset'; email: string }
  /** One attempt at a webhook delivery; retried by the queue on its own schedule (domain/webhooks/deliver.ts). */
  | { type: 'webhook'; delivery: string };
