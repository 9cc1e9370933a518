import { NOTIFICATION_KINDS } from '../../worker/db/enums';
import type { EmailKind } from '../../worker/domain/email/outbox';
import { signLink } from '../../worker/domain/links';
import type { NotificationKind } from '../../worker/domain/notifications/kinds';
import { personName } from '../components/person-name';
import { isLocale, loadTranslator, type Translator } from '../i18n';
import { describeNotification, type NotificationLine } from '../notifications/describe';

/** An outbox message as the renderer needs it. */
export interface EmailToRender {
  kind: EmailKind;
  params: Record<string, unknown>;
  language: string;
  to: string;
  /** The account it goes to, when it goes to one (for its unsubscribe link). */
  user_id: string | null;
}

export interface RenderContext {
  /** The deployment's public origin: links must work from a mail client. */
  origin: string;
  /** Signs the links (domain/links.ts). */
  secret: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** What a message says, before it becomes text and HTML. */
interface Content {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A list of lines with links (the digest). */
  items?: { text: string; url: string }[];
  action?: { label: string; url: string };
  after?: string;
  /** One-click unsubscribe (RFC 8058), on everything that is not strictly transactional. */
  unsubscribe?: { label: string; url: string };
}

const str = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
const isNotification = (kind: EmailKind): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** The one-click unsubscribe address for `scope` (a notification kind, or `digest`), signed for this person. */
export async function unsubscribeUrl(ctx: RenderContext, userId: string, scope: string) {
  const token = await signLink(ctx.secret, `unsubscribe:${scope}`, userId);
  return `${ctx.origin}/unsubscribe?scope=${encodeURIComponent(scope)}&token=${encodeURIComponent(token)}`;
}

async function content(tr: Translator, email: EmailToRender, ctx: RenderContext): Promise<Content> {
  const p = email.params;
  const t = tr.t;
  const named = str(p.name) ? t('email.greeting', { name: str(p.name) }) : t('email.greeting_anonymous');
  const link = async (purpose: string, path: string, id: unknown, version = 0) =>
    `${ctx.origin}${path}?token=${encodeURIComponent(await signLink(ctx.secret, purpose, str(id), version))}`;
  switch (email.kind) {
    case 'confirm_email':
      return {
        subject: t('email.confirm.subject'),
        greeting: named,
        paragraphs: [t('email.confirm.body')],
        action: { label: t('email.confirm.action'), url: await link('confirm_email', '/confirm-email', p.token_id) },
        after: t('email.confirm.validity'),
      };
    case 'change_email':
      return {
        subject: t('email.change.subject'),
        greeting: named,
        paragraphs: [t('email.change.body')],
        action: { label: t('email.change.action'), url: await link('change_email', '/confirm-email', p.token_id) },
        after: t('email.change.validity'),
      };
    case 'reset_password':
      return {
        subject: t('email.reset.subject'),
        greeting: named,
        paragraphs: [t('email.reset.body')],
        action: { label: t('email.reset.action'), url: await link('reset_password', '/reset-password', p.token_id) },
        after: t('email.reset.validity'),
      };
    case 'invitation': {
      const vars = { inviter: personName(tr, str(p.inviter)), title: str(p.title) };
      const seat = p.seat === 'moderator' ? 'moderator' : p.seat === 'team' ? 'team' : 'jury';
      return {
        subject: t(`email.invitation.subject_${seat}`, vars),
        greeting: t('email.greeting_anonymous'),
        paragraphs: [t(`email.invitation.body_${seat}`, vars), t('email.invitation.how')],
        action: {
          label: t('email.invitation.action'),
          url: await link('invitation', '/invitations/accept', p.invitation_id, Number(p.version ?? 0)),
        },
        after: t('email.invitation.validity'),
      };
    }
    case 'digest': {
      const lines = (Array.isArray(p.items) ? p.items : []) as {
        kind: NotificationKind;
        params: Record<string, unknown>;
        challenge_id: string | null;
      }[];
      const described = lines.map((line) => describeNotification(tr, line.kind, line.params, line.challenge_id));
      return {
        subject: tr.plural('email.digest.subject', described.length),
        greeting: named,
        paragraphs: [t('email.digest.intro')],
        items: described.map((line) => ({ text: line.text, url: ctx.origin + line.href })),
        action: { label: t('email.digest.action'), url: `${ctx.origin}/me/notifications` },
        unsubscribe: email.user_id
          ? { label: t('email.unsubscribe_digest'), url: await unsubscribeUrl(ctx, email.user_id, 'digest') }
          : undefined,
      };
    }
    case 'message_received': {
      // The message itself travels in the email, never its sender's address: replies go through Bedside.
      const line = describeNotification(tr, email.kind, p, null);
      return {
        subject: line.text.length > 120 ? `${line.text.slice(0, 117)}…` : line.text,
        greeting: named,
        paragraphs: [line.text, t('email.message_received.quote'), str(p.body)],
        action: { label: t('email.notification.action'), url: ctx.origin + line.href },
        after: t('email.message_received.reply'),
        unsubscribe: email.user_id
          ? { label: t('email.unsubscribe'), url: await unsubscribeUrl(ctx, email.user_id, email.kind) }
          : undefined,
      };
    }
    default: {
      if (!isNotification(email.kind)) throw new Error(`No template for email kind '${email.kind}'.`);
      const line: NotificationLine = describeNotification(tr, email.kind, p, str(p.challenge_id) || null);
      return {
        subject: line.text.length > 120 ? `${line.text.slice(0, 117)}…` : line.text,
        greeting: named,
        paragraphs: [line.text],
        action: { label: t('email.notification.action'), url: ctx.origin + line.href },
        unsubscribe: email.user_id
          ? { label: t('email.unsubscribe'), url: await unsubscribeUrl(ctx, email.user_id, email.kind) }
          : undefined,
      };
    }
  }
}

/** The plain-text part: the same words, each link on its own line. */
function textPart(tr: Translator, c: Content, to: string): string {
  const blocks = [c.greeting, ...c.paragraphs];
  if (c.items) blocks.push(c.items.map((item) => `- ${item.text}\n  ${item.url}`).join('\n'));
  if (c.action) blocks.push(`${c.action.label}:\n${c.action.url}`);
  if (c.after) blocks.push(c.after);
  const footer = [`-- \n${tr.t('email.signature')}`, tr.t('email.why', { email: to })];
  if (c.unsubscribe) footer.push(`${c.unsubscribe.label}: ${c.unsubscribe.url}`);
  return `${[...blocks, footer.join('\n')].join('\n\n')}\n`;
}

const BUTTON =
  'display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold';

/** The HTML part: one narrow column, inline styles only (mail clients drop style sheets). */
async function htmlPart(tr: Translator, c: Content, to: string): Promise<string> {
  const page = (
    <html lang={tr.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{c.subject}</title>
      </head>
      <body style="margin:0;padding:0;background:#f4f6f8">
        {/* A long unbroken word someone typed (a title, a name) wraps instead of widening the email on a phone. */}
        <div style="max-width:560px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1f23;background:#ffffff;overflow-wrap:anywhere;word-break:break-word">
          <p style="margin:0 0 16px;font-weight:bold;color:#0b5cad">Bedside</p>
          <p>{c.greeting}</p>
          {c.paragraphs.map((text) => (
            <p>{text}</p>
          ))}
          {c.items && (
            <ul style="padding-left:20px">
              {c.items.map((item) => (
                <li style="margin-bottom:8px">
                  <a href={item.url} style="color:#0b5cad">
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {c.action && (
            <>
              <p style="margin:24px 0">
                <a href={c.action.url} style={BUTTON}>
                  {c.action.label}
                </a>
              </p>
              <p style="font-size:13px;color:#57606a">
                {tr.t('email.link_fallback')}
                <br />
                <a href={c.action.url} style="color:#0b5cad;word-break:break-all">
                  {c.action.url}
                </a>
              </p>
            </>
          )}
          {c.after && <p style="font-size:14px;color:#57606a">{c.after}</p>}
          <hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0" />
          <p style="font-size:13px;color:#57606a">
            {tr.t('email.signature')}
            <br />
            {tr.t('email.why', { email: to })}
            {c.unsubscribe && (
              <>
                <br />
                <a href={c.unsubscribe.url} style="color:#57606a">
                  {c.unsubscribe.label}
                </a>
              </>
            )}
          </p>
        </div>
      </body>
    </html>
  );
  return `<!doctype html>${await page.toString()}`;
}

/** Text fit for a header: control characters and line breaks (of any kind) become one space. */
export const oneLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

/**
 * An outbox message as a real email: a plain-text and an HTML part in the recipient's language,
 * absolute links signed for them, and `List-Unsubscribe` with one-click `List-Unsubscribe-Post`
 * (RFC 8058) on everything that is not strictly transactional. Nothing rendered is stored: the
 * dev mailbox renders the same way when it shows a message.
 */
export async function renderEmail(email: EmailToRender, ctx: RenderContext): Promise<RenderedEmail> {
  const tr = await loadTranslator(isLocale(email.language) ? email.language : 'en');
  const rendered = await content(tr, email, ctx);
  // Titles, names and questions are people's text: in a header, a line break would start a new header.
  const c = { ...rendered, subject: oneLine(rendered.subject) };
  const headers: Record<string, string> = {};
  if (c.unsubscribe) {
    headers['List-Unsubscribe'] = `<${c.unsubscribe.url}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return { subject: c.subject, text: textPart(tr, c, email.to), html: await htmlPart(tr, c, email.to), headers };
}
