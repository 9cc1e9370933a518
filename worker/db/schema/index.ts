export * from './accounts';
export * from './challenges';
export * from './clusters';
export * from './invitations';
export * from './moderation';
export * from './notifications';
export * from './solutions';
export * from './terms';
