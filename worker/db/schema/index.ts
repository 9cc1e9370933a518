export * from './accounts';
export * from './attachments';
export * from './challenges';
export * from './clusters';
export * from './invitations';
export * from './moderation';
export * from './notifications';
export * from './solutions';
