/**
 * Route parameters as Hono patterns: ids are UUIDs, so `/challenges/new` can never be read as a
 * challenge and the order in which page routes are mounted does not matter.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const ID = `:id{${UUID}}`;
export const QUESTION_ID = `:qid{${UUID}}`;
export const USER_ID = `:userId{${UUID}}`;
export const INVITATION_ID = `:invitationId{${UUID}}`;
export const REPORT_ID = `:reportId{${UUID}}`;
export const MILESTONE_ID = `:mid{${UUID}}`;
export const SLUG = ':slug{[a-z0-9]+(?:-[a-z0-9]+)*}';
