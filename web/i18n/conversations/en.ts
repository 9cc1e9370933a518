// Relayed conversations (issue 16): contact an organization, an expert or a challenge's owner through Bedside.
export const enConversations = {
  'notification.message_received': '{sender} wrote to you on Bedside about “{subject}”.',
  'notification.kind.message_received': 'A message in one of your conversations',
  'dashboard.email_kind.message_received': 'Message received',
  'email.message_received.quote': 'Their message:',
  'email.message_received.reply': 'Reply in Bedside: your address stays private unless you choose to share it.',
};
