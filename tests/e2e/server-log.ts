// Shared by global-setup.ts, which starts the browser tests' server, and server-ready.ts, which waits for it.

/** Where global-setup.ts writes the server's output as it comes. */
export const SERVER_LOG = 'test-results/e2e-server.log';
/** The line global-setup.ts adds to the log when `npm start` exits. */
export const SERVER_EXITED = '[global-setup] npm start exited';
