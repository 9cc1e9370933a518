import { Hono } from 'hono';
import { clearSessionCookie } from '../../../worker/auth/session-cookie';
import { deleteAccount, deletionBlockers } from '../../../worker/domain/accounts/deletion';
import { DomainError } from '../../../worker/domain/errors';
import { hitAllOrThrow, passwordChangeLimits } from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import type { Ctx } from '../../ctx';
import { deleteAccountForm } from '../../forms/deletion';
import { pageContext } from '../../page';
import { AccountDeletedPage, DeleteAccountPage } from '../../pages/accounts/delete-account';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** The page with what stands in the way now (read fresh), or the form (again, with what is wrong). */
async function deletionPage(c: Ctx, userId: string, form: FormState = emptyForm(), status: 200 | 400 | 409 = 200) {
  const blockers = await deletionBlockers(c.var.db, userId);
  return renderPage(c, <DeleteAccountPage page={pageContext(c)} blockers={blockers} form={form} />, status);
}

/** Deleting one's own account, and the page that says it is done (signed out by then). */
export const deletionPages = new Hono<AppEnv>()
  .get('/me/account/delete', signedIn, (c) => deletionPage(c, c.var.user.id))
  .post('/me/account/delete', signedIn, (c) =>
    submitForm(c, deleteAccountForm, {
      run: async ({ password }) => {
        const actor = c.var.user;
        await hitAllOrThrow(c.var.db, passwordChangeLimits(actor.id, clientAddress(c)), 'password checks');
        try {
          await deleteAccount(c.var.db, actor, password);
        } catch (err) {
          // Something came in the way since the page was shown: show it, linked, with nothing deleted.
          if (err instanceof DomainError && err.code === 'account_in_use')
            return deletionPage(c, actor.id, emptyForm(), 409);
          throw err;
        }
        clearSessionCookie(c);
        return c.redirect('/account-deleted', 303);
      },
      rerender: (form) => deletionPage(c, c.var.user.id, form, 400),
      wholeForm: true,
    }),
  )
  .get('/account-deleted', (c) => renderPage(c, <AccountDeletedPage page={pageContext(c)} />));
