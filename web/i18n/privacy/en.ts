// The "Your data" section of the account settings in English, the source language (see web/i18n/part.ts).
export const enPrivacy = {
  'your_data.title': 'Your data',
  'your_data.intro':
    'Download a copy of everything Bedside holds about you: your account, the challenges, questions, answers and solutions you wrote, your scores, reports, notifications, saved searches, and the emails and invitations sent to you. It is one JSON file, to keep or to take elsewhere.',
  'your_data.left_out':
    'It leaves out your password (we keep only a salted hash of it) and other secrets, and other people’s confidential content, such as the solutions submitted to your challenges.',
  'your_data.download': 'Download my data (JSON)',
  'your_data.delete': 'Delete my account…',
} as const;
