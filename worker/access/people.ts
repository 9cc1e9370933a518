import type { Database } from '../db/client';
import type { Actor } from '../domain/actor';
import { listPeople } from '../domain/people/directory';
import { readProfile, saveProfile } from '../domain/people/profile';
import type { PeopleQuery, ProfilePatch } from '../domain/people/profile.schema';
import { authorize, authorizeUser } from '../policy/policy';

/** The people directory: public profiles only (the domain's query keeps to them). */
export function listVisiblePeople(db: Database, actor: Actor, query: PeopleQuery) {
  authorize(actor, 'people.read');
  return listPeople(db, query);
}

/** One's own profile; 401 for anyone not signed in. */
export function loadOwnProfile(db: Database, actor: Actor) {
  const user = authorizeUser(actor, 'profile.own');
  return readProfile(db, user.id);
}

/** Saves one's own profile; making it public needs a confirmed address (403 saying so). */
export async function saveOwnProfile(db: Database, actor: Actor, patch: ProfilePatch) {
  const user = authorizeUser(actor, 'profile.own');
  if (patch.public === true) authorize(user, 'profile.publish');
  await saveProfile(db, user, patch);
  return readProfile(db, user.id);
}
