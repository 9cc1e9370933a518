import { Hono } from 'hono';
import { keyClusterFor, restrictableClusters } from '../../../worker/access/api-keys';
import {
  API_KEYS_PER_USER,
  apiKeyUsageOf,
  createApiKey,
  KEY_REQUESTS_PER_DAY,
  KEY_REQUESTS_PER_MINUTE,
  listApiKeys,
  ownApiKey,
  revokeApiKey,
  USAGE_DAYS,
} from '../../../worker/domain/accounts/api-keys';
import { moderatesAny, type SignedIn } from '../../../worker/domain/actor';
import { DomainError } from '../../../worker/domain/errors';
import type { AppEnv } from '../../../worker/env';
import { CONFIRM_FIRST } from '../../../worker/policy/decisions';
import { authorizeUser, decide } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { apiKeyForm } from '../../forms/api-keys';
import { confirmForm } from '../../forms/solutions';
import { pageContext } from '../../page';
import { ApiKeyCreatedPage, ApiKeyPage } from '../../pages/accounts/api-key';
import { ApiKeysPage } from '../../pages/accounts/api-keys';
import { confirmation } from '../../pipeline/confirm';
import { emptyForm, type FormState, type FormValues, submitForm } from '../../pipeline/forms';
import { labelFor } from '../../pipeline/issue-messages';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const KEYS = '/me/api-keys';

/** The form on offer: to whoever the policy lets create a key; a word on confirming first where only that is in the way. */
function offer(actor: SignedIn): 'form' | 'confirm' | undefined {
  const decision = decide(actor, 'api_key.create');
  if (decision.allow) return 'form';
  return decision.reason === CONFIRM_FIRST ? 'confirm' : undefined;
}

/** The list and the form (again, with what is wrong), in one round trip: the keys and the clusters one may choose. */
async function showKeys(c: Ctx, actor: SignedIn, form: FormState = emptyForm(), status: 200 | 400 = 200) {
  const db = c.var.db;
  const offered = offer(actor);
  const [keys, clusters] =
    offered === 'form' && moderatesAny(actor)
      ? await db.batch([listApiKeys(db, actor.id), restrictableClusters(db, actor)])
      : [await listApiKeys(db, actor.id), []];
  const page = pageContext(c);
  return renderPage(
    c,
    <ApiKeysPage
      page={page}
      keys={keys}
      quota={{ minute: KEY_REQUESTS_PER_MINUTE, day: KEY_REQUESTS_PER_DAY, max: API_KEYS_PER_USER }}
      create={offered === 'form' ? { form, clusters } : offered}
      notice={c.req.query('done') === 'revoked' ? page.tr.t('api_keys.done.revoked') : undefined}
    />,
    status,
  );
}

/** The form again with one message of the page's own: next to a field, or above the form. */
const refused = (values: FormValues, message: { field?: string; text: string }): FormState =>
  message.field ? { values, errors: { [message.field]: message.text } } : { values, errors: {}, error: message.text };

/**
 * One's API keys (issue 18) with the same domain as `/api/v1/me/api-keys`. The secret of a new key
 * is the answer to the POST and nowhere else: never in an address, a redirect or a cookie.
 */
export const apiKeyPages = new Hono<AppEnv>()
  .get(KEYS, signedIn, (c) => showKeys(c, authorizeUser(c.var.user, 'api_key.own')))
  .post(KEYS, signedIn, (c) => {
    const actor = authorizeUser(c.var.user, 'api_key.create');
    const { tr } = pageContext(c);
    const { t } = tr;
    return submitForm(c, apiKeyForm, {
      run: async (input, values) => {
        let key: Awaited<ReturnType<typeof createApiKey>>;
        try {
          key = await createApiKey(c.var.db, actor, input, await keyClusterFor(c.var.db, actor, input.cluster));
        } catch (err) {
          // What the domain and the policy say in English for the API, said here in the page's language.
          if (!(err instanceof DomainError)) throw err;
          if (err.code === 'forbidden') {
            const label = labelFor(apiKeyForm.labels(tr), 'cluster', tr);
            return showKeys(
              c,
              actor,
              refused(values, { field: 'cluster', text: t('api_keys.error.cluster', { label }) }),
              400,
            );
          }
          if (err.code === 'invalid_state') {
            return showKeys(c, actor, refused(values, { text: t('api_keys.full', { max: API_KEYS_PER_USER }) }), 400);
          }
          throw err;
        }
        const res = await renderPage(c, <ApiKeyCreatedPage page={pageContext(c)} apiKey={key} />);
        // Already so for every signed-in answer (private-no-store.ts); said here too, as this one holds a secret.
        res.headers.set('Cache-Control', 'no-store');
        return res;
      },
      rerender: (form) => showKeys(c, actor, form, 400),
    });
  })
  .get(`${KEYS}/${ID}`, signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'api_key.own');
    const { key, usage } = await apiKeyUsageOf(c.var.db, actor, c.req.param('id'));
    return renderPage(c, <ApiKeyPage page={pageContext(c)} apiKey={key} usage={usage} days={USAGE_DAYS} />);
  })
  .post(`${KEYS}/${ID}/revoke`, signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'api_key.own');
    const key = await ownApiKey(c.var.db, actor, c.req.param('id'));
    const back = `${KEYS}/${key.id}`;
    return submitForm(c, confirmForm, {
      run: async () => {
        await revokeApiKey(c.var.db, actor, key.id);
        return c.redirect(`${KEYS}?done=revoked`, 303);
      },
      rerender: () => c.redirect(back, 303),
      confirm: (_, tr) => confirmation(tr, 'revoke_api_key', { name: key.name }, back),
    });
  });
