// Relayed conversations (issue 16): contact an organization, an expert or a challenge's owner through Bedside.
export const enConversations = {
  'notification.message_received': '{sender} wrote to you on Bedside about “{subject}”.',
  'notification.kind.message_received': 'A message in one of your conversations',
  'dashboard.email_kind.message_received': 'Message received',
  'email.message_received.quote': 'Their message:',
  'email.message_received.reply': 'Reply in Bedside: your address stays private unless you choose to share it.',
  'conversation.field.subject': 'Subject',
  'conversation.field.body': 'Your message',
  'conversation.field.body_hint':
    'Say who you are and what you would like to explore together. Up to 4,000 characters.',
  'conversation.field.share_email': 'Share my email address in this conversation',
  'conversation.field.share_email_hint':
    'Only the people in this conversation see it, on its page; Bedside never puts it in an email. You can hide it again.',
  'conversation.field.reply': 'Your reply',
  'conversation.contact.title.organization': 'Contact {title}',
  'conversation.contact.title.person': 'Contact {title}',
  'conversation.contact.title.challenge': 'Contact the owner of “{title}”',
  'conversation.contact.intro.organization':
    'Bedside passes your message on to the organization’s members on Bedside. Nobody sees your address unless you choose to share it.',
  'conversation.contact.intro.person':
    'Bedside passes your message on; they reply here. Nobody sees your address unless you choose to share it.',
  'conversation.contact.intro.challenge':
    'Bedside passes your message on to the person who posted this challenge; they reply here. Nobody sees your address unless you choose to share it.',
  'conversation.contact.send': 'Send',
  'conversation.contact.link.organization': 'Contact this organization',
  'conversation.contact.link.person': 'Contact',
  'conversation.contact.link.challenge': 'Contact the owner',
  'conversation.confirm_first':
    'Confirm your email address first to write: open the link we emailed you, or ask for a new one on your page.',
  'conversation.inbox.title': 'Conversations',
  'conversation.inbox.intro':
    'Messages relayed by Bedside: with organizations, experts and challenge owners you contacted, or who contacted you.',
  'conversation.inbox.none':
    'No conversations yet. Use “Contact” on an organization, an expert or a challenge to start one.',
  'conversation.inbox.unread': 'Unread',
  'conversation.inbox.last': 'last message {when}',
  'conversation.inbox.more': 'More conversations',
  'conversation.inbox.back': 'All conversations',
  'conversation.about.organization': 'With the organization {title}',
  'conversation.about.person': 'With {title}',
  'conversation.about.challenge': 'About the challenge “{title}”',
  'conversation.closed_short': 'closed',
  'conversation.closed':
    'This conversation is closed: one of its participants blocked it, so nobody can write in it any more.',
  'conversation.blocked_by_you':
    'You blocked this conversation: nobody can write in it any more, and you hear nothing more from it.',
  'conversation.people': 'People in this conversation',
  'conversation.messages': 'Messages',
  'conversation.earlier': 'Earlier messages',
  'conversation.you': 'You',
  'conversation.reply': 'Reply',
  'conversation.send': 'Send reply',
  'conversation.address': 'Your email address',
  'conversation.address.shared': 'The others in this conversation see your address on this page.',
  'conversation.address.private': 'Your address is private: the others write to you through Bedside.',
  'conversation.address.share': 'Share my address here',
  'conversation.address.hide': 'Hide my address again',
  'conversation.block': 'Block',
  'conversation.block.hint':
    'Blocking closes the conversation for everyone in it, and Bedside passes on no new contact from the others to you. To tell the moderators about abuse, report it as well.',
  'conversation.block.button': 'Block this conversation',
  'conversation.block.question': 'Block this conversation?',
  'conversation.block.consequence':
    'Nobody can write in it any more, and you will hear nothing more from it. This cannot be undone.',
  'conversation.notice.sent': 'Your message was sent.',
  'conversation.notice.shared': 'The others in this conversation now see your address here.',
  'conversation.notice.hidden': 'Your address is private again.',
  'conversation.notice.blocked': 'You blocked this conversation.',
  'notification.report_filed.conversation':
    'A conversation “{title}” was reported to you: read it and decide what to do.',
  'conversation.field.reason': 'What is wrong',
  'conversation.report': 'Report to the moderators',
  'conversation.report.hint':
    'At least 10 characters. The moderators can then read this conversation; the other side does not see your report.',
  'conversation.report.button': 'Report this conversation',
  'conversation.reported_by_you': 'You reported this conversation: the moderators will look at it.',
  'conversation.moderator_reading':
    'You are reading this conversation as a moderator because someone in it reported it. Your reading is recorded in the audit trail.',
  'conversation.notice.reported': 'Thank you: the moderators will look at this conversation.',
  'conversation.me_link': 'Your conversations: messages with the partners you contacted or who contacted you',
};
