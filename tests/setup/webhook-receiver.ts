import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/**
 * A local webhook receiver for the api tests (issue 18), started once by vitest.config.ts in the
 * main process; the Worker under test POSTs to it over loopback (WEBHOOKS_ALLOW_LOOPBACK=on).
 * Every test uses its own name:
 * - `POST /plan/<name>` `{ secret, fail? }`: verify deliveries to <name> with this secret, and
 *   answer the next `fail` of them 500;
 * - `POST /hook/<name>`: a delivery; verified with the library's own verifier and recorded;
 * - `GET /inbox/<name>`: what <name> received, oldest first, with whether each verified.
 */
interface Received {
  id: string;
  verified: boolean;
  error: string | null;
  answered: number;
  body: unknown;
  at: number;
}

const plans = new Map<string, { secret: string; fail: number }>();
const inboxes = new Map<string, Received[]>();

const header = (headers: IncomingHttpHeaders, name: string) => String(headers[name] ?? '');

let started: Promise<string> | undefined;

/** The receiver's origin (`http://127.0.0.1:<port>`), starting it on first call. */
export function webhookReceiver(): Promise<string> {
  started ??= new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      const [, route, name = ''] = (req.url ?? '').split('/');
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && route === 'plan') {
        const plan = JSON.parse(body) as { secret: string; fail?: number };
        plans.set(name, { secret: plan.secret, fail: plan.fail ?? 0 });
        return json(200, { ok: true });
      }
      if (req.method === 'GET' && route === 'inbox') return json(200, inboxes.get(name) ?? []);
      if (req.method === 'POST' && route === 'hook') {
        const plan = plans.get(name);
        let verified = false;
        let error: string | null = plan ? null : 'no plan for this name';
        if (plan) {
          try {
            new Webhook(plan.secret).verify(body, {
              'webhook-id': header(req.headers, 'webhook-id'),
              'webhook-timestamp': header(req.headers, 'webhook-timestamp'),
              'webhook-signature': header(req.headers, 'webhook-signature'),
            });
            verified = true;
          } catch (err) {
            error = String(err);
          }
        }
        const failing = plan !== undefined && plan.fail > 0;
        if (plan && failing) plan.fail -= 1;
        const answered = failing ? 500 : verified ? 204 : 401;
        const list = inboxes.get(name) ?? [];
        list.push({
          id: header(req.headers, 'webhook-id'),
          verified,
          error,
          answered,
          body: JSON.parse(body),
          at: Date.now(),
        });
        inboxes.set(name, list);
        res.writeHead(answered);
        return res.end();
      }
      json(404, { error: 'unknown route' });
    });
    // The test run ends when its work does: the receiver never holds the process open.
    server.unref();
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  return started;
}
