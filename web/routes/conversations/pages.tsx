import { Hono } from 'hono';
import {
  block,
  contact,
  conversationAffordances,
  listOwnConversations,
  loadContactTarget,
  loadConversation,
  reply,
  report,
  shareOwnEmail,
} from '../../../worker/access/conversations';
import type { SignedIn } from '../../../worker/domain/actor';
import { StartConversationSchema } from '../../../worker/domain/conversations/conversation.schema';
import { notVisible } from '../../../worker/domain/errors';
import { DEFAULT_PAGE_SIZE } from '../../../worker/domain/paging';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { contactForm, replyForm, reportForm, shareForm } from '../../forms/conversations';
import { pageContext } from '../../page';
import { ContactPage } from '../../pages/conversations/contact';
import { ConversationPage } from '../../pages/conversations/conversation';
import { InboxPage } from '../../pages/conversations/inbox';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const Whom = StartConversationSchema.pick({ about_kind: true, about_id: true });

async function showContact(c: Ctx, actor: SignedIn, whom: unknown, form?: FormState, status: 200 | 400 = 200) {
  const parsed = Whom.safeParse(whom);
  if (!parsed.success) throw notVisible('page');
  const { target, mayWrite } = await loadContactTarget(c.var.db, actor, parsed.data);
  return renderPage(
    c,
    <ContactPage page={pageContext(c)} target={target} form={form ?? emptyForm()} mayWrite={mayWrite} />,
    status,
  );
}

async function showConversation(c: Ctx, actor: SignedIn, id: string, form?: FormState, status: 200 | 400 = 200) {
  // The newest messages, or with `cursor` (the "earlier messages" link) those before them.
  const conversation = await loadConversation(c.var.db, actor, id, {
    limit: DEFAULT_PAGE_SIZE,
    cursor: c.req.query('cursor'),
  });
  const { t } = pageContext(c).tr;
  const done = c.req.query('done');
  const notice =
    done === 'sent'
      ? t('conversation.notice.sent')
      : done === 'shared'
        ? t('conversation.notice.shared')
        : done === 'hidden'
          ? t('conversation.notice.hidden')
          : done === 'blocked'
            ? t('conversation.notice.blocked')
            : done === 'reported'
              ? t('conversation.notice.reported')
              : undefined;
  return renderPage(
    c,
    <ConversationPage
      page={pageContext(c)}
      conversation={conversation}
      form={form ?? emptyForm()}
      notice={notice}
      {...conversationAffordances(actor, conversation)}
    />,
    status,
  );
}

/** The inbox, the contact form, a conversation and its forms: all signed in, all plain POST forms. */
export const conversationPages = new Hono<AppEnv>()
  .get('/conversations', signedIn, async (c) => {
    const page = await listOwnConversations(c.var.db, c.var.user, {
      limit: DEFAULT_PAGE_SIZE,
      cursor: c.req.query('cursor'),
    });
    return renderPage(c, <InboxPage page={pageContext(c)} items={page.data} next={page.next_cursor} />);
  })
  .get('/conversations/new', signedIn, (c) =>
    showContact(c, c.var.user, { about_kind: c.req.query('about_kind'), about_id: c.req.query('about_id') }),
  )
  .post('/conversations', signedIn, (c) => {
    const actor = c.var.user;
    return submitForm(c, contactForm, {
      run: async (data) => {
        const { view } = await contact(c.var.db, actor, data);
        return c.redirect(`/conversations/${view.id}?done=sent`, 303);
      },
      rerender: (form) =>
        showContact(c, actor, { about_kind: form.values.about_kind, about_id: form.values.about_id }, form, 400),
      wholeForm: true,
    });
  })
  .get(`/conversations/${ID}`, signedIn, (c) => showConversation(c, c.var.user, c.req.param('id')))
  .post(`/conversations/${ID}/messages`, signedIn, (c) => {
    const actor = c.var.user;
    const id = c.req.param('id');
    return submitForm(c, replyForm, {
      run: async (data) => {
        await reply(c.var.db, actor, id, data);
        return c.redirect(`/conversations/${id}?done=sent`, 303);
      },
      rerender: (form) => showConversation(c, actor, id, form, 400),
      wholeForm: true,
    });
  })
  .post(`/conversations/${ID}/share-email`, signedIn, (c) => {
    const actor = c.var.user;
    const id = c.req.param('id');
    return submitForm(c, shareForm, {
      run: async (data) => {
        await shareOwnEmail(c.var.db, actor, id, data.share_email);
        return c.redirect(`/conversations/${id}?done=${data.share_email ? 'shared' : 'hidden'}`, 303);
      },
      rerender: (form) => showConversation(c, actor, id, form, 400),
      wholeForm: true,
    });
  })
  .post(`/conversations/${ID}/block`, signedIn, (c) => {
    const actor = c.var.user;
    const id = c.req.param('id');
    return submitForm(
      c,
      { schema: Whom.pick({}), decode: () => ({}), labels: () => ({}) },
      {
        confirm: (_, tr) => ({
          question: tr.t('conversation.block.question'),
          consequence: tr.t('conversation.block.consequence'),
          yes: tr.t('conversation.block.button'),
          back: `/conversations/${id}`,
        }),
        run: async () => {
          await block(c.var.db, actor, id);
          return c.redirect(`/conversations/${id}?done=blocked`, 303);
        },
        rerender: (form) => showConversation(c, actor, id, form, 400),
        wholeForm: true,
      },
    );
  })
  .post(`/conversations/${ID}/report`, signedIn, (c) => {
    const actor = c.var.user;
    const id = c.req.param('id');
    return submitForm(c, reportForm, {
      run: async (data) => {
        await report(c.var.db, actor, id, data);
        return c.redirect(`/conversations/${id}?done=reported`, 303);
      },
      rerender: (form) => showConversation(c, actor, id, form, 400),
      wholeForm: true,
    });
  });
