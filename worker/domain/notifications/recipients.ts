import { type SQL, sql } from 'drizzle-orm';
import {
  challenges,
  challengeTags,
  clusterMemberships,
  clusters,
  expertFacets,
  expertProfiles,
  organizationFacets,
  organizations,
  questions,
  savedSearches,
  solutions,
  users,
} from '../../db/schema';
import { people, peopleWith } from './notify';

// Who hears of what, as SQL for `notify` (a `user_id` and an `extra` column per person). Each set
// holds only people who may see what the line talks about.

/** The moderators of a cluster. */
export const moderatorsOf = (clusterId: string) =>
  people(
    sql`SELECT ${clusterMemberships.user_id} AS user_id FROM ${clusterMemberships}
      WHERE ${clusterMemberships.cluster_id} = ${clusterId} AND ${clusterMemberships.role} = 'moderator'`,
  );

/**
 * The moderators of a cluster who may take up a report on a solution: not those with a solution of
 * their own in the same challenge (they read none of their rivals' there, and do not judge
 * complaints about their own; see access/moderation's queue).
 */
export const fairModeratorsOf = (clusterId: string, solutionId: string) =>
  people(
    sql`SELECT ${clusterMemberships.user_id} AS user_id FROM ${clusterMemberships}
      WHERE ${clusterMemberships.cluster_id} = ${clusterId} AND ${clusterMemberships.role} = 'moderator'
        AND NOT EXISTS (SELECT 1 FROM ${solutions} AS reported
          JOIN ${solutions} AS mine ON mine.challenge_id = reported.challenge_id
            AND (mine.submitter_id = ${clusterMemberships.user_id} OR EXISTS (SELECT 1 FROM solution_members AS team
              WHERE team.solution_id = mine.id AND team.user_id = ${clusterMemberships.user_id}))
          WHERE reported.id = ${solutionId})`,
  );

/** The owner of a challenge. */
export const ownerOf = (challengeId: string) =>
  people(sql`SELECT ${challenges.owner_id} AS user_id FROM ${challenges} WHERE ${challenges.id} = ${challengeId}`);

/**
 * Everyone taking part in a challenge's Q&A or solutions: whoever asked a question (visible ones)
 * or has a solution there that is not withdrawn. They all see the challenge and its answers.
 */
export const participantsOf = (challengeId: string) =>
  people(
    sql`SELECT ${questions.author_id} AS user_id FROM ${questions}
        WHERE ${questions.challenge_id} = ${challengeId} AND ${questions.hidden_at} IS NULL
      UNION SELECT ${solutions.submitter_id} FROM ${solutions}
        WHERE ${solutions.challenge_id} = ${challengeId} AND ${solutions.status} <> 'withdrawn'`,
  );

/** The solvers of a decided challenge, each with their own outcome (never anyone else's). */
export const solversWithOutcome = (challengeId: string) =>
  peopleWith(
    sql`SELECT ${solutions.submitter_id} AS user_id,
        json_object('outcome', ${solutions.status}, 'solution_title', ${solutions.title}) AS extra
      FROM ${solutions}
      WHERE ${solutions.challenge_id} = ${challengeId} AND ${solutions.status} IN ('winner', 'shortlisted', 'not_selected')`,
  );

/**
 * The owners of saved searches a newly published challenge matches, with the search's name: the
 * same filters as the catalogue (words through the full-text index, cluster, tag, TRL, pathway,
 * deadline). A search that asks for another state than open never matches a new challenge.
 */
export const savedSearchesMatching = (challengeId: string): SQL =>
  peopleWith(
    sql`SELECT ss.user_id AS user_id, json_object('search', ss.name, 'search_id', ss.id) AS extra
      FROM ${savedSearches} ss, ${challenges} c
      WHERE c.id = ${challengeId} AND c.hidden_at IS NULL
        AND (ss.status IS NULL OR ss.status = 'open')
        AND (ss.cluster_slug IS NULL OR ss.cluster_slug = (SELECT ${clusters.slug} FROM ${clusters} WHERE ${clusters.id} = c.cluster_id))
        AND (ss.tag IS NULL OR EXISTS (SELECT 1 FROM ${challengeTags} t WHERE t.challenge_id = c.id AND t.tag = ss.tag))
        AND (ss.trl IS NULL OR ss.trl BETWEEN c.trl_min AND c.trl_max)
        AND (ss.pathway IS NULL OR ss.pathway = c.care_pathway_step)
        AND (ss.deadline_before IS NULL OR c.deadline < ss.deadline_before)
        AND (ss.fts_query IS NULL OR EXISTS (SELECT 1 FROM challenges_fts f WHERE challenges_fts MATCH ss.fts_query AND f.rowid = c.seq))`,
  );

/**
 * Whom a newly published challenge fits (issue 16, suggested matches, for the weekly digest): the
 * confirmed members of listed organizations with one of its tags as a capability, and people whose
 * public expert profile names one of its tags; never its owner or the owner's organization (the
 * same candidates as a challenge's suggested partners, by its tags: organization_facets_value_idx,
 * expert_facets_value_idx, then users_organization_idx). Every signed-in person may see a
 * published challenge, public or network-only.
 */
export const partnersFitting = (challengeId: string) =>
  people(
    sql`SELECT u.id AS user_id FROM ${challenges} c
        JOIN ${challengeTags} t ON t.challenge_id = c.id
        JOIN ${organizationFacets} f ON f.facet = 'capability' AND f.value = t.tag
        JOIN ${organizations} o ON o.id = f.organization_id AND o.listed_at IS NOT NULL
        JOIN ${users} u ON u.organization_id = o.id
      WHERE c.id = ${challengeId} AND c.hidden_at IS NULL AND u.deleted_at IS NULL AND u.email_confirmed_at IS NOT NULL
        AND u.id <> c.owner_id AND o.id IS NOT c.organization_id
      UNION
      SELECT u.id FROM ${challenges} c
        JOIN ${challengeTags} t ON t.challenge_id = c.id
        JOIN ${expertFacets} e ON e.facet = 'expertise' AND e.value = t.tag
        JOIN ${expertProfiles} p ON p.user_id = e.user_id AND p.public = 1
        JOIN ${users} u ON u.id = p.user_id
      WHERE c.id = ${challengeId} AND c.hidden_at IS NULL AND u.deleted_at IS NULL AND u.email_confirmed_at IS NOT NULL
        AND u.id <> c.owner_id AND (c.organization_id IS NULL OR u.organization_id IS NOT c.organization_id)`,
  );
