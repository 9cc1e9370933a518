export * from './accounts';
export * from './challenges';
export * from './clusters';
export * from './moderation';
export * from './solutions';
