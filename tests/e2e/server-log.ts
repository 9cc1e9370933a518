// Shared by global-setup.ts, which starts the browser tests' server, and server-ready.ts, which waits for it.

/** Where global-setup.ts writes the server's output as it comes. */
export const SERVER_LOG = 'test-results/e2e-server.log';
/** The line global-setup.ts adds to the log when `npm start` exits and is not started again. */
export const SERVER_EXITED = '[global-setup] npm start exited';
/** The line global-setup.ts adds to the log when it starts `npm start` again after a crash. */
export const SERVER_RESTARTED = '[global-setup] npm start crashed after serving';
