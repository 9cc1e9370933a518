// Generated from docs/openapi.json by `npm run api:generate`: edit the routes, not this file.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify Bedside access tokens (ES256) */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails by delivery state (admins): failed ones, after every retry, to look into */
        get: operations["listOutboxEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment's bytes, for whoever may read what it belongs to (404 to everyone else) */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        /** Delete an attachment of a solution or challenge you may edit, while it may be edited */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first (moderators: their clusters; admins: everything; a challenge's owner: its trail)
         * @description With `challenge`, one challenge's trail: entries about it, its questions and its solutions, for its owner and the moderators of its cluster (404 for everyone else). The owner reads no reports, and of solutions only those they may read. A moderator with a solution of their own in a challenge reads nothing of the other solutions there. Without `challenge`: moderators and admins only.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/{id}/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove text posted by mistake from an audit entry, leaving a record that you did (admins)
         * @description Empties the chosen fields (default: every field holding text; only such fields may be named, else 400) in `before` and `after`, and writes an `audit.purge` entry on the same thing with the fields and your reason, never the text. Other entries about the same thing that repeat the purged text in those fields lose it too, and the record lists them (`after.also`). Purging fields already purged changes nothing and records nothing: the entry is returned as it is. An `audit.purge` entry itself is not purged (409).
         */
        post: operations["purgeAuditEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your email address: it takes effect once the link sent to the new address is opened */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: an access token (15 min) and a session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session (its access tokens stop working too) */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (the current one is required); every other session ends */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password-reset link: the same answer for every address, a link only where an account uses it */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the reset link’s token; every session of the account ends */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (clinician or solver) and sign in */
        post: operations["registerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/revoke-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: every session of your account ends, this one too */
        post: operations["revokeAllSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the link that confirms your email address (again) */
        post: operations["sendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address with the link’s token (also confirms a new address after a change) */
        post: operations["confirmVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls for challenges you may see (published ones for everyone; moderators also their clusters’ drafts) */
        get: operations["listCalls"];
        put?: never;
        /** Create a call as a draft (a moderator of at least one of its clusters) */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call with its clusters, rules and benefits */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a call (its clusters’ moderators: as a draft, when changes are requested, or while published) */
        patch: operations["patchCall"];
        trace?: never;
    };
    "/api/v1/calls/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's opening and closing and its challenges' submission deadlines as iCalendar */
        get: operations["getCallCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/challenges.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of a call's public challenges */
        get: operations["getCallFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a call through its life cycle (publish and request_changes: another moderator of one of its clusters or an admin, never its creator) */
        post: operations["transitionCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Challenges you may see: search, filter, sort, cursor pages */
        get: operations["listChallenges"];
        put?: never;
        /** Post a new challenge as a draft (clinicians) */
        post: operations["createChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge with its clinical need, criteria, counts and Q&A */
        get: operations["getChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit (owner, in draft / changes requested) or amend (moderator, after approval) */
        patch: operations["patchChallenge"];
        trace?: never;
    };
    "/api/v1/challenges/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreement between jurors (Krippendorff's alpha per criterion and overall) and the solutions to discuss before deciding, for a stage (the current one unless ?stage= says); for those who see that stage's full ranking */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (a data dictionary, a workflow diagram) to a challenge you may edit (multipart/form-data) */
        post: operations["uploadChallengeAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge's submission deadline as iCalendar */
        get: operations["getChallengeCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name the winners and an optional shortlist; the challenge is decided and results published */
        post: operations["decideChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/endorsement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** "We have this need too": endorse a challenge (once per user; idempotent) */
        put: operations["endorseChallenge"];
        post?: never;
        /** Withdraw your endorsement (idempotent) */
        delete: operations["unendorseChallenge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/evaluation-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evaluation report of a stage (the current one unless ?stage= says) for the decision or the shortlist: ranking by both methods, spreads, agreement, score distributions, juror leniency, conflicts, comments, overrides (owner and moderators, once in evaluation; an advanced stage keeps its report)
         * @description JSON by default; one table as CSV (RFC 4180, UTF-8, header row, `Content-Disposition: attachment`) with `Accept: text/csv` or `?format=csv`, chosen by `?table=`. Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) are prefixed with '.
         */
        get: operations["getEvaluationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury of a stage (the current one unless ?stage= says; a later one may be seated ahead) and its progress there (owner, moderators) */
        get: operations["listJury"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/evaluators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One jury member of a stage (the current one unless ?stage= says) and their progress there (owner, moderators) */
        get: operations["getEvaluator"];
        /** Put a user on the jury of a stage (moderators; idempotent): the current stage's unless ?stage= names a later one; an advanced stage's jury is fixed (409) */
        put: operations["assignEvaluator"];
        post?: never;
        /** Take a user off the jury of a stage (the current one unless ?stage= names a later one; their scores there stop counting) */
        delete: operations["removeEvaluator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's invitations: pending, accepted, revoked, expired, each with its stage; one stage's with ?stage= (owner, moderators) */
        get: operations["listJuryInvitations"];
        put?: never;
        /** Invite someone to the jury of a stage by email (owner, moderators): the current stage's unless `stage` names a later one; the same answer for any address */
        post: operations["inviteJuror"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggested partners for a challenge: listed organizations and public experts that fit it, with the reason
         * @description Scored in one query: 3 per shared tag, 2 for the care-pathway step, 2 for experience with its device class, 1 when the TRL ranges meet, 1 for each thing offered or sought that the challenge needs or gives (a pilot: pilot site; co-development; a funding call: investment; data on offer: clinical data; CE marking: regulatory advice). A suggestion shares at least a tag or the care-pathway step; each comes with the reason, in the language asked (`lang`, then Accept-Language, then your account’s). For the challenge's owner and the moderators of its cluster. Not suggested: the owner's own organization, an organization with a submitted solution here, the owner and their colleagues.
         */
        get: operations["listChallengeMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge's questions and answers, in the order asked */
        get: operations["listQuestions"];
        put?: never;
        /** Ask a clarification question on an open challenge (solvers); everyone who sees the challenge sees it */
        post: operations["askQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/questions/{qid}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer (or correct the answer to) a question (challenge owner) */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/questions/{qid}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a question, e.g. a sales pitch (challenge owner, moderators of its cluster)
         * @description Whether reported or not. The question disappears for everyone, in every state of the challenge, and the step is audited. A question already hidden is not found.
         */
        post: operations["hideQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranking, weighted or normalised per juror (owner, moderators, jury members who finished); after the decision, public results */
        get: operations["getRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/solutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The solutions you may know about: your own; for the owner, moderators and jury, the submitted ones */
        get: operations["listSolutions"];
        put?: never;
        /** Submit a solution to an open challenge (solvers); confidential to owner, moderators and cleared jury */
        post: operations["createSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge's stages: each one's kind, deadlines, minimum of evaluations, required fields and criteria, and the stage it is in now (whoever sees the challenge) */
        get: operations["listStages"];
        /** Set a challenge's stages and each one's criteria (its owner, before approval; `version` or If-Match as for every edit). Stage 1's dates, minimum and feedback setting are the challenge's */
        put: operations["setStages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/stages/{stage}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advance a shortlist from the stage in evaluation to the next: the others get the outcome not_advanced (and the jury's feedback if shared); the challenge opens again to the shortlist only (owner or a moderator of its cluster) */
        post: operations["advanceStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge's participation terms: the version in force and the earlier ones (whoever sees the challenge) */
        get: operations["getChallengeTerms"];
        /** Set a challenge's terms from a template of its cluster (the owner before approval; a moderator amends an open challenge, making a new version every team accepts again) */
        put: operations["setChallengeTerms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a challenge through its life cycle */
        post: operations["transitionChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clusters with their public challenge counts */
        get: operations["listClusters"];
        put?: never;
        /** Create a cluster (admin) */
        post: operations["createCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cluster */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{slug}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cluster's impact figures (all of them for its moderators and admins, the public ones for everyone else)
         * @description JSON by default; CSV (RFC 4180, UTF-8, header row `metric,dimension,quarter,value`, an empty quarter meaning the whole range, `Content-Disposition: attachment`) with `Accept: text/csv` or the `.csv` path. Counts are kept by quarter, so they cover the whole quarters of the range (`range.counts_from`–`range.counts_to`); medians, p90 and distinct SMEs are exact for `from`–`to`. The public figures are published needs, decisions and solutions by country; a country with fewer than 5 solutions is left out of them (k-anonymity).
         */
        get: operations["getClusterImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{slug}/impact.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cluster's impact figures (all of them for its moderators and admins, the public ones for everyone else)
         * @description JSON by default; CSV (RFC 4180, UTF-8, header row `metric,dimension,quarter,value`, an empty quarter meaning the whole range, `Content-Disposition: attachment`) with `Accept: text/csv` or the `.csv` path. Counts are kept by quarter, so they cover the whole quarters of the range (`range.counts_from`–`range.counts_to`); medians, p90 and distinct SMEs are exact for `from`–`to`. The public figures are published needs, decisions and solutions by country; a country with fewer than 5 solutions is left out of them (k-anonymity).
         */
        get: operations["getClusterImpactCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cluster's moderator invitations (admins) */
        get: operations["listModeratorInvitations"];
        put?: never;
        /** Invite someone to moderate a cluster by email (admins): the same answer for any address */
        post: operations["inviteModerator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{slug}/moderators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a user a moderator of the cluster (admin; idempotent) */
        put: operations["appointModerator"];
        post?: never;
        /** Remove a moderator from the cluster (admin) */
        delete: operations["removeModerator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{slug}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cluster's participation terms templates, every version (the latest of each key is the one challenges take) */
        get: operations["listTermsTemplates"];
        put?: never;
        /** A new terms template, or the next version of a key (the cluster's moderators); versions are never edited */
        post: operations["createTermsTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your conversations, latest message first, with an unread marker */
        get: operations["listConversations"];
        put?: never;
        /**
         * Contact a listed organization (its first 20 confirmed members), a person whose profile is public, or a published challenge’s owner; relayed by Bedside without your address
         * @description A second contact about the same thing reopens the conversation you started (200) instead of starting another (201). New conversations are limited per day (5 for accounts younger than 7 days, 30 after), messages per hour (60): 429 with `Retry-After`. Only confirmed accounts write.
         */
        post: operations["startConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a conversation: it closes for everyone, and you hear nothing more from it */
        post: operations["blockConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A conversation you take part in and its messages (marks it read); 404 to everyone else
         * @description The newest `limit` messages, oldest first; `next_cursor` (and the `Link: rel="next"` header) lead to the earlier ones.
         */
        get: operations["listMessages"];
        put?: never;
        /** Reply in a conversation; 409 once someone blocked it */
        post: operations["postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a conversation you take part in: the platform’s admins (and, for one about a challenge, its cluster’s moderators) may then read it */
        post: operations["reportConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/share-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show your address to the others in a conversation (in its view only), or hide it again */
        post: operations["shareConversationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cooperations you may see, newest first: public ones for everyone, and those you take part in or moderate */
        get: operations["listCooperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cooperation and its milestones (both sides and moderators see all; others only a public one, with its public milestones) */
        get: operations["getCooperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a cooperation's status (both sides, moderators) or one side's consent to publish (that side only), with its version */
        patch: operations["patchCooperation"];
        trace?: never;
    };
    "/api/v1/cooperations/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a milestone (both sides, moderators); whether a KPI was met is the clinic side’s word */
        post: operations["addMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations/{id}/milestones/{mid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a milestone (its status, dates, figures, publicity), with the milestone's version */
        patch: operations["patchMilestone"];
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Matchmaking events and exchange visits: upcoming (soonest first) or past, by cluster and kind */
        get: operations["listEvents"];
        put?: never;
        /** Create an event of a cluster you moderate (alone or with others you moderate); a draft unless `status: 'published'` */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event; registered participants and organisers also get the participant list, the video link and their meeting requests */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, publish or cancel an event (its organisers), with its version */
        patch: operations["patchEvent"];
        trace?: never;
    };
    "/api/v1/events/{id}/meeting-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask another registered participant for a one-to-one meeting, with a short message (one request per pair) */
        post: operations["requestMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register for an event (or apply for an exchange visit) accepting its terms; 409 with `current_state: full` when no place is left */
        post: operations["registerForEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/{userId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an application to an exchange visit (its organisers), if a place is free */
        post: operations["acceptEventApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/{userId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an application to an exchange visit (its organisers) */
        post: operations["declineEventApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your meetings at an event, placed (slot, table or video link) or unplaced with the reason; organisers get every meeting */
        get: operations["getEventSchedule"];
        put?: never;
        /** Plan the whole schedule again from every accepted request (organisers, before the event starts): placed meetings may move */
        post: operations["runEventSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service health and the applied database schema version */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: answers without touching the database */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The impact figures of the whole network, every cluster together (admins)
         * @description JSON by default; CSV (RFC 4180, UTF-8, header row `metric,dimension,quarter,value`, an empty quarter meaning the whole range, `Content-Disposition: attachment`) with `Accept: text/csv` or the `.csv` path. Counts are kept by quarter, so they cover the whole quarters of the range (`range.counts_from`–`range.counts_to`); medians, p90 and distinct SMEs are exact for `from`–`to`.
         */
        get: operations["getNetworkImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The impact figures of the whole network, every cluster together (admins)
         * @description JSON by default; CSV (RFC 4180, UTF-8, header row `metric,dimension,quarter,value`, an empty quarter meaning the whole range, `Content-Disposition: attachment`) with `Accept: text/csv` or the `.csv` path. Counts are kept by quarter, so they cover the whole quarters of the range (`range.counts_from`–`range.counts_to`); medians, p90 and distinct SMEs are exact for `from`–`to`.
         */
        get: operations["getNetworkImpactCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with its link’s token, signed in to the confirmed account of the invited address */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation: its link stops working (those who manage the seat) */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, organization, clusters and roles */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API keys (never their secrets), newest first, with when each was last used
         * @description Keys are managed by a person signed in: an API key cannot list, create or revoke keys.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key: a machine acting as you, narrowed to its scopes
         * @description The secret (`bsk_…`) is in this answer only; keep it like a password and send it as `Authorization: Bearer <secret>`. A key never has more rights than you have when it is used, and only what its scopes name. Each key may make 120 requests a minute and 10 000 a day (429 with `Retry-After` and `RateLimit` beyond). At most 20 live keys.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: its next request is refused (401) */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/api-keys/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests per day of one of your keys over the last 30 days, with its quotas */
        get: operations["getApiKeyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete your account for good (your password again)
         * @description Your name, address, password, sessions, notifications, saved searches, endorsements and memberships go, with your drafts and the challenges and solutions nobody else depends on. What others depend on stays, shown as a former member: questions and answers, solutions and scores in decided challenges, reports, invitations you sent and the audit trail. Refused with `account_in_use` while a challenge you own is open or in evaluation, you have a solution or a jury seat in one, or you are the only admin. Your address may register again afterwards.
         */
        post: operations["deleteAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything Bedside holds about you (JSON)
         * @description Your account and everything you made or received, as one JSON file to keep (`Content-Disposition: attachment`). Secrets (password hash, session and link secrets, feed addresses) and other people’s confidential content are left out; `about` says what is in it. At most 10 downloads an hour per account (429 with `Retry-After` beyond).
         */
        get: operations["exportData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open challenges and calls that fit your organization and your expertise, with the reason
         * @description Scored in one query: 3 per shared tag, 2 for the care-pathway step, 2 for experience with its device class, 1 when the TRL ranges meet, 1 for each thing offered or sought that the challenge needs or gives (a pilot: pilot site; co-development; a funding call: investment; data on offer: clinical data; CE marking: regulatory advice). A suggestion shares at least a tag or the care-pathway step; each comes with the reason, in the language asked (`lang`, then Accept-Language, then your account’s). Only challenges you may see, open to new solutions, not yours or your organization’s, none you already have a solution on. A call fits through its challenges.
         */
        get: operations["listMyMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each kind of notification reaches you, and your time zone (digests arrive at 07:00 there) */
        get: operations["getNotificationPreferences"];
        /** Change how kinds of notification reach you (off, instant, daily, weekly) and your time zone */
        put: operations["setNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, with the unread count */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: `{ ids }` or `{ all: true }` */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your expert profile (private and empty until you save it) */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your expert profile; `public: true` lists it in the people directory (a confirmed address first) */
        patch: operations["patchProfile"];
        trace?: never;
    };
    "/api/v1/me/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved catalogue searches, each with its Atom feed */
        get: operations["listSavedSearches"];
        put?: never;
        /** Save a catalogue search: new challenges that match reach you as notifications (and digests) */
        post: operations["saveSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved search (its feed stops) */
        delete: operations["deleteSavedSearch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a meeting request (the person asked): the meeting gets a slot and a table at once, around those already placed, or is unplaced with the reason */
        post: operations["acceptMeetingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a meeting request (the person asked) */
        post: operations["declineMeetingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A placed meeting as iCalendar, in the event time zone (its two people only) */
        get: operations["getMeetingCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After the meeting, your word on it: did you meet, and the next step (once per side; counted in the impact figures) */
        post: operations["followUpMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Challenges waiting for review and open reports in the clusters you moderate */
        get: operations["getModerationQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open datasets: their columns and where to download them (anyone, CC BY 4.0) */
        get: operations["listDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One open dataset as CSV or JSON, streamed (anyone, CC BY 4.0)
         * @description Everything public of the dataset, ordered by its stable id (a UUIDv7), as the rows stood when the export started. The body is streamed page by page: `Server-Timing` counts only the first page. CSV is RFC 4180 with a header row; text cells a spreadsheet would run as formulas start with `'`. Lists (tags) are joined with `; ` in CSV and are arrays in JSON.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partner search: listed organizations by words, kind, country, capability, offers, seeks and TRL
         * @description Facets are repeatable or comma lists: any value of one facet matches (OR), every facet given must match (AND). Without `q` ordered by name, with it by relevance; cursor pages either way.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listed organization's profile with its public challenges, results and cooperations */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organization's profile (its administrators, moderators of its cluster, admins): saved complete (a description and a capability) and verified, it is listed in the directory unless `listed: false` */
        patch: operations["patchOrganization"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Verify an email domain as the organization's (admins): claims from confirmed addresses on it, waiting now or made later, are confirmed at once (each claimant is told); the organization counts as verified */
        put: operations["verifyDomain"];
        post?: never;
        /** Remove a verified email domain (admins): claims from it are no longer confirmed by it; memberships it confirmed, and the organization’s verification, stay */
        delete: operations["removeDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's claims and members, waiting claims first (its administrators, moderators of its cluster, admins) */
        get: operations["listMemberships"];
        put?: never;
        /** Claim to belong to an organization (a confirmed address first): its administrators, the moderators of its cluster or admins confirm; at once when your address is on a domain it verified. A claim waiting elsewhere is replaced. */
        post: operations["claimMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/memberships/{userId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a waiting claim: the organization becomes the person's affiliation (replacing the one they had); they are told */
        post: operations["confirmMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/memberships/{userId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a waiting claim, or end a membership: the person is shown without the organization; they are told */
        post: operations["declineMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Experts who made their profile public, by expertise, language and availability as juror or mentor */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag a challenge, question or solution you can see for the moderators */
        post: operations["reportContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a report, or hide the reported content (moderators of its cluster) */
        post: operations["resolveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A solution (submitter, challenge owner, moderators, jury members who declared no conflict) */
        get: operations["getSolution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your solution while the challenge is open (with its version) */
        patch: operations["patchSolution"];
        trace?: never;
    };
    "/api/v1/solutions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to a solution you may edit, while it may be edited (multipart/form-data) */
        post: operations["uploadSolutionAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Declare, before seeing it, whether you have a conflict of interest with this solution (jury) */
        put: operations["declareConflict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score a solution 1–5 on every criterion (jury, in evaluation); a second PUT replaces the first. With `draft: true`, save part of it to finish later (never counted) */
        put: operations["evaluateSolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit your draft; in a challenge's later stage, submit your shortlisted solution to that stage (its required fields, snapshotted for its jury) */
        post: operations["submitSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A solution's team (whoever may read the solution); invitations for the submitter, recusals for owner and moderators */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/team/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a co-applicant by email with their role (the submitter, while the solution may be changed) */
        post: operations["inviteTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/team/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a member off the team (the submitter), or leave it (a member); access ends at once */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        /** Hand the submitter's role to this member (the submitter; they stay on the team) */
        patch: operations["patchTeamMember"];
        trace?: never;
    };
    "/api/v1/solutions/{id}/terms-acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the challenge's terms in force for yourself (each team member, before the solution is submitted or, after new terms, changed) */
        post: operations["acceptTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solutions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your solution (until the decision) */
        post: operations["withdrawSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your webhook subscriptions (never their secrets), newest first */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events, signed the Standard Webhooks way
         * @description Each event is POSTed as JSON `{ type, timestamp, data }` with the headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (verify them with any Standard Webhooks library and the secret in this answer, shown once). Only events about what you may see reach you, checked again when each is sent; `solution.submitted` only for your own challenges. A failed delivery (no 2xx within 10 s; redirects count as failures) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; after 5 deliveries in a row fail every attempt the subscription is switched off and you are told. The URL must be https on the public internet. At most 20 subscriptions.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your webhook subscriptions */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a subscription and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a subscription’s URL or events, or switch it off or on again */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription’s deliveries, newest first, each with its attempts (status code, time taken, error) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{did}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered or failed delivery again (same `webhook-id`, a fresh round of retries) */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/challenges.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of open public challenges */
        get: operations["getChallengesFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/saved/{feed}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom feed of a saved search's matches (public challenges only)
         * @description The address is the `feed_url` of a saved search: its token is the only key, so anyone who has it can read the feed, which therefore carries public challenges only. Deleting the search ends the feed.
         */
        get: operations["getSavedSearchFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The request was taken; an email follows where one is due. */
        Accepted: {
            detail: string;
            /** @enum {string} */
            status: "sent";
        };
        AcceptedInvitation: {
            challenge_id: string | null;
            cluster_id: string | null;
            /** @enum {string} */
            seat: "jury" | "moderator" | "team";
            solution_id?: string;
        };
        AccountDeletion: {
            /** @description Your current password. */
            password: string;
        };
        AdvanceInput: {
            /** @description Whether those not advanced read the jury's feedback on their solution; without it, the next stage's setting. */
            share_feedback?: boolean;
            /** @description The solutions shortlisted into the next stage; every other one of the stage is not advanced. */
            solution_ids: string[];
        };
        Agreement: {
            challenge_id: string;
            criteria: {
                /** @description Krippendorff's alpha (interval); null when there is no variation or no solution scored twice. */
                alpha: number | null;
                key: string;
                label: string;
                /**
                 * @description Krippendorff's convention: good ≥ 0.8, tentative 0.667–0.8, low below.
                 * @enum {string|null}
                 */
                reading: "good" | "tentative" | "low" | null;
            }[];
            /** @description To discuss before deciding: spread ≥ 20 or 3 points apart on a criterion; at most 10. */
            disputed: {
                /** @description Criteria on which the scores lie 3 or more apart. */
                criteria: string[];
                evaluations: number;
                solution_id: string;
                /** @description Sample standard deviation of the jurors' weighted scores (0–100). */
                spread: number;
                title: string;
            }[];
            jurors: number;
            method_note: string;
            /** @enum {string} */
            metric: "interval";
            /** @description Over all criterion scores pooled (each solution and criterion one unit). */
            overall: {
                /** @description Krippendorff's alpha (interval); null when there is no variation or no solution scored twice. */
                alpha: number | null;
                /**
                 * @description Krippendorff's convention: good ≥ 0.8, tentative 0.667–0.8, low below.
                 * @enum {string|null}
                 */
                reading: "good" | "tentative" | "low" | null;
            };
        };
        AnswerInput: {
            answer: string;
        };
        ApiKey: {
            cluster: string | null;
            created_at: string;
            expires_at: string | null;
            id: string;
            last_used_at: string | null;
            name: string;
            /** @description The first characters of the secret, to tell keys apart. */
            prefix: string;
            scopes: string[];
        };
        ApiKeyInput: {
            /**
             * @description Moderators and admins: the key moderates this cluster only.
             * @example biorn
             */
            cluster?: string;
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00Z
             */
            expires_at?: string;
            /** @example Cluster portal sync */
            name: string;
            /**
             * @example [
             *       "challenges:read"
             *     ]
             */
            scopes: ("challenges:read" | "challenges:write" | "solutions:read" | "solutions:write" | "evaluation:read" | "evaluation:write" | "network:read" | "network:write" | "impact:read" | "moderation:read" | "moderation:write" | "account:read" | "account:write" | "webhooks:manage")[];
        };
        ApiKeyUsage: {
            days: {
                /** @example 2026-12-01 */
                day: string;
                requests: number;
            }[];
            key_id: string;
            per_day: number;
            per_minute: number;
        };
        Attachment: {
            /** @description Detected from the bytes, not taken from the upload. */
            content_type: string;
            created_at: string;
            /** @description Sanitised; its extension is that of the detected type. */
            filename: string;
            id: string;
            /** @description Bytes. */
            size: number;
            /** @description Where to download it (the same access as what it belongs to). */
            url: string;
        };
        AuditEntry: {
            action: string;
            /** @description null: the system (e.g. the deadline job). */
            actor: {
                id: string;
                /** @description Empty when the account was deleted. */
                name: string;
            } | null;
            /** @description Of a solution's content (title, summary …) `before` and `after` hold only what you may read: nothing written while it was a draft. Entries about a solution you may not read are not listed. */
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            cluster: string | null;
            created_at: string;
            entity_id: string;
            entity_type: string;
            id: string;
            /** @description When an admin last purged text from this entry. */
            purged_at: string | null;
            /** @description The id of the admin who did (see the `audit.purge` entry). */
            purged_by: string | null;
            /** @description Fields an admin emptied (text posted by mistake): null in `before` and `after`. null: none. */
            purged_fields: string[] | null;
        };
        AuditPurgeInput: {
            /** @description The fields of `before` and `after` to empty: only fields holding text (a string, or a list of strings, that is not a state, role, id or timestamp; never `status`, `scores`, `winners` or `evaluator`, which are evidence). Without it: every field holding text. The same fields are emptied in the other entries about the same thing that hold the same text. */
            fields?: string[];
            /** @description Why the text goes: recorded in the `audit.purge` entry, for the other admins. */
            reason: string;
        };
        Call: components["schemas"]["CallSummary"] & {
            benefits: components["schemas"]["CallBenefit"][];
            created_at: string;
            description: string;
            /** @description The last request for changes; shown to those who manage the call only. */
            moderator_note: string | null;
            rules: components["schemas"]["CallRule"][];
            updated_at: string;
        };
        CallBenefit: {
            /** @description Money in minor units (cents); never converted. */
            amount_minor?: number | null;
            currency?: string | null;
            /** @default  */
            details: string;
            /** @enum {string} */
            kind: "money" | "pilot" | "mentoring" | "data_access" | "other";
        };
        CallCreate: {
            /** @default [] */
            benefits: components["schemas"]["CallBenefit"][];
            /**
             * Format: date-time
             * @description When the call closes (the cron closes it then).
             */
            closes_at: string;
            /** @description Slugs of the clusters running the call; the first leads, and you moderate it. */
            clusters: string[];
            description: string;
            /** @enum {string} */
            language?: "en" | "de" | "it" | "ro";
            /**
             * Format: date-time
             * @description When challenges in the call start taking solutions.
             */
            opens_at: string;
            /** @default [] */
            rules: components["schemas"]["CallRule"][];
            title: string;
        };
        CallList: {
            items: components["schemas"]["CallSummary"][];
        };
        CallPatch: {
            benefits?: components["schemas"]["CallBenefit"][];
            /**
             * Format: date-time
             * @description When the call closes (the cron closes it then).
             */
            closes_at?: string;
            description?: string;
            /** @enum {string} */
            language?: "en" | "de" | "it" | "ro";
            /**
             * Format: date-time
             * @description When challenges in the call start taking solutions.
             */
            opens_at?: string;
            rules?: components["schemas"]["CallRule"][];
            title?: string;
            /** @description Or send the ETag as If-Match. */
            version?: number;
        };
        /** @description Who may submit to the call's challenges: the solution's TRL range, or the submitter's organization's kinds, countries or company sizes. */
        CallRule: {
            params: {
                max: number;
                min: number;
            };
            /** @enum {string} */
            rule: "trl";
        } | {
            params: {
                kinds: ("clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor")[];
            };
            /** @enum {string} */
            rule: "organization_kinds";
        } | {
            params: {
                countries: string[];
            };
            /** @enum {string} */
            rule: "countries";
        } | {
            params: {
                sizes: ("micro" | "small" | "medium" | "large")[];
            };
            /** @enum {string} */
            rule: "company_sizes";
        };
        CallSummary: {
            closes_at: string;
            clusters: {
                id: string;
                lead: boolean;
                name: string;
                slug: string;
            }[];
            id: string;
            /** @enum {string} */
            language: "en" | "de" | "it" | "ro";
            opens_at: string;
            published_at: string | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "changes_requested" | "published" | "closed" | "archived" | "withdrawn";
            title: string;
            version: number;
        };
        CallTransition: {
            /** @enum {string} */
            action: "submit" | "publish" | "request_changes" | "withdraw" | "close" | "archive";
            /** @description Required for request_changes. */
            note?: string;
        };
        Challenge: {
            attachments: components["schemas"]["Attachment"][];
            /** @description Blind review: jury members see no submitter, team, organization or links of a solution; solvers are told not to name themselves in their text. Set before approval (default false). */
            blind_review: boolean;
            /** @description The call it belongs to, at most one (issue 15): an open (published) call; its rules then decide who may submit. Set before approval; null takes it out. */
            call_id: string | null;
            /** @description The title of the call it belongs to (issue 15). */
            call_title: string | null;
            /** @enum {string} */
            care_pathway_step: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
            ce_marking_required: boolean;
            clinical_context: string;
            cluster: {
                name: string;
                slug: string;
            };
            created_at: string;
            criteria: components["schemas"]["Criterion"][];
            /** @enum {string} */
            data_on_offer: "none" | "synthetic" | "pseudonymised";
            /**
             * Format: date-time
             * @description When submissions close. Must be in the future when a challenge is created, and when its owner changes it.
             */
            deadline: string;
            decided_at: string | null;
            decision_note: string | null;
            /**
             * @description Must belong to the regulation: MDR classes I, IIa, IIb, III; IVDR classes A, B, C, D; null otherwise.
             * @enum {string|null}
             */
            device_class: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            endorsed_by_me: boolean;
            endorsement_count: number;
            /**
             * Format: date-time
             * @description When the jury's scoring should be done; reminders go out before it.
             */
            evaluation_deadline: string | null;
            icd10_code: string | null;
            id: string;
            indication: string;
            integration_needs: string;
            involves_patient_data: boolean;
            /** @enum {string} */
            language: "en" | "de" | "it" | "ro";
            /** @description How many jurors must have scored a solution before it may win without an override with a note (1–20, default 3). */
            min_evaluations: number;
            /** @description Shown to the owner and moderators only. */
            moderator_note: string | null;
            /**
             * @description Where the moderator note stands: pending (changes requested, the owner acts), answered (submitted again), resolved (approved since, or withdrawn), rejection (why it was rejected). Null when there is no note for this viewer.
             * @enum {string|null}
             */
            moderator_note_standing: "pending" | "answered" | "resolved" | "rejection" | null;
            organization: {
                country: string;
                /** @enum {string} */
                kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
                name: string;
            } | null;
            outcome_kpi: string;
            owner: {
                id: string;
                /** @description Empty when the account was deleted. */
                name: string;
            };
            patient_population: string;
            problem_statement: string;
            published_at: string | null;
            question_count: number;
            questions: components["schemas"]["Question"][];
            /** @enum {string} */
            regulation: "mdr" | "ivdr" | "none" | "unsure";
            reward_details: string;
            /** @enum {string} */
            reward_kind: "pilot" | "co_development" | "funding_call" | "other";
            share_feedback: boolean;
            standard_of_care: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
            submitted_at: string | null;
            summary: string;
            tags: string[];
            target_outcome: string;
            title: string;
            trl_max: number;
            trl_min: number;
            updated_at: string;
            /** @description Send back as `version` or `If-Match` when editing. */
            version: number;
            /** @enum {string} */
            visibility: "public" | "network";
        };
        ChallengeCreate: {
            /** @description Blind review: jury members see no submitter, team, organization or links of a solution; solvers are told not to name themselves in their text. Set before approval (default false). */
            blind_review?: boolean;
            /** @description The call it belongs to, at most one (issue 15): an open (published) call; its rules then decide who may submit. Set before approval; null takes it out. */
            call_id?: string | null;
            /** @enum {string} */
            care_pathway_step: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
            ce_marking_required?: boolean;
            clinical_context?: string;
            /**
             * @description Slug of the cluster the challenge belongs to.
             * @example biorn
             */
            cluster: string;
            /** @description Left out when creating: the default criteria, with their descriptions. */
            criteria?: components["schemas"]["CriterionInput"][];
            /** @enum {string} */
            data_on_offer?: "none" | "synthetic" | "pseudonymised";
            /**
             * Format: date-time
             * @description When submissions close. Must be in the future when a challenge is created, and when its owner changes it.
             */
            deadline: string;
            /**
             * @description Must belong to the regulation: MDR classes I, IIa, IIb, III; IVDR classes A, B, C, D; null otherwise.
             * @enum {string|null}
             */
            device_class?: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            /**
             * Format: date-time
             * @description When the jury's scoring should be done; reminders go out before it.
             */
            evaluation_deadline?: string | null;
            icd10_code?: string | null;
            indication: string;
            integration_needs?: string;
            involves_patient_data?: boolean;
            /** @enum {string} */
            language?: "en" | "de" | "it" | "ro";
            /** @description How many jurors must have scored a solution before it may win without an override with a note (1–20, default 3). */
            min_evaluations?: number;
            outcome_kpi: string;
            patient_population: string;
            problem_statement: string;
            /** @enum {string} */
            regulation?: "mdr" | "ivdr" | "none" | "unsure";
            reward_details?: string;
            /** @enum {string} */
            reward_kind: "pilot" | "co_development" | "funding_call" | "other";
            share_feedback?: boolean;
            standard_of_care: string;
            summary: string;
            /** @description Lower-case words joined by hyphens (remote-monitoring). The pages turn typed words into these: "Remote monitoring" is stored as remote-monitoring. */
            tags?: string[];
            target_outcome: string;
            title: string;
            trl_max: number;
            trl_min: number;
            /** @enum {string} */
            visibility?: "public" | "network";
        };
        ChallengeMatches: {
            challenge_id: string;
            experts: {
                matched: components["schemas"]["MatchedFacets"];
                person: {
                    headline: string;
                    id: string;
                    name: string;
                };
                /** @example oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6 */
                reason: string;
                /** @description The weighted sum of what matched (weights in the API guide). */
                score: number;
            }[];
            organizations: {
                matched: components["schemas"]["MatchedFacets"];
                organization: {
                    country: string;
                    id: string;
                    /** @enum {string} */
                    kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
                    name: string;
                };
                /** @example oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6 */
                reason: string;
                /** @description The weighted sum of what matched (weights in the API guide). */
                score: number;
            }[];
        };
        ChallengePatch: {
            /** @description Blind review: jury members see no submitter, team, organization or links of a solution; solvers are told not to name themselves in their text. Set before approval (default false). */
            blind_review?: boolean;
            /** @description The call it belongs to, at most one (issue 15): an open (published) call; its rules then decide who may submit. Set before approval; null takes it out. */
            call_id?: string | null;
            /** @enum {string} */
            care_pathway_step?: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
            ce_marking_required?: boolean;
            clinical_context?: string;
            /** @description Left out when creating: the default criteria, with their descriptions. */
            criteria?: components["schemas"]["CriterionInput"][];
            /** @enum {string} */
            data_on_offer?: "none" | "synthetic" | "pseudonymised";
            /**
             * Format: date-time
             * @description When submissions close. Must be in the future when a challenge is created, and when its owner changes it.
             */
            deadline?: string;
            /**
             * @description Must belong to the regulation: MDR classes I, IIa, IIb, III; IVDR classes A, B, C, D; null otherwise.
             * @enum {string|null}
             */
            device_class?: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            /**
             * Format: date-time
             * @description When the jury's scoring should be done; reminders go out before it.
             */
            evaluation_deadline?: string | null;
            icd10_code?: string | null;
            indication?: string;
            integration_needs?: string;
            involves_patient_data?: boolean;
            /** @enum {string} */
            language?: "en" | "de" | "it" | "ro";
            /** @description How many jurors must have scored a solution before it may win without an override with a note (1–20, default 3). */
            min_evaluations?: number;
            outcome_kpi?: string;
            patient_population?: string;
            problem_statement?: string;
            /** @enum {string} */
            regulation?: "mdr" | "ivdr" | "none" | "unsure";
            reward_details?: string;
            /** @enum {string} */
            reward_kind?: "pilot" | "co_development" | "funding_call" | "other";
            share_feedback?: boolean;
            standard_of_care?: string;
            summary?: string;
            /** @description Lower-case words joined by hyphens (remote-monitoring). The pages turn typed words into these: "Remote monitoring" is stored as remote-monitoring. */
            tags?: string[];
            target_outcome?: string;
            title?: string;
            trl_max?: number;
            trl_min?: number;
            /** @description The version you edited; or send If-Match. */
            version?: number;
            /** @enum {string} */
            visibility?: "public" | "network";
        };
        ChallengeSummary: {
            /** @enum {string} */
            care_pathway_step: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
            cluster: {
                name: string;
                slug: string;
            };
            created_at: string;
            /**
             * Format: date-time
             * @description When submissions close. Must be in the future when a challenge is created, and when its owner changes it.
             */
            deadline: string;
            endorsement_count: number;
            id: string;
            indication: string;
            /** @enum {string} */
            language?: "en" | "de" | "it" | "ro";
            organization: {
                country: string;
                /** @enum {string} */
                kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
                name: string;
            } | null;
            published_at: string | null;
            /** @enum {string} */
            reward_kind: "pilot" | "co_development" | "funding_call" | "other";
            /** @description The stage it is in and how many it has (issue 15; in the catalogue). */
            stages?: {
                count: number;
                current: number;
            };
            /** @enum {string} */
            status: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
            summary: string;
            tags: string[];
            title: string;
            trl_max: number;
            trl_min: number;
            /** @enum {string} */
            visibility?: "public" | "network";
        };
        ChallengeTerms: {
            challenge_id: string;
            current: components["schemas"]["ChallengeTermsVersion"];
            /** @description Every version, newest first. */
            versions: {
                created_at: string;
                version: number;
            }[];
        };
        ChallengeTermsInput: {
            /** @description false: the challenge declares that submissions are not confidential. Default: as the template says. */
            submissions_confidential?: boolean;
            /** @description A template of the challenge's cluster; its latest version is taken, as it is now. */
            template_key: string;
        };
        /** @description The version in force (null: the challenge states no terms). Every team member accepts it before submitting. */
        ChallengeTermsVersion: {
            body_md: string;
            clinic_use: string;
            created_at: string;
            data_access: string | null;
            /**
             * @description solver_keeps: the solver keeps all IP; licence_after_decision: a licence is negotiated after the decision; open_source.
             * @enum {string}
             */
            ip_option: "solver_keeps" | "licence_after_decision" | "open_source";
            /** @enum {string} */
            language: "en" | "de" | "it" | "ro";
            submissions_confidential: boolean;
            template_key: string;
            template_version: number;
            title: string;
            version: number;
        } | null;
        Cluster: {
            /** @description Published public challenges. */
            challenge_count: number;
            country: string;
            description: string;
            id: string;
            name: string;
            /** @description Public challenges open for solutions now. */
            open_challenge_count: number;
            region: string;
            slug: string;
            website: string | null;
        };
        ClusterInput: {
            country: string;
            description?: string;
            name: string;
            region: string;
            slug: string;
            /** Format: uri */
            website?: string | null;
        };
        ClusterModerator: {
            cluster: string;
            /** @enum {string} */
            role: "moderator";
            user_id: string;
        };
        ConflictDeclaration: {
            /** @description true: you have a conflict of interest and will not see or score it. */
            conflict: boolean;
            note?: string;
        };
        Conversation: {
            about: components["schemas"]["ConversationAbout"];
            blocked_by_me: boolean;
            closed: boolean;
            created_at: string;
            id: string;
            /** @description A page of the thread, oldest first: its newest messages (or, with `cursor`, those before the previous page). */
            messages: components["schemas"]["Message"][];
            /** @description Pass as `cursor` for the earlier messages; null when these are the first. */
            next_cursor: string | null;
            /** @description You, whoever made contact and whoever has written here; members of a contacted organization who have not written stay unnamed. */
            participants: {
                /** @description Their address, only if they chose to share it in this conversation. */
                email: string | null;
                id: string;
                /** @description Empty for an account that was deleted ("Former member"). */
                name: string;
            }[];
            reported_by_me: boolean;
            /** @description You share your address here. */
            share_email: boolean;
            subject: string;
            /** @description False for a moderator reading a reported conversation. */
            taking_part: boolean;
        };
        /** @description What the conversation is about: whom its creator contacted. */
        ConversationAbout: {
            id: string;
            /** @enum {string} */
            kind: "organization" | "person" | "challenge";
            title: string;
        };
        ConversationItem: {
            about: components["schemas"]["ConversationAbout"];
            /** @description Someone blocked it: nobody writes in it any more. */
            closed: boolean;
            id: string;
            last_message_at: string;
            started_by_me: boolean;
            subject: string;
            /** @description A message came after you last read it. */
            unread: boolean;
        };
        ConversationPage: {
            data: components["schemas"]["ConversationItem"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        Cooperation: {
            challenge: {
                id: string;
                title: string;
            };
            clinic_organization: string | null;
            cluster: {
                id: string;
                name: string;
                slug: string;
            };
            id: string;
            /** @description All of them for both sides and moderators; the public ones for others. */
            milestones: components["schemas"]["Milestone"][];
            /** @description Both sides agreed to publish: anyone may read it and its public milestones. */
            public: boolean;
            public_clinic: boolean;
            public_solver: boolean;
            solution: {
                id: string;
                title: string;
            };
            solver_organization: string | null;
            started_at: string;
            /** @enum {string} */
            status: "active" | "completed" | "ended";
            version: number;
            /**
             * @description Which side the reader is on; null for moderators and the public.
             * @enum {string|null}
             */
            your_side: "clinic" | "solver" | null;
        };
        CooperationListItem: {
            challenge: {
                id: string;
                title: string;
            };
            clinic_organization: string | null;
            cluster: {
                id: string;
                name: string;
                slug: string;
            };
            id: string;
            /** @description Both sides agreed to publish: anyone may read it and its public milestones. */
            public: boolean;
            public_clinic: boolean;
            public_solver: boolean;
            solution: {
                id: string;
                title: string;
            };
            solver_organization: string | null;
            started_at: string;
            /** @enum {string} */
            status: "active" | "completed" | "ended";
            version: number;
        };
        CooperationPage: {
            data: components["schemas"]["CooperationListItem"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        CooperationPatch: {
            /** @description The clinic side's consent to publish (the clinic side only). */
            public_clinic?: boolean;
            /** @description The solution team's consent to publish (the team only). */
            public_solver?: boolean;
            /**
             * @description active, completed or ended.
             * @enum {string}
             */
            status?: "active" | "completed" | "ended";
            version?: number;
        };
        Criterion: {
            /** @description What a good answer looks like; the jury reads it. */
            description?: string;
            key: string;
            label: string;
            weight: number;
        };
        CriterionInput: {
            /** @description What a good answer looks like, shown to the jury while they score. */
            description?: string | null;
            /** @description Left out: made from the label ("Clinical impact" → clinical_impact). */
            key?: string;
            label: string;
            weight: number;
        };
        DataExport: {
            about: string;
            account: {
                created_at: string;
                email: string;
                email_confirmed_at: string | null;
                id: string;
                is_admin: boolean;
                /** @enum {string} */
                kind: "clinician" | "solver" | "staff";
                /**
                 * @description The language of the emails Bedside sends you.
                 * @enum {string|null}
                 */
                language: "en" | "de" | "it" | "ro" | null;
                name: string;
                /** @description Never the password or its hash; a sentence saying how it is kept. */
                password: string;
                password_changed_at: string | null;
                time_zone: string;
                updated_at: string;
            };
            answers_given: {
                answer: string | null;
                answered_at: string | null;
                challenge_id: string;
                hidden_at: string | null;
                id: string;
                /** @description The question you answered, as asked; null once it was hidden (it is someone else’s). */
                question: string | null;
            }[];
            /** @description Your API keys, revoked ones too; never their secrets. */
            api_keys: {
                created_at: string;
                expires_at: string | null;
                name: string;
                prefix: string;
                revoked_at: string | null;
                scopes: string[];
            }[];
            /** @description Files you attached to solutions or challenges: name, type and size; download them from the solution or challenge. */
            attachments: {
                challenge_id: string | null;
                content_type: string;
                created_at: string;
                deleted_at: string | null;
                filename: string;
                id: string;
                size: number;
                solution_id: string | null;
            }[];
            audit_entries: {
                action: string;
                after: {
                    [key: string]: unknown;
                } | null;
                before: {
                    [key: string]: unknown;
                } | null;
                /** @description Whether you made this change; otherwise it is about your account. */
                by_you: boolean;
                created_at: string;
                entity_id: string;
                /** @enum {string} */
                entity_type: "user" | "invitation" | "cluster" | "challenge" | "question" | "solution" | "evaluation" | "report" | "call" | "cooperation" | "organization" | "event" | "conversation";
                id: string;
                purged_at: string | null;
                purged_fields: string[] | null;
            }[];
            /** @description Calls for challenges you created as a moderator (they stay with their clusters). */
            calls_created: {
                created_at: string;
                id: string;
                /** @enum {string} */
                status: "draft" | "in_review" | "changes_requested" | "published" | "closed" | "archived" | "withdrawn";
                title: string;
                updated_at: string;
            }[];
            challenges: {
                blind_review: boolean;
                call_id: string | null;
                /** @enum {string} */
                care_pathway_step: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
                ce_marking_required: boolean;
                clinical_context: string;
                cluster_id: string;
                created_at: string;
                criteria: {
                    description: string | null;
                    key: string;
                    label: string;
                    position: number;
                    stage: number;
                    weight: number;
                }[];
                current_stage: number;
                /** @enum {string} */
                data_on_offer: "none" | "synthetic" | "pseudonymised";
                deadline: string;
                decided_at: string | null;
                decision_note: string | null;
                /** @enum {string|null} */
                device_class: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
                endorsement_count: number;
                evaluation_deadline: string | null;
                hidden_at: string | null;
                icd10_code: string | null;
                id: string;
                indication: string;
                integration_needs: string;
                involves_patient_data: boolean;
                /** @enum {string} */
                language: "en" | "de" | "it" | "ro";
                min_evaluations: number;
                moderator_note: string | null;
                organization_id: string | null;
                outcome_kpi: string;
                owner_id: string;
                patient_population: string;
                problem_statement: string;
                published_at: string | null;
                /** @enum {string} */
                regulation: "mdr" | "ivdr" | "none" | "unsure";
                reward_details: string;
                /** @enum {string} */
                reward_kind: "pilot" | "co_development" | "funding_call" | "other";
                share_feedback: boolean;
                /** @description How many solutions were submitted to it. Their content belongs to their submitters and is not included. */
                solutions_received: number;
                stages: {
                    advanced_at: string | null;
                    closed_at: string | null;
                    deadline: string;
                    evaluation_deadline: string | null;
                    /** @enum {string} */
                    kind: "submission" | "expression_of_interest" | "full_proposal" | "pitch";
                    min_evaluations: number;
                    name: string;
                    opened_at: string | null;
                    required_fields: ("title" | "summary" | "trl" | "approach" | "team" | "ip_status" | "links" | "attachments" | "budget" | "work_plan" | "pitch_slot")[];
                    share_feedback: boolean;
                    stage: number;
                }[];
                standard_of_care: string;
                /** @enum {string} */
                status: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
                submissions_closed_at: string | null;
                submitted_at: string | null;
                summary: string;
                tags: string[];
                target_outcome: string;
                title: string;
                trl_max: number;
                trl_min: number;
                updated_at: string;
                version: number;
                /** @enum {string} */
                visibility: "public" | "network";
            }[];
            clusters: {
                /** @description The cluster’s slug. */
                cluster: string;
                cluster_name: string;
                created_at: string;
                /** @enum {string} */
                role: "moderator" | "member";
            }[];
            conflict_declarations: {
                automatic: boolean;
                conflict: boolean;
                declared_at: string;
                note: string | null;
                reason: {
                    member: string;
                    organization: string;
                } | null;
                solution_id: string;
                stage: number;
            }[];
            /** @description The conversations you take part in (issue 16) and your choices in each; not the others’ messages. */
            conversations: {
                about_id: string;
                /** @enum {string} */
                about_kind: "organization" | "person" | "challenge";
                blocked_at: string | null;
                created_at: string;
                id: string;
                last_message_at: string;
                last_read_at: string | null;
                reported_at: string | null;
                share_email: boolean;
                started_by_you: boolean;
                subject: string;
            }[];
            /** @description Milestones of cooperations you recorded or last changed (issue 15). */
            cooperation_milestones: {
                achieved_on: string | null;
                cooperation_id: string;
                created_at: string;
                /** @enum {string|null} */
                device_class: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
                funding_amount_minor: number | null;
                funding_currency: string | null;
                funding_programme: string | null;
                id: string;
                /** @enum {string} */
                kind: "letter_of_intent" | "agreement" | "ethics_approval" | "pilot_start" | "pilot_end" | "kpi_result" | "regulatory" | "follow_on_funding";
                kpi_met: boolean | null;
                kpi_method: string | null;
                kpi_unit: string | null;
                kpi_value: number | null;
                last_changed_by_you: boolean;
                note: string;
                notified_body: string | null;
                planned_on: string | null;
                public: boolean;
                recorded_by_you: boolean;
                /** @enum {string|null} */
                regulation: "mdr" | "ivdr" | "none" | "unsure" | null;
                /** @enum {string} */
                status: "planned" | "in_progress" | "done" | "cancelled";
                updated_at: string;
            }[];
            /** @description Winners you named with fewer scores than the minimum, and why. */
            decision_overrides: {
                challenge_id: string;
                created_at: string;
                note: string;
                solution_id: string;
            }[];
            /** @description Single-use links sent to you; never their secrets. */
            email_links: {
                created_at: string;
                email: string;
                expires_at: string;
                /** @enum {string} */
                purpose: "confirm_email" | "change_email" | "reset_password";
                used_at: string | null;
            }[];
            /** @description Emails sent or waiting to be sent to you; not their text. */
            emails: {
                created_at: string;
                /** @enum {string} */
                kind: "confirm_email" | "change_email" | "reset_password" | "digest" | "challenge_submitted" | "challenge_approved" | "changes_requested" | "challenge_rejected" | "question_asked" | "question_answered" | "solution_submitted" | "invitation" | "scoring_reminder" | "results_published" | "report_filed" | "saved_search_match" | "cooperation_opened" | "stage_advanced" | "stage_not_advanced" | "call_submitted" | "call_published" | "call_changes_requested" | "call_closed" | "affiliation_confirmed" | "affiliation_declined" | "meeting_requested" | "meeting_accepted" | "meeting_reminder" | "message_received" | "challenge_fits" | "affiliation_claimed" | "event_cancelled" | "webhook_disabled" | "milestone_reached";
                /** @enum {string} */
                language: "en" | "de" | "it" | "ro";
                sent_at: string | null;
                /** @enum {string} */
                status: "pending" | "sending" | "sent" | "failed";
                to_email: string;
            }[];
            endorsements: {
                challenge_id: string;
                created_at: string;
            }[];
            /** @description Matchmaking events (issue 16): your registrations and applications, the meeting requests you sent or received, your meetings and your follow-ups. */
            events: {
                follow_ups: {
                    created_at: string;
                    meeting_id: string;
                    met: boolean;
                    next_step: string;
                }[];
                meeting_requests: {
                    created_at: string;
                    decided_at: string | null;
                    event_id: string;
                    id: string;
                    message: string;
                    other_person: string;
                    sent_by_you: boolean;
                    status: string;
                }[];
                meetings: {
                    ends_at: string | null;
                    event_id: string;
                    id: string;
                    other_person: string;
                    starts_at: string | null;
                    table_number: number | null;
                }[];
                registrations: {
                    availability: {
                        end: string;
                        start: string;
                    }[] | null;
                    created_at: string;
                    decided_at: string | null;
                    event_id: string;
                    event_title: string;
                    note: string;
                    status: string;
                    terms_accepted_at: string;
                }[];
            };
            /** @description Your expert profile (issue 16), whether or not you made it public; null if you never saved one. */
            expert_profile: {
                bio: string;
                expertise: string[];
                headline: string;
                juror: boolean;
                languages: string[];
                mentor: boolean;
                public: boolean;
                updated_at: string;
            } | null;
            generated_at: string;
            invitations_received: {
                accepted_at: string | null;
                challenge_id: string | null;
                cluster_id: string | null;
                created_at: string;
                expires_at: string;
                id: string;
                /** @enum {string} */
                kind: "jury" | "moderator" | "team";
                last_sent_at: string;
                /** @enum {string|null} */
                role: "technical_lead" | "clinical_lead" | "business_lead" | "other" | null;
                /** @enum {string} */
                status: "pending" | "accepted" | "revoked";
            }[];
            invitations_sent: {
                accepted_at: string | null;
                challenge_id: string | null;
                cluster_id: string | null;
                created_at: string;
                email: string;
                expires_at: string;
                id: string;
                /** @enum {string} */
                kind: "jury" | "moderator" | "team";
                last_sent_at: string;
                /** @enum {string|null} */
                role: "technical_lead" | "clinical_lead" | "business_lead" | "other" | null;
                /** @enum {string} */
                status: "pending" | "accepted" | "revoked";
            }[];
            jury_seats: {
                challenge_id: string;
                /** @description Of them, those you declared (or were recused for) a conflict on. */
                conflicts: number;
                created_at: string;
                /** @description Solutions in the running you declared on, at this stage. */
                declared: number;
                /** @description Solutions in the running you scored at this stage, without a conflict. */
                scored: number;
                stage: number;
            }[];
            /** @description The messages you wrote in them. */
            messages_sent: {
                body: string;
                conversation_id: string;
                created_at: string;
                id: string;
            }[];
            /** @description Only the kinds you changed; the others follow the defaults. */
            notification_preferences: {
                /** @enum {string} */
                channel: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                kind: "challenge_submitted" | "challenge_approved" | "changes_requested" | "challenge_rejected" | "question_asked" | "question_answered" | "solution_submitted" | "invitation" | "scoring_reminder" | "results_published" | "report_filed" | "saved_search_match" | "cooperation_opened" | "stage_advanced" | "stage_not_advanced" | "call_submitted" | "call_published" | "call_changes_requested" | "call_closed" | "affiliation_confirmed" | "affiliation_declined" | "meeting_requested" | "meeting_accepted" | "meeting_reminder" | "message_received" | "challenge_fits" | "affiliation_claimed" | "event_cancelled" | "webhook_disabled" | "milestone_reached";
            }[];
            notifications: {
                challenge_id: string | null;
                created_at: string;
                /** @enum {string|null} */
                digest: "daily" | "weekly" | null;
                digested_at: string | null;
                id: string;
                /** @enum {string} */
                kind: "challenge_submitted" | "challenge_approved" | "changes_requested" | "challenge_rejected" | "question_asked" | "question_answered" | "solution_submitted" | "invitation" | "scoring_reminder" | "results_published" | "report_filed" | "saved_search_match" | "cooperation_opened" | "stage_advanced" | "stage_not_advanced" | "call_submitted" | "call_published" | "call_changes_requested" | "call_closed" | "affiliation_confirmed" | "affiliation_declined" | "meeting_requested" | "meeting_accepted" | "meeting_reminder" | "message_received" | "challenge_fits" | "affiliation_claimed" | "event_cancelled" | "webhook_disabled" | "milestone_reached";
                params: {
                    [key: string]: string | number | null;
                };
                read_at: string | null;
            }[];
            organization: {
                country: string;
                id: string;
                /** @enum {string} */
                kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
                name: string;
                profile: {
                    description: string | null;
                    facets: {
                        facet: string;
                        value: string;
                    }[];
                    listed_at: string | null;
                    region: string | null;
                    trl_max: number | null;
                    trl_min: number | null;
                    website: string | null;
                };
                /** @enum {string|null} */
                size: "micro" | "small" | "medium" | "large" | null;
            } | null;
            /** @description Your claims to belong to organizations and how they were decided (issue 16); not who decided them. */
            organization_memberships: {
                claimed_at: string;
                decided_at: string | null;
                organization_id: string;
                organization_name: string;
                /** @enum {string} */
                role: "member" | "admin";
                /** @enum {string} */
                status: "claimed" | "confirmed" | "declined";
                /** @enum {string|null} */
                via: "created" | "domain" | "admin" | "moderator" | null;
            }[];
            questions_asked: {
                answer: string | null;
                answered_at: string | null;
                body: string;
                challenge_id: string;
                created_at: string;
                hidden_at: string | null;
                id: string;
            }[];
            reports: {
                created_at: string;
                entity_id: string;
                /** @enum {string} */
                entity_type: "challenge" | "question" | "solution";
                id: string;
                reason: string;
                resolved_at: string | null;
                /** @enum {string} */
                status: "open" | "dismissed" | "actioned";
            }[];
            /** @description Without the secret address of their feeds. */
            saved_searches: {
                created_at: string;
                id: string;
                name: string;
                query: {
                    [key: string]: string;
                };
            }[];
            score_drafts: {
                comment: string | null;
                scores: {
                    [key: string]: number;
                };
                solution_id: string;
                stage: number;
                updated_at: string;
            }[];
            scores: {
                comment: string | null;
                created_at: string;
                scores: {
                    [key: string]: number;
                };
                solution_id: string;
                stage: number;
                updated_at: string;
            }[];
            sessions: {
                created_at: string;
                expires_at: string;
                last_seen_at: string | null;
                revoked_at: string | null;
                user_agent: string | null;
            }[];
            /** @description Where your solutions stand in each stage of their challenge, and what you sent to it. */
            solution_stages: {
                feedback_shared: boolean;
                /** @enum {string} */
                outcome: "pending" | "advanced" | "not_advanced" | "winner" | "not_selected";
                outcome_at: string | null;
                snapshot: {
                    [key: string]: unknown;
                } | null;
                solution_id: string;
                stage: number;
                submitted_at: string | null;
            }[];
            solutions: {
                approach: string;
                budget_amount_minor: number | null;
                budget_currency: string | null;
                challenge_id: string;
                created_at: string;
                hidden_at: string | null;
                id: string;
                /** @enum {string} */
                ip_status: "none" | "patent_filed" | "patent_granted" | "open_source" | "trade_secret";
                links: string[];
                name_if_winner: boolean;
                organization_id: string | null;
                /** @enum {string} */
                status: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
                submitted_at: string | null;
                submitter_id: string;
                summary: string;
                summary_public: boolean;
                team: string;
                title: string;
                trl: number;
                updated_at: string;
                version: number;
                work_plan: string | null;
            }[];
            /** @description Pitch slots given to your solutions. */
            stage_slots: {
                ends_at: string;
                location: string;
                solution_id: string;
                stage: number;
                starts_at: string;
            }[];
            /** @description The solution teams you are on (your own solutions’ included), with your role. */
            team_memberships: {
                added_at: string;
                organization_name: string;
                /** @enum {string} */
                role: "technical_lead" | "clinical_lead" | "business_lead" | "other";
                solution_id: string;
            }[];
            /** @description The challenges' terms you accepted on a solution: which version, and when. */
            terms_acceptances: {
                accepted_at: string;
                challenge_id: string;
                solution_id: string;
                version: number;
            }[];
            /** @description Your webhook subscriptions; never their signing secrets, nor what was delivered. */
            webhooks: {
                created_at: string;
                disabled_at: string | null;
                events: string[];
                url: string;
            }[];
        };
        Decision: {
            note?: string;
            /**
             * @description For each winner scored by fewer jurors than the challenge's min_evaluations: a note saying why it may win anyway.
             * @default []
             */
            overrides: {
                /** @description Why this winner may win although fewer jurors than the minimum scored it (10–1000 characters). */
                note: string;
                solution_id: string;
            }[];
            /** @default [] */
            shortlist: string[];
            winners: string[];
        };
        EmailChange: {
            current_password: string;
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
        };
        Endorsement: {
            endorsed: boolean;
            endorsement_count: number;
        };
        EvaluationInput: {
            comment?: string;
            /** @description true: save what you have so far (any criteria) to finish later. A draft never counts in the ranking or in your progress; send every criterion without `draft` to finish. Not possible once you have sent a complete score. */
            draft?: boolean;
            scores: {
                [key: string]: number;
            };
        };
        EvaluationReport: {
            agreement: {
                criteria: {
                    /** @description Krippendorff's alpha (interval); null when there is no variation or no solution scored twice. */
                    alpha: number | null;
                    key: string;
                    label: string;
                    /**
                     * @description Krippendorff's convention: good ≥ 0.8, tentative 0.667–0.8, low below.
                     * @enum {string|null}
                     */
                    reading: "good" | "tentative" | "low" | null;
                }[];
                /** @description To discuss before deciding: spread ≥ 20 or 3 points apart on a criterion; at most 10. */
                disputed: {
                    /** @description Criteria on which the scores lie 3 or more apart. */
                    criteria: string[];
                    evaluations: number;
                    solution_id: string;
                    /** @description Sample standard deviation of the jurors' weighted scores (0–100). */
                    spread: number;
                    title: string;
                }[];
                jurors: number;
                /** @description Over all criterion scores pooled (each solution and criterion one unit). */
                overall: {
                    /** @description Krippendorff's alpha (interval); null when there is no variation or no solution scored twice. */
                    alpha: number | null;
                    /**
                     * @description Krippendorff's convention: good ≥ 0.8, tentative 0.667–0.8, low below.
                     * @enum {string|null}
                     */
                    reading: "good" | "tentative" | "low" | null;
                };
            };
            challenge: {
                agreement_note: string;
                criteria: {
                    key: string;
                    label: string;
                    weight: number;
                }[];
                decided_at: string | null;
                /** @description The note of the decision, once decided. */
                decision_note: string | null;
                id: string;
                method_notes: {
                    normalised: string;
                    weighted: string;
                };
                min_evaluations: number;
                /** @enum {string} */
                status: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
                title: string;
            };
            comments: {
                comments: {
                    comment: string;
                    evaluated_at: string;
                    evaluator_id: string;
                    juror: string;
                }[];
                solution_id: string;
                title: string;
            }[];
            conflicts: {
                declared_at: string;
                evaluator_id: string;
                juror: string;
                reason: string | null;
                solution_id: string;
                title: string;
            }[];
            decision: {
                decided_at: string | null;
                note: string | null;
                shortlisted: {
                    solution_id: string;
                    title: string;
                }[];
                winners: {
                    solution_id: string;
                    title: string;
                }[];
            };
            /** @description Per criterion, the scores that count by value. */
            distribution: {
                /** @description How many scores of 1, 2, 3, 4 and 5. */
                counts: number[];
                key: string;
                label: string;
            }[];
            jurors: {
                /** @description Conflicts declared on solutions in the running. */
                conflicts: number;
                /** @description Evaluations that count. */
                evaluations: number;
                /** @description Their mean minus the mean of all evaluations that count: above 0 lenient, below 0 harsh. */
                leniency: number | null;
                /** @description Mean of their weighted scores (0–100). */
                mean_score: number | null;
                /** @description Empty when the account was deleted. */
                name: string;
                user_id: string;
            }[];
            /** @description Mean weighted score (0–100) of all evaluations that count: the base of leniency. */
            mean_score: number | null;
            overrides: {
                created_at: string;
                note: string;
                solution_id: string;
                title: string;
            }[];
            ranking: {
                criteria: {
                    key: string;
                    /** @description Mean score 1–5. */
                    mean: number | null;
                    /** @description Sample standard deviation of the scores 1–5. */
                    spread: number | null;
                }[];
                evaluations: number;
                normalised_rank: number;
                normalised_score: number | null;
                organization: string | null;
                override_note: string | null;
                /** @description Weighted score 0–100. */
                score: number | null;
                solution_id: string;
                /** @description Sample standard deviation of the jurors' weighted scores (0–100); null with fewer than 2. */
                spread: number | null;
                /** @enum {string} */
                status: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
                title: string;
                under_minimum: boolean;
                weighted_rank: number;
            }[];
            /** @description The `cursor` of the ranking's next page; null on the last. Issue 17: the ranking and its criteria come a page at a time, every other part whole. */
            ranking_next: string | null;
            /** @description Solutions in the ranking, over all its pages. */
            ranking_total: number;
            /** @description Whether the weighted and the normalised ranking differ in the top places. */
            top_disagreement: {
                disagree: boolean;
                /** @description How many top places were compared: max(3, winners + shortlist). */
                places: number;
                sentence: string;
                solutions: {
                    normalised_rank: number;
                    solution_id: string;
                    weighted_rank: number;
                }[];
            };
        };
        Evaluator: {
            assigned_at: string;
            /** @description Of those, the ones they declared a conflict on. */
            conflicts: number;
            /** @description Solutions in the running (ranked, not hidden) on which they declared, either way. */
            declared: number;
            /** @description Empty when the account was deleted. */
            name: string;
            organization: string | null;
            /** @description Solutions in the running they scored and have no conflict on: scores that count. */
            scored: number;
            user_id: string;
        };
        Event: {
            capacity: number | null;
            cluster: {
                id: string;
                name: string;
                slug: string;
            };
            /** @description Slugs of the co-hosting clusters. */
            clusters: string[];
            description: string;
            ends_at: string;
            id: string;
            /** @enum {string} */
            kind: "partnering" | "exchange_visit";
            /** @description Shown to registered participants and organisers only. */
            link: string | null;
            /** @description Your requests, sent and received; null unless you are registered. */
            meeting_requests: components["schemas"]["MeetingRequest"][] | null;
            /** @enum {string} */
            mode: "online" | "on_site";
            /** @enum {string|null} */
            my_registration: "registered" | "applied" | "accepted" | "declined" | null;
            /** @description Registered participants and organisers only; null for others. */
            participants: components["schemas"]["EventParticipant"][] | null;
            places_taken: number;
            slot_minutes: number;
            starts_at: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            tables: number;
            terms: string;
            timezone: string;
            title: string;
            topic: string;
            venue: string | null;
            version: number;
        };
        EventInput: {
            /** @description Places; null for no limit. */
            capacity?: number | null;
            /** @description The host cluster (its slug). */
            cluster: string;
            /** @description Slugs of other clusters holding the event together with the host. */
            clusters?: string[];
            description?: string;
            /**
             * Format: date-time
             * @description An instant, ISO 8601 with an offset or Z.
             * @example 2027-03-15T08:00:00Z
             */
            ends_at: string;
            /**
             * @description partnering (one-to-one meetings between participants) or exchange_visit (people apply, the host accepts).
             * @enum {string}
             */
            kind?: "partnering" | "exchange_visit";
            /**
             * Format: uri
             * @description The video link of an online event.
             * @example https://meet.example.org/partnering
             */
            link?: string | null;
            /**
             * @description online or on_site.
             * @enum {string}
             */
            mode: "online" | "on_site";
            /** @description Length of a meeting slot. */
            slot_minutes?: number;
            /**
             * Format: date-time
             * @description An instant, ISO 8601 with an offset or Z.
             * @example 2027-03-15T08:00:00Z
             */
            starts_at: string;
            /**
             * @description draft (organisers only) or published.
             * @enum {string}
             */
            status?: "draft" | "published";
            /** @description Meeting tables (or video rooms) per slot. */
            tables?: number;
            /** @description What participants accept when they register. */
            terms?: string;
            /**
             * @description The IANA time zone of the event.
             * @example Europe/Berlin
             */
            timezone: string;
            title: string;
            topic?: string;
            /** @description Where, on site. */
            venue?: string | null;
        };
        EventPage: {
            data: components["schemas"]["EventSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        EventParticipant: components["schemas"]["EventPerson"] & {
            /** @description From their expert profile, if public. */
            headline: string | null;
            organization: string | null;
            /** @enum {string} */
            status: "registered" | "applied" | "accepted" | "declined";
        };
        EventPatch: {
            /** @description Places; null for no limit. */
            capacity?: number | null;
            description?: string;
            /**
             * Format: date-time
             * @description An instant, ISO 8601 with an offset or Z.
             * @example 2027-03-15T08:00:00Z
             */
            ends_at?: string;
            /**
             * Format: uri
             * @description The video link of an online event.
             * @example https://meet.example.org/partnering
             */
            link?: string | null;
            /**
             * @description online or on_site.
             * @enum {string}
             */
            mode?: "online" | "on_site";
            /** @description Length of a meeting slot. */
            slot_minutes?: number;
            /**
             * Format: date-time
             * @description An instant, ISO 8601 with an offset or Z.
             * @example 2027-03-15T08:00:00Z
             */
            starts_at?: string;
            /** @enum {string} */
            status?: "draft" | "published" | "cancelled";
            /** @description Meeting tables (or video rooms) per slot. */
            tables?: number;
            /** @description What participants accept when they register. */
            terms?: string;
            /**
             * @description The IANA time zone of the event.
             * @example Europe/Berlin
             */
            timezone?: string;
            title?: string;
            topic?: string;
            /** @description Where, on site. */
            venue?: string | null;
            /** @description The version you read (or send If-Match). */
            version?: number;
        };
        EventPerson: {
            id: string;
            name: string;
        };
        EventSummary: {
            capacity: number | null;
            cluster: {
                name: string;
                slug: string;
            };
            ends_at: string;
            id: string;
            /** @enum {string} */
            kind: "partnering" | "exchange_visit";
            /** @enum {string} */
            mode: "online" | "on_site";
            starts_at: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            timezone: string;
            title: string;
            topic: string;
            venue: string | null;
        };
        ExpertProfile: {
            bio: string;
            /**
             * @example [
             *       "liquid-biopsy",
             *       "oncology"
             *     ]
             */
            expertise: string[];
            /** @example Molecular pathologist, liquid biopsy in lung cancer */
            headline: string;
            /** @description Available to sit on juries. */
            juror: boolean;
            /**
             * @example [
             *       "de",
             *       "en"
             *     ]
             */
            languages: string[];
            /** @description Available to mentor start-ups. */
            mentor: boolean;
            /** @description Listed in the people directory for everyone. Off until they say so. */
            public: boolean;
            /** @description Null until they first save it. */
            updated_at: string | null;
        };
        ExpertProfilePatch: {
            bio?: string;
            /** @description Lower-case words joined by hyphens (remote-monitoring). The pages turn typed words into these: "Remote monitoring" is stored as remote-monitoring. */
            expertise?: string[];
            headline?: string;
            juror?: boolean;
            /**
             * @description ISO 639-1 codes of the languages they work in (at most 10).
             * @example [
             *       "de",
             *       "en"
             *     ]
             */
            languages?: string[];
            mentor?: boolean;
            public?: boolean;
        };
        /** @description For the submitter after the decision, when the owner shares the jury's feedback. */
        Feedback: {
            /** @description Jury comments, without the evaluators' names. */
            comments: string[];
            /** @description Mean score 1–5 per criterion. */
            criteria: {
                [key: string]: number;
            };
            evaluations: number;
            score: number | null;
        } | null;
        FollowUp: {
            created_at: string;
            meeting_id: string;
            met: boolean;
            /** @enum {string} */
            next_step: "none" | "call" | "nda" | "pilot" | "joint_application";
        };
        FollowUpInput: {
            met: boolean;
            /**
             * @default none
             * @enum {string}
             */
            next_step: "none" | "call" | "nda" | "pilot" | "joint_application";
        };
        Health: {
            migrations_applied: number;
            /** @example 0001_challenge_search */
            schema_version: string;
            /** @enum {string} */
            status: "ok";
        };
        ImpactFigures: {
            /**
             * @description `full` for the cluster's moderators and admins; `public` for everyone else (public figures only).
             * @enum {string}
             */
            audience: "full" | "public";
            /** @description Cooperation projects after decisions; zero until the first one is recorded. In the public figures, only cooperations both sides made public, and only their public milestones. */
            cooperations: {
                funding: {
                    amount_minor: number;
                    currency: string;
                }[];
                /** @description One entry per quarter of the range, zeros included. */
                kpis_met: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
                /** @description One entry per quarter of the range, zeros included. */
                pilots_completed: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
                /** @description Now, whatever the range: a pilot start done and no pilot end done. */
                pilots_running: number;
                /** @description One entry per quarter of the range, zeros included. */
                pilots_started: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
                /** @description One entry per quarter of the range, zeros included. */
                started: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
            } | null;
            /** @description One entry per quarter of the range, zeros included. */
            decisions: {
                /** @example 2024-Q1 */
                quarter: string;
                value: number;
            }[];
            /** @description Challenges decided in the range and those in evaluation now. */
            jury: {
                challenges: number;
                /** @description evaluations / expected, 0–1. */
                completion: number | null;
                evaluations: number;
                /** @description Jury seats × solutions in the running − declared conflicts. */
                expected: number;
                jurors: number;
                max_per_juror: number;
                seats: number;
            } | null;
            /** @description One-to-one meetings at matchmaking events, by the quarter of the event: held (either side said they met), and the next steps named in follow-ups (none, call, nda, pilot, joint_application). */
            meetings: {
                /** @description One entry per quarter of the range, zeros included. */
                held: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
                next_steps: {
                    key: string;
                    value: number;
                }[];
            };
            needs: {
                /** @description One entry per quarter of the range, zeros included. */
                posted: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[] | null;
                /** @description One entry per quarter of the range, zeros included. */
                published: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
            };
            /** @description Medians and p90 are exact for `from`–`to` (both included); counts, distinct SMEs among them, are kept by quarter, so they cover the whole quarters `counts_from`–`counts_to`. */
            range: {
                counts_from: string;
                counts_to: string;
                from: string;
                quarters: string[];
                to: string;
            };
            scope: {
                /** @description With `?call=` only: the call whose challenges the figures count. */
                call?: {
                    id: string;
                    title: string;
                };
                /** @enum {string} */
                kind: "cluster" | "network";
                name: string | null;
                slug: string | null;
            };
            /** @description Distinct SMEs among the submitters of solutions in the whole quarters `counts_from`–`counts_to`: organizations of size micro, small or medium, or without a size of kind sme or startup. */
            smes: {
                /** @description One entry per quarter of the range, zeros included. */
                by_quarter: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[];
                total: number;
            } | null;
            solutions: {
                /** @description Over the counted quarters. In the public figures, countries with fewer than 5 solutions are left out (k-anonymity). */
                by_country: {
                    /** @example DE */
                    key: string;
                    value: number;
                }[];
                by_kind: {
                    /** @example DE */
                    key: string;
                    value: number;
                }[] | null;
                /** @description One entry per quarter of the range, zeros included. */
                by_quarter: {
                    /** @example 2024-Q1 */
                    quarter: string;
                    value: number;
                }[] | null;
                /** @description Some countries were left out of some quarters for having fewer than 5 solutions there; the range sums only the quarters shown. */
                countries_withheld: boolean;
                total: number | null;
            };
            /** @description Days from a need being posted (submitted for review) or published to its decision. */
            time_to_decision: {
                from_posting: {
                    /** @description By quarter of the decision. */
                    by_quarter: {
                        median_days: number | null;
                        /** @description Challenges decided. */
                        n: number;
                        /** @description Nearest rank: the ⌈0.9·n⌉-th shortest. */
                        p90_days: number | null;
                        quarter: string;
                    }[];
                    overall: {
                        median_days: number | null;
                        /** @description Challenges decided. */
                        n: number;
                        /** @description Nearest rank: the ⌈0.9·n⌉-th shortest. */
                        p90_days: number | null;
                    };
                };
                from_publication: {
                    /** @description By quarter of the decision. */
                    by_quarter: {
                        median_days: number | null;
                        /** @description Challenges decided. */
                        n: number;
                        /** @description Nearest rank: the ⌈0.9·n⌉-th shortest. */
                        p90_days: number | null;
                        quarter: string;
                    }[];
                    overall: {
                        median_days: number | null;
                        /** @description Challenges decided. */
                        n: number;
                        /** @description Nearest rank: the ⌈0.9·n⌉-th shortest. */
                        p90_days: number | null;
                    };
                };
            } | null;
        };
        Inbox: {
            data: components["schemas"]["Notification"][];
            next_cursor: string | null;
            unread_count: number;
        };
        Invitation: {
            accepted_at: string | null;
            created_at: string;
            email: string;
            expires_at: string;
            id: string;
            last_sent_at: string;
            sent_count: number;
            /** @description A jury invitation: the stage whose jury the seat is on (issue 15). */
            stage?: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        InvitationInput: {
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
            /**
             * @description Language of the email if no account uses the address yet; yours otherwise.
             * @enum {string}
             */
            language?: "en" | "de" | "it" | "ro";
        };
        JWKS: {
            keys: ({
                alg: string;
                kid: string;
                kty: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        JuryInvitationInput: {
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
            /**
             * @description Language of the email if no account uses the address yet; yours otherwise.
             * @enum {string}
             */
            language?: "en" | "de" | "it" | "ro";
            /** @description The stage whose jury the seat is on (1–5): the current one by default, or a later one the challenge has. A stage already advanced is closed (409). */
            stage?: number;
        };
        LinkToken: {
            /**
             * @description The `token` of the link in the email.
             * @example 0190c1b2-….hX9…
             */
            token: string;
        };
        LoginInput: {
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
            password: string;
        };
        ManagedOrganization: components["schemas"]["OrganizationSummary"] & {
            /** @description Its home cluster: its moderators decide claims. */
            cluster_id: string | null;
            /** @description When it went into the directory; null = not listed. */
            listed_at?: string | null;
            /** @description When a moderator of its cluster or an admin vouched for it; only a verified organization is listed. */
            verified_at: string | null;
            /** @description Bumped by every edit: send it back as `version` (or If-Match) so a concurrent edit is not overwritten. */
            version: number;
        };
        /** @description `{ ids }` marks those read, `{ all: true }` every one. */
        MarkRead: {
            ids: string[];
        } | {
            /** @enum {boolean} */
            all: true;
        };
        /** @description What made the match: every part of the reason comes from one of these. */
        MatchedFacets: {
            /** @description Tags shared with the challenge. */
            capability: string[];
            offers: ("pilot_site" | "clinical_data" | "co_development" | "test_bed" | "investment" | "mentoring" | "regulatory_advice")[];
            /** @enum {string|null} */
            pathway: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation" | null;
            /** @enum {string|null} */
            regulatory: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            seeks: ("pilot_site" | "clinical_data" | "co_development" | "test_bed" | "investment" | "mentoring" | "regulatory_advice")[];
            trl: {
                challenge: [
                    number,
                    number
                ];
                partner: [
                    number,
                    number
                ];
            } | null;
        };
        Me: {
            clusters: {
                name: string;
                /** @enum {string} */
                role: "moderator" | "member";
                slug: string;
            }[];
            organization: components["schemas"]["Organization"];
            /** @description The organization this account claims to belong to, waiting for its administrators, a moderator of its cluster or an admin to confirm (one at a time); until then the account is shown without it. */
            pending_organization: {
                id: string;
                name: string;
            } | null;
            /** @description Everything this account may act as. */
            roles: ("clinician" | "solver" | "staff" | "evaluator" | "moderator" | "admin")[];
            user: components["schemas"]["User"];
        };
        Meeting: {
            ends_at: string | null;
            from: components["schemas"]["EventPerson"];
            id: string;
            my_follow_up: {
                met: boolean;
                /** @enum {string} */
                next_step: "none" | "call" | "nda" | "pilot" | "joint_application";
            } | null;
            request_id: string;
            starts_at: string | null;
            table: number | null;
            to: components["schemas"]["EventPerson"];
            unplaced: components["schemas"]["UnplacedReason"];
            video_link: string | null;
        };
        MeetingRequest: {
            created_at: string;
            decided_at: string | null;
            event_id: string;
            from: components["schemas"]["EventPerson"];
            id: string;
            message: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined";
            to: components["schemas"]["EventPerson"];
        };
        MeetingRequestInput: {
            /** @default  */
            message: string;
            /** @description The participant you would like to meet (their user id). */
            to: string;
        };
        Membership: {
            claimed_at: string;
            decided_at: string | null;
            organization_id: string;
            /** @enum {string} */
            role: "member" | "admin";
            /**
             * @description claimed: waiting for a decision; confirmed: their affiliation; declined.
             * @enum {string}
             */
            status: "claimed" | "confirmed" | "declined";
            user_id: string;
            /**
             * @description How it was confirmed or declined: created (they registered the organization), domain (their confirmed address is on a domain the organization verified), admin (an administrator of it, or a platform admin), moderator.
             * @enum {string|null}
             */
            via: "created" | "domain" | "admin" | "moderator" | null;
        };
        MembershipList: {
            /** @description Waiting claims first (oldest first), then members, then declined; at most 500. */
            data: components["schemas"]["MembershipListItem"][];
        };
        MembershipListItem: components["schemas"]["Membership"] & {
            email_confirmed: boolean;
            /**
             * @description The domain of their address, e.g. charite.de.
             * @example charite.de
             */
            email_domain: string;
            /** @description The person's name; empty for a deleted account. */
            name: string;
        };
        Message: {
            body: string;
            created_at: string;
            id: string;
            mine: boolean;
            sender: {
                id: string;
                /** @description Empty for an account that was deleted ("Former member"). */
                name: string;
            };
        };
        MessageInput: {
            /** @description The message, up to 4000 characters; relayed without your address. */
            body: string;
            /** @description Show your address to the others in this conversation (in the conversation view only, never in an email); `false` takes it back. */
            share_email?: boolean;
        };
        Milestone: {
            /**
             * Format: date
             * @description When it was achieved; set to today when done without one.
             * @example 2027-03-01
             */
            achieved_on: string | null;
            /**
             * @description regulatory only: MDR I–III, IVDR A–D.
             * @enum {string|null}
             */
            device_class: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            /** @description follow_on_funding only: in minor units (cents), never converted. */
            funding_amount_minor: number | null;
            /** @description follow_on_funding only: ISO 4217, e.g. EUR. */
            funding_currency: string | null;
            /** @description follow_on_funding only. */
            funding_programme: string | null;
            id: string;
            /** @enum {string} */
            kind: "letter_of_intent" | "agreement" | "ethics_approval" | "pilot_start" | "pilot_end" | "kpi_result" | "regulatory" | "follow_on_funding";
            /** @description kpi_result only, the clinic side only: the target was met. */
            kpi_met: boolean | null;
            /** @description kpi_result only: how it was measured. */
            kpi_method: string | null;
            /** @description kpi_result only, e.g. "%" or "minutes". */
            kpi_unit: string | null;
            /** @description kpi_result only: the measured value. */
            kpi_value: number | null;
            note: string;
            /** @description regulatory only. */
            notified_body: string | null;
            /**
             * Format: date
             * @description A date, YYYY-MM-DD.
             * @example 2027-03-01
             */
            planned_on: string | null;
            /** @description Shown on the public page once both sides agreed to publish the cooperation; set by the side that recorded the milestone. */
            public: boolean;
            /**
             * @description Who recorded it: the clinic side, the solution's team or a moderator. Only that side sets `public`; the other side's edits to a met KPI's measurement withdraw the verdict.
             * @enum {string}
             */
            recorded_by: "clinic" | "solver" | "moderator";
            /**
             * @description regulatory only: MDR or IVDR.
             * @enum {string|null}
             */
            regulation: "mdr" | "ivdr" | "none" | "unsure" | null;
            /**
             * @description planned, in_progress, done or cancelled.
             * @enum {string}
             */
            status: "planned" | "in_progress" | "done" | "cancelled";
            updated_at: string;
            version: number;
        };
        MilestoneInput: {
            /**
             * Format: date
             * @description When it was achieved; set to today when done without one.
             * @example 2027-03-01
             */
            achieved_on?: string | null;
            /**
             * @description regulatory only: MDR I–III, IVDR A–D.
             * @enum {string|null}
             */
            device_class?: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            /** @description follow_on_funding only: in minor units (cents), never converted. */
            funding_amount_minor?: number | null;
            /** @description follow_on_funding only: ISO 4217, e.g. EUR. */
            funding_currency?: string | null;
            /** @description follow_on_funding only. */
            funding_programme?: string | null;
            /** @enum {string} */
            kind: "letter_of_intent" | "agreement" | "ethics_approval" | "pilot_start" | "pilot_end" | "kpi_result" | "regulatory" | "follow_on_funding";
            /** @description kpi_result only, the clinic side only: the target was met. */
            kpi_met?: boolean | null;
            /** @description kpi_result only: how it was measured. */
            kpi_method?: string | null;
            /** @description kpi_result only, e.g. "%" or "minutes". */
            kpi_unit?: string | null;
            /** @description kpi_result only: the measured value. */
            kpi_value?: number | null;
            note?: string;
            /** @description regulatory only. */
            notified_body?: string | null;
            /**
             * Format: date
             * @description A date, YYYY-MM-DD.
             * @example 2027-03-01
             */
            planned_on?: string | null;
            /** @description Shown on the public page once both sides agreed to publish the cooperation; set by the side that recorded the milestone. */
            public?: boolean;
            /**
             * @description regulatory only: MDR or IVDR.
             * @enum {string|null}
             */
            regulation?: "mdr" | "ivdr" | "none" | "unsure" | null;
            /**
             * @description planned, in_progress, done or cancelled.
             * @enum {string}
             */
            status?: "planned" | "in_progress" | "done" | "cancelled";
        };
        MilestonePatch: {
            /**
             * Format: date
             * @description When it was achieved; set to today when done without one.
             * @example 2027-03-01
             */
            achieved_on?: string | null;
            /**
             * @description regulatory only: MDR I–III, IVDR A–D.
             * @enum {string|null}
             */
            device_class?: "I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D" | null;
            /** @description follow_on_funding only: in minor units (cents), never converted. */
            funding_amount_minor?: number | null;
            /** @description follow_on_funding only: ISO 4217, e.g. EUR. */
            funding_currency?: string | null;
            /** @description follow_on_funding only. */
            funding_programme?: string | null;
            /** @description kpi_result only, the clinic side only: the target was met. */
            kpi_met?: boolean | null;
            /** @description kpi_result only: how it was measured. */
            kpi_method?: string | null;
            /** @description kpi_result only, e.g. "%" or "minutes". */
            kpi_unit?: string | null;
            /** @description kpi_result only: the measured value. */
            kpi_value?: number | null;
            note?: string;
            /** @description regulatory only. */
            notified_body?: string | null;
            /**
             * Format: date
             * @description A date, YYYY-MM-DD.
             * @example 2027-03-01
             */
            planned_on?: string | null;
            /** @description Shown on the public page once both sides agreed to publish the cooperation; set by the side that recorded the milestone. */
            public?: boolean;
            /**
             * @description regulatory only: MDR or IVDR.
             * @enum {string|null}
             */
            regulation?: "mdr" | "ivdr" | "none" | "unsure" | null;
            /**
             * @description planned, in_progress, done or cancelled.
             * @enum {string}
             */
            status?: "planned" | "in_progress" | "done" | "cancelled";
            version?: number;
        };
        ModerationQueue: {
            challenges_in_review: {
                /** @description The cluster's slug. */
                cluster: string;
                cluster_name: string;
                deadline: string;
                id: string;
                /** @description Their name; empty when the account was deleted. */
                owner: string;
                submitted_at: string | null;
                title: string;
                version: number;
            }[];
            /** @description The clusters you moderate (all for admins), by name: the values of `cluster`. */
            clusters: {
                name: string;
                slug: string;
            }[];
            open_reports: {
                /** @description The challenge the reported challenge, question or solution belongs to. */
                challenge_id: string | null;
                challenge_title: string | null;
                /** @description The cluster's slug. */
                cluster: string;
                cluster_name: string;
                created_at: string;
                entity_id: string;
                entity_type: string;
                id: string;
                reason: string;
                /** @description Their name; empty when the account was deleted. */
                reporter: string;
                /** @description The reported thing in a few words: a title, or a question's first sentences. */
                subject: string | null;
            }[];
        };
        MyMatches: {
            calls: {
                call: {
                    closes_at: string;
                    id: string;
                    title: string;
                };
                challenge_ids: string[];
                reason: string;
                /** @description The best score of its challenges that fit. */
                score: number;
            }[];
            challenges: {
                challenge: {
                    call_id: string | null;
                    deadline: string;
                    id: string;
                    title: string;
                };
                matched: components["schemas"]["MatchedFacets"];
                /** @example oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6 */
                reason: string;
                /** @description The weighted sum of what matched (weights in the API guide). */
                score: number;
            }[];
            organization: {
                id: string;
                name: string;
            } | null;
        };
        NewApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description Shown once: send it as `Authorization: Bearer <secret>`. Only a digest is kept.
             * @example bsk_Qm9vdHN0cmFwIHRoZSBmdXR1cmUgb2YgbWVkaWNpbmU1234
             */
            secret: string;
        };
        NewWebhook: components["schemas"]["Webhook"] & {
            /**
             * @description Shown once: the Standard Webhooks signing secret. Verify each delivery with it (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        Notification: {
            challenge_id: string | null;
            created_at: string;
            id: string;
            /** @enum {string} */
            kind: "challenge_submitted" | "challenge_approved" | "changes_requested" | "challenge_rejected" | "question_asked" | "question_answered" | "solution_submitted" | "invitation" | "scoring_reminder" | "results_published" | "report_filed" | "saved_search_match" | "cooperation_opened" | "stage_advanced" | "stage_not_advanced" | "call_submitted" | "call_published" | "call_changes_requested" | "call_closed" | "affiliation_confirmed" | "affiliation_declined" | "meeting_requested" | "meeting_accepted" | "meeting_reminder" | "message_received" | "challenge_fits" | "affiliation_claimed" | "event_cancelled" | "webhook_disabled" | "milestone_reached";
            /** @description What happened, by kind: titles, excerpts and ids (the pages turn them into sentences). */
            params: {
                [key: string]: string | number | null;
            };
            read_at: string | null;
        };
        NotificationPreferences: {
            /** @description Per kind: off (only in Bedside), instant (email at once), daily or weekly digest. */
            channels: {
                /** @enum {string} */
                affiliation_claimed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                affiliation_confirmed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                affiliation_declined?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_changes_requested?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_closed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_published?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_submitted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_approved?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_fits?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_rejected?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_submitted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                changes_requested?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                cooperation_opened?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                event_cancelled?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                invitation?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                meeting_accepted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                meeting_reminder?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                meeting_requested?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                message_received?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                milestone_reached?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                question_answered?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                question_asked?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                report_filed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                results_published?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                saved_search_match?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                scoring_reminder?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                solution_submitted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                stage_advanced?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                stage_not_advanced?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                webhook_disabled?: "off" | "instant" | "daily" | "weekly";
            };
            /**
             * @description IANA time zone; digests arrive at 07:00 there.
             * @example Europe/Berlin
             */
            time_zone: string;
        };
        NotificationPreferencesInput: {
            channels?: {
                /** @enum {string} */
                affiliation_claimed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                affiliation_confirmed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                affiliation_declined?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_changes_requested?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_closed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_published?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                call_submitted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_approved?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_fits?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_rejected?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                challenge_submitted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                changes_requested?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                cooperation_opened?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                event_cancelled?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                invitation?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                meeting_accepted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                meeting_reminder?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                meeting_requested?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                message_received?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                milestone_reached?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                question_answered?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                question_asked?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                report_filed?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                results_published?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                saved_search_match?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                scoring_reminder?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                solution_submitted?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                stage_advanced?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                stage_not_advanced?: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                webhook_disabled?: "off" | "instant" | "daily" | "weekly";
            };
            time_zone?: string;
        };
        OpenDataIndex: {
            datasets: {
                columns: string[];
                /** @example /api/v1/open-data/challenges.csv */
                csv: string;
                /** @example /api/v1/open-data/challenges.json */
                json: string;
                /** @example challenges */
                name: string;
            }[];
            /** @enum {string} */
            licence: "CC-BY-4.0";
            /** Format: uri */
            licence_url: string;
        };
        OpenDataset: {
            dataset: string;
            /** @description The moment the rows were read as of. */
            generated_at: string;
            /** @enum {string} */
            licence: "CC-BY-4.0";
            /** @enum {string} */
            licence_url: "https://creativecommons.org/licenses/by/4.0/";
            rows: {
                [key: string]: unknown;
            }[];
        };
        Organization: {
            country: string;
            id: string;
            /** @enum {string} */
            kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
            name: string;
            /** @enum {string|null} */
            size: "micro" | "small" | "medium" | "large" | null;
        } | null;
        OrganizationDomain: {
            domain: string;
            organization_id: string;
            verified_at: string;
        };
        OrganizationInput: {
            country?: string;
            /** @enum {string} */
            kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
            name: string;
            /** @enum {string|null} */
            size?: "micro" | "small" | "medium" | "large" | null;
        };
        OrganizationPatch: {
            /**
             * Format: uuid
             * @description Its home cluster (admins only).
             */
            cluster_id?: string | null;
            description?: string | null;
            facets?: {
                /** @description What it can do, in the vocabulary of challenge tags (liquid-biopsy, remote-monitoring). */
                capability?: string[];
                /** @description What it offers partners. */
                offers?: ("pilot_site" | "clinical_data" | "co_development" | "test_bed" | "investment" | "mentoring" | "regulatory_advice")[];
                /** @description Care-pathway steps it works in. */
                pathway?: ("prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation")[];
                /** @description Regulatory experience: MDR classes I–III, IVDR classes A–D. */
                regulatory?: ("I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D")[];
                /** @description What it is looking for. */
                seeks?: ("pilot_site" | "clinical_data" | "co_development" | "test_bed" | "investment" | "mentoring" | "regulatory_advice")[];
            };
            /** @enum {string} */
            kind?: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
            /** @description false takes it out of the directory; true (or leaving it out) lists it once complete and verified. */
            listed?: boolean;
            region?: string | null;
            trl_max?: number | null;
            trl_min?: number | null;
            /**
             * @description Vouch for it (moderators of its home cluster, admins).
             * @enum {boolean}
             */
            verified?: true;
            /** @description The version this edit was made on (or send If-Match): 412 if someone saved in between. Left out, the edit is saved whatever was saved meanwhile. */
            version?: number;
            website?: string | null;
        };
        OrganizationProfile: components["schemas"]["OrganizationSummary"] & {
            /** @description Its challenges in the public catalogue (published, public visibility). */
            challenges: {
                /** @description How many there are, counted up to 100. */
                count: number;
                /** @description There are 100 or more: count says "at least". */
                count_capped: boolean;
                /** @description The newest 5. */
                items: {
                    id: string;
                    published_at: string | null;
                    /** @enum {string} */
                    status: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
                    title: string;
                }[];
            };
            /** @description Its cooperations both sides made public. */
            cooperations: {
                /** @description How many there are, counted up to 100. */
                count: number;
                /** @description There are 100 or more: count says "at least". */
                count_capped: boolean;
                /** @description The newest 5. */
                items: {
                    challenge_id: string;
                    challenge_title: string;
                    id: string;
                    /** @description The organization on the other side. */
                    partner: string | null;
                    solution_title: string;
                    started_at: string;
                }[];
            };
            /** @description Its solutions made public: the public results of the open data. */
            results: {
                /** @description How many there are, counted up to 100. */
                count: number;
                /** @description There are 100 or more: count says "at least". */
                count_capped: boolean;
                /** @description The newest 5. */
                items: {
                    challenge_id: string;
                    challenge_title: string;
                    decided_at: string;
                    /** @enum {string} */
                    outcome: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
                    solution_id: string;
                    title: string;
                }[];
            };
        };
        OrganizationSummary: {
            /** @description ISO 3166-1 alpha-2; '' when not told. */
            country: string;
            description: string | null;
            facets: {
                /** @description What it can do, in the vocabulary of challenge tags (liquid-biopsy, remote-monitoring). */
                capability: string[];
                /** @description What it offers partners. */
                offers: ("pilot_site" | "clinical_data" | "co_development" | "test_bed" | "investment" | "mentoring" | "regulatory_advice")[];
                /** @description Care-pathway steps it works in. */
                pathway: ("prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation")[];
                /** @description Regulatory experience: MDR classes I–III, IVDR classes A–D. */
                regulatory: ("I" | "IIa" | "IIb" | "III" | "A" | "B" | "C" | "D")[];
                /** @description What it is looking for. */
                seeks: ("pilot_site" | "clinical_data" | "co_development" | "test_bed" | "investment" | "mentoring" | "regulatory_advice")[];
            };
            id: string;
            /** @enum {string} */
            kind: "clinic" | "hospital" | "university" | "research_institute" | "sme" | "startup" | "industry" | "cluster_office" | "public_authority" | "investor";
            listed_at: string;
            name: string;
            region: string | null;
            trl_max: number | null;
            trl_min: number | null;
            website: string | null;
        };
        OutboxEntry: {
            attempts: number;
            created_at: string;
            id: string;
            /** @enum {string} */
            kind: "confirm_email" | "change_email" | "reset_password" | "digest" | "challenge_submitted" | "challenge_approved" | "changes_requested" | "challenge_rejected" | "question_asked" | "question_answered" | "solution_submitted" | "invitation" | "scoring_reminder" | "results_published" | "report_filed" | "saved_search_match" | "cooperation_opened" | "stage_advanced" | "stage_not_advanced" | "call_submitted" | "call_published" | "call_changes_requested" | "call_closed" | "affiliation_confirmed" | "affiliation_declined" | "meeting_requested" | "meeting_accepted" | "meeting_reminder" | "message_received" | "challenge_fits" | "affiliation_claimed" | "event_cancelled" | "webhook_disabled" | "milestone_reached";
            last_error: string | null;
            sent_at: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed";
            to_email: string;
        };
        PasswordChange: {
            current_password: string;
            password: string;
        };
        PasswordReset: {
            password: string;
            /**
             * @description The `token` of the link in the email.
             * @example 0190c1b2-….hX9…
             */
            token: string;
        };
        PasswordResetRequest: {
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
        };
        PeoplePage: {
            data: components["schemas"]["Person"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        Person: {
            bio: string;
            expertise: string[];
            headline: string;
            id: string;
            juror: boolean;
            languages: string[];
            mentor: boolean;
            name: string;
            organization: {
                id: string;
                /** @description Its profile is in the partner directory. */
                listed: boolean;
                name: string;
            } | null;
        };
        /** @description RFC 9457 problem document. */
        Problem: {
            detail: string;
            errors?: {
                actual?: string;
                expected?: string;
                message: string;
                path: string;
                /** @description not_eligible: the unmet rule of the call. */
                rule?: string;
            }[];
            instance: string;
            request_id: string;
            status: number;
            title: string;
            /** @example /problems/validation_failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
        PublicResult: {
            organization: string | null;
            rank: number;
            /** @description Weighted score 0–100; null without evaluations. */
            score: number | null;
            solution_id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
            /** @description In public results: the summary its solver made public. */
            summary: string | null;
            title: string;
        };
        Question: {
            answer: string | null;
            answered_at: string | null;
            asked_at: string;
            asked_by_me: boolean;
            body: string;
            id: string;
        };
        QuestionInput: {
            body: string;
        };
        Ranking: {
            challenge_id: string;
            criteria: {
                /** @description What a good answer looks like, for the jury. */
                description: string | null;
                key: string;
                label: string;
                weight: number;
            }[];
            data: components["schemas"]["RankingEntry"][];
            /**
             * @description The order of `data` and its `rank`.
             * @enum {string}
             */
            method: "weighted" | "normalised";
            /** @description How the method computes the score, in one paragraph. */
            method_note: string;
            min_evaluations: number;
            /** @description Issue 17: the ranking comes in pages of `limit` (default 50) in the order of `method`; the cursor of the next page for `?cursor=` (same method), or null on the last. */
            next?: string | null;
            /** @description Whether the weighted and the normalised ranking differ in the top places. */
            top_disagreement: {
                disagree: boolean;
                /** @description How many top places were compared: max(3, winners + shortlist). */
                places: number;
                sentence: string;
                solutions: {
                    normalised_rank: number;
                    solution_id: string;
                    weighted_rank: number;
                }[];
            };
            /** @description How many solutions the whole ranking holds for this viewer (all pages). */
            total?: number;
            /** @enum {string} */
            view: "full";
        } | {
            challenge_id: string;
            criteria: {
                /** @description What a good answer looks like, for the jury. */
                description: string | null;
                key: string;
                label: string;
                weight: number;
            }[];
            data: components["schemas"]["PublicResult"][];
            /**
             * @description After the decision: solutions whose summary is public.
             * @enum {string}
             */
            view: "public";
        };
        RankingEntry: {
            /** @description Mean score 1–5 per criterion. */
            criteria: {
                [key: string]: number;
            };
            evaluations: number;
            /** @description Place by the normalised score. */
            normalised_rank: number;
            /** @description Mean of the jurors' z-scores (each juror's weighted scores standardised); null without evaluations. */
            normalised_score: number | null;
            organization: string | null;
            /** @description Why it was named a winner although under the minimum of evaluations. */
            override: {
                created_at: string;
                note: string;
            } | null;
            rank: number;
            /** @description Weighted score 0–100; null without evaluations. */
            score: number | null;
            solution_id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
            submitted_at: string | null;
            /** @description In public results: the summary its solver made public. */
            summary: string | null;
            title: string;
            /** @description Scored by fewer jurors than the challenge's min_evaluations: it may win only with an override. */
            under_minimum: boolean;
            /** @description Place by the weighted score. */
            weighted_rank: number;
        };
        Recusal: {
            juror_id: string;
            juror_name: string;
            member: string;
            organization: string;
            reason: string;
            recused_at: string;
            solution_id: string;
            solution_title: string;
        };
        RegisterInput: {
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
            /** @enum {string} */
            kind: "clinician" | "solver";
            /**
             * @description The language of the emails Bedside sends this account; English when left out.
             * @enum {string}
             */
            language?: "en" | "de" | "it" | "ro";
            /** @example Dr. Anna Weber */
            name: string;
            organization?: components["schemas"]["OrganizationInput"];
            password: string;
        };
        Registration: {
            availability: {
                end: string;
                start: string;
            }[] | null;
            event_id: string;
            /** @enum {string} */
            status: "registered" | "applied" | "accepted" | "declined";
            terms_accepted_at: string;
            user_id: string;
        };
        RegistrationInput: {
            /**
             * @description Must be true: you accept the event's terms.
             * @enum {boolean}
             */
            accept_terms: true;
            /** @description When you can meet (instants); leave out for the whole event. */
            availability?: {
                /**
                 * Format: date-time
                 * @description An instant, ISO 8601 with an offset or Z.
                 * @example 2027-03-15T08:00:00Z
                 */
                end: string;
                /**
                 * Format: date-time
                 * @description An instant, ISO 8601 with an offset or Z.
                 * @example 2027-03-15T08:00:00Z
                 */
                start: string;
            }[] | null;
            /** @description An exchange visit: a word to the host. */
            note?: string;
        };
        Report: {
            created_at: string;
            entity_id: string;
            /** @enum {string} */
            entity_type: "challenge" | "question" | "solution";
            id: string;
            reason: string;
            resolution_note: string | null;
            resolved_at: string | null;
            /** @enum {string} */
            status: "open" | "dismissed" | "actioned";
        };
        ReportConversation: {
            /** @description What is wrong: the moderators read it, the other side does not. */
            reason: string;
        };
        ReportInput: {
            entity_id: string;
            /** @enum {string} */
            entity_type: "challenge" | "question" | "solution";
            reason: string;
        };
        ReportResolution: {
            /**
             * @description `hide` takes the reported content out of view.
             * @enum {string}
             */
            action: "dismiss" | "hide";
            note?: string;
        };
        SavedSearch: {
            created_at: string;
            /** @description Atom feed of its matches (public challenges); keep it private. */
            feed_url: string;
            id: string;
            name: string;
            /** @description The catalogue's query parameters. */
            query: {
                [key: string]: string;
            };
        };
        SavedSearchInput: {
            /** @description Cluster slug. */
            cluster?: string;
            /** @description ISO date or date-time; challenges whose submission deadline is earlier. */
            deadline_before?: string;
            /** @description What to call it; made from the filters when left out. */
            name?: string;
            /** @enum {string} */
            pathway?: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
            /** @description Full-text search over title, summary, problem, indication and tags. */
            q?: string;
            /** @enum {string} */
            status?: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
            tag?: string;
            /** @description A solution's TRL; matches challenges whose range includes it. */
            trl?: number;
        };
        Schedule: {
            event_id: string;
            meetings: components["schemas"]["Meeting"][];
            placed: number;
            /**
             * @description Your meetings, or every meeting (organisers).
             * @enum {string}
             */
            scope: "mine" | "all";
            unplaced: number;
        };
        Session: {
            /**
             * @description Seconds until the token expires.
             * @example 900
             */
            expires_in: number;
            /** @description ES256 access token; send as `Authorization: Bearer <token>`. */
            token: string;
            /** @enum {string} */
            token_type: "Bearer";
            user: components["schemas"]["User"];
        };
        ShareEmailInput: {
            /** @description `true` shows your address to the others here; `false` hides it again. */
            share_email: boolean;
        };
        Solution: {
            approach: string;
            attachments: components["schemas"]["Attachment"][];
            /** @description The challenge is reviewed blind and you are on its jury: the submitter, team, organization and links are withheld from you (team empty, links empty, submitter and organization null). */
            blind: boolean;
            /** @description The budget asked for, in minor units of budget_currency (cents for EUR). */
            budget_amount_minor: number | null;
            budget_currency: string | null;
            challenge_id: string;
            created_at: string;
            feedback: components["schemas"]["Feedback"];
            id: string;
            /** @enum {string} */
            ip_status: "none" | "patent_filed" | "patent_granted" | "open_source" | "trade_secret";
            links: string[];
            /** @description Your own scores, when you are on the jury. Never anyone else’s. */
            my_evaluation: {
                comment: string | null;
                scores: {
                    [key: string]: number;
                };
                updated_at: string;
            } | null;
            /** @description If it wins, the public results name it by title and organization even when the summary stays private. Default false. */
            name_if_winner: boolean;
            organization: {
                country: string;
                kind: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
            submitted_at: string | null;
            /** @description Null for a jury member of a challenge reviewed blind (see `blind`). */
            submitter: {
                id: string;
                /** @description Empty when the account was deleted. */
                name: string;
            } | null;
            summary: string;
            /** @description After the decision the public results show the title, organization, score and this summary. Default false. */
            summary_public: boolean;
            team: string;
            terms: components["schemas"]["SolutionTerms"];
            title: string;
            trl: number;
            updated_at: string;
            version: number;
            work_plan: string | null;
        };
        SolutionCreate: {
            approach: string;
            /** @description The budget asked for, in minor units of budget_currency (cents for EUR). */
            budget_amount_minor?: number | null;
            budget_currency?: string | null;
            /** @enum {string} */
            ip_status?: "none" | "patent_filed" | "patent_granted" | "open_source" | "trade_secret";
            links?: string[];
            /** @description If it wins, the public results name it by title and organization even when the summary stays private. Default false. */
            name_if_winner?: boolean;
            summary: string;
            /** @description After the decision the public results show the title, organization, score and this summary. Default false. */
            summary_public?: boolean;
            team?: string;
            title: string;
            trl: number;
            work_plan?: string | null;
        } & {
            /** @default [] */
            links: string[];
            /**
             * @description Submit now instead of saving a draft.
             * @default false
             */
            submit: boolean;
        };
        SolutionFields: {
            approach: string;
            /** @description The budget asked for, in minor units of budget_currency (cents for EUR). */
            budget_amount_minor?: number | null;
            budget_currency?: string | null;
            /** @enum {string} */
            ip_status?: "none" | "patent_filed" | "patent_granted" | "open_source" | "trade_secret";
            links?: string[];
            /** @description If it wins, the public results name it by title and organization even when the summary stays private. Default false. */
            name_if_winner?: boolean;
            summary: string;
            /** @description After the decision the public results show the title, organization, score and this summary. Default false. */
            summary_public?: boolean;
            team?: string;
            title: string;
            trl: number;
            work_plan?: string | null;
        };
        SolutionListItem: {
            /** @description Reviewed blind and you are on the jury: the organization is withheld (null), not missing. */
            blind: boolean;
            id: string;
            mine: boolean;
            /** @description Jury only: your declaration (null: not yet declared). */
            my_conflict: boolean | null;
            /** @description Jury only: whether you have scored it. */
            my_scored: boolean;
            organization: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "shortlisted" | "winner" | "not_selected";
            submitted_at: string | null;
            summary: string | null;
            title: string;
            trl: number | null;
        };
        SolutionPatch: {
            approach?: string;
            /** @description The budget asked for, in minor units of budget_currency (cents for EUR). */
            budget_amount_minor?: number | null;
            budget_currency?: string | null;
            /** @enum {string} */
            ip_status?: "none" | "patent_filed" | "patent_granted" | "open_source" | "trade_secret";
            links?: string[];
            /** @description If it wins, the public results name it by title and organization even when the summary stays private. Default false. */
            name_if_winner?: boolean;
            summary?: string;
            /** @description After the decision the public results show the title, organization, score and this summary. Default false. */
            summary_public?: boolean;
            team?: string;
            title?: string;
            trl?: number;
            version?: number;
            work_plan?: string | null;
        };
        /** @description The challenge's terms in force and the team's acceptances (who, which version, when). */
        SolutionTerms: {
            /** @description Every acceptance, newest version first. */
            acceptances: components["schemas"]["TermsAcceptance"][];
            /** @description The challenge's terms in force (null: none). */
            current_version: number | null;
            /** @description Team members who have not accepted the version in force: the solution cannot be submitted until this is empty. */
            not_accepted: {
                name: string;
                user_id: string;
            }[];
        };
        Stage: {
            advanced_at: string | null;
            closed_at: string | null;
            /** @description What this stage’s jury scores; keys are unique across stages. */
            criteria: components["schemas"]["Criterion"][];
            /** @description When submissions to this stage close. */
            deadline: string;
            evaluation_deadline: string | null;
            /** @enum {string} */
            kind: "submission" | "expression_of_interest" | "full_proposal" | "pitch";
            min_evaluations: number;
            /** @description Empty: the default name ("Solutions"), in the reader’s language. */
            name: string;
            opened_at: string | null;
            /** @description What solvers fill in for this stage. */
            required_fields: ("title" | "summary" | "trl" | "approach" | "team" | "ip_status" | "links" | "attachments" | "budget" | "work_plan" | "pitch_slot")[];
            share_feedback: boolean;
            stage: number;
        };
        StageInput: {
            criteria: components["schemas"]["CriterionInput"][];
            /**
             * Format: date-time
             * @description When submissions to this stage close.
             */
            deadline: string;
            /**
             * Format: date-time
             * @description When this stage's jury should be done scoring.
             */
            evaluation_deadline?: string | null;
            /**
             * @default submission
             * @enum {string}
             */
            kind: "submission" | "expression_of_interest" | "full_proposal" | "pitch";
            /** @default 3 */
            min_evaluations: number;
            /**
             * @description Left empty: the default name ("Solutions", "Stage 2"…), in the reader’s language.
             * @default
             */
            name: string;
            /** @description What solvers fill in for this stage. */
            required_fields: ("title" | "summary" | "trl" | "approach" | "team" | "ip_status" | "links" | "attachments" | "budget" | "work_plan" | "pitch_slot")[];
            /** @default false */
            share_feedback: boolean;
        };
        Stages: {
            challenge_id: string;
            /** @description The stage the challenge is in now. */
            current_stage: number;
            data: components["schemas"]["Stage"][];
        };
        StagesInput: {
            /** @description Stage 1 first. In stage k > 1 every criterion key starts with s<k>_ (added when missing). */
            stages: components["schemas"]["StageInput"][];
            /** @description The version edited (or If-Match). */
            version?: number;
        };
        StartConversation: {
            /**
             * Format: uuid
             * @description The id of that organization, person (user id) or challenge.
             */
            about_id: string;
            /**
             * @description Whom you contact: an organization, a person, a challenge.
             * @enum {string}
             */
            about_kind: "organization" | "person" | "challenge";
            /** @description The message, up to 4000 characters; relayed without your address. */
            body: string;
            /** @description Show your address to the others in this conversation (in the conversation view only, never in an email); `false` takes it back. */
            share_email?: boolean;
            subject: string;
        };
        Team: {
            /** @description For the submitter: the invitations to the team. Null for everyone else. */
            invitations: (components["schemas"]["Invitation"] & {
                /**
                 * @description The member's role on the team.
                 * @enum {string|null}
                 */
                role: "technical_lead" | "clinical_lead" | "business_lead" | "other" | null;
            })[] | null;
            members: components["schemas"]["TeamMember"][];
            /** @description For the challenge's owner and moderators: jurors recused automatically because their organization is a team member's. Null for everyone else. */
            recusals: components["schemas"]["Recusal"][] | null;
            solution_id: string;
            submitter_id: string;
        };
        TeamInvitationInput: {
            /** @example dr.weber@uk-nordhafen.example */
            email: string;
            /**
             * @description Language of the email if no account uses the address yet; yours otherwise.
             * @enum {string}
             */
            language?: "en" | "de" | "it" | "ro";
            /**
             * @description The member's role on the team.
             * @enum {string}
             */
            role: "technical_lead" | "clinical_lead" | "business_lead" | "other";
        };
        TeamMember: {
            added_at: string;
            name: string;
            /** @description As given when they joined; empty when none. */
            organization: string;
            /**
             * @description The member's role on the team.
             * @enum {string}
             */
            role: "technical_lead" | "clinical_lead" | "business_lead" | "other";
            submitter: boolean;
            user_id: string;
        };
        TeamMemberPatch: {
            /**
             * @description Make this member the submitter; you stay on the team.
             * @enum {boolean}
             */
            submitter: true;
        };
        TermsAcceptance: {
            accepted_at: string;
            name: string;
            user_id: string;
            version: number;
        };
        TermsAcceptanceInput: {
            /** @description The version of the terms you read and accept: the current one. */
            version: number;
        };
        TermsTemplate: {
            body_md: string;
            clinic_use: string;
            /** @enum {string} */
            confidentiality: "confidential" | "not_confidential";
            created_at: string;
            data_access: string | null;
            id: string;
            /**
             * @description solver_keeps: the solver keeps all IP; licence_after_decision: a licence is negotiated after the decision; open_source.
             * @enum {string}
             */
            ip_option: "solver_keeps" | "licence_after_decision" | "open_source";
            key: string;
            /** @enum {string} */
            language: "en" | "de" | "it" | "ro";
            /** @description The newest version of its key: the one challenges can choose. */
            latest: boolean;
            title: string;
            version: number;
        };
        TermsTemplateInput: {
            /** @description Markdown; raw HTML is shown as text. */
            body_md: string;
            /** @description What the clinic may do with what it learns. */
            clinic_use: string;
            /** @enum {string} */
            confidentiality: "confidential" | "not_confidential";
            /** @description Terms for data on offer, if any. */
            data_access?: string | null;
            /** @enum {string} */
            ip_option: "solver_keeps" | "licence_after_decision" | "open_source";
            /** @description The template's stable name in the cluster; sending it again makes a new version. */
            key: string;
            /** @enum {string} */
            language: "en" | "de" | "it" | "ro";
            title: string;
        };
        TermsTemplateList: {
            cluster: string;
            templates: components["schemas"]["TermsTemplate"][];
        };
        Transition: {
            /** @enum {string} */
            action: "submit" | "approve" | "request_changes" | "reject" | "withdraw" | "start_evaluation" | "archive";
            /** @description Required for request_changes and reject. */
            note?: string;
        };
        /** @description Why the meeting has no slot; null when placed. */
        UnplacedReason: {
            /** @enum {string} */
            code: "no_common_slot" | "participant_full" | "no_table";
            participants?: string[];
            slots?: string[];
        } | null;
        User: {
            created_at: string;
            email: string;
            /** @description Until the address is confirmed, the account reads but does not post, submit, ask, endorse or judge. */
            email_confirmed: boolean;
            id: string;
            is_admin: boolean;
            /** @enum {string} */
            kind: "clinician" | "solver" | "staff";
            /**
             * @description The language of its emails.
             * @enum {string|null}
             */
            language: "en" | "de" | "it" | "ro" | null;
            name: string;
            organization: components["schemas"]["Organization"];
            time_zone: string;
        };
        Webhook: {
            /** @description Deliveries in a row that failed every attempt; at 5 the subscription is switched off. */
            consecutive_failures: number;
            created_at: string;
            disabled_at: string | null;
            enabled: boolean;
            events: string[];
            id: string;
            url: string;
        };
        WebhookDelivery: {
            attempts: {
                at: string;
                attempt: number;
                duration_ms: number;
                error: string | null;
                /** @description Null when no answer came. */
                status_code: number | null;
            }[];
            created_at: string;
            delivered_at: string | null;
            /** @description The `webhook-id` header of every attempt. */
            id: string;
            /** @description The body as signed. */
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            /** @enum {string} */
            type: "challenge.published" | "question.answered" | "solution.submitted" | "decision.published" | "call.opened" | "milestone.reached";
        };
        WebhookInput: {
            /**
             * @example [
             *       "challenge.published",
             *       "question.answered"
             *     ]
             */
            events: ("challenge.published" | "question.answered" | "solution.submitted" | "decision.published" | "call.opened" | "milestone.reached")[];
            /**
             * Format: uri
             * @description An https URL on the public internet.
             * @example https://example.org/hooks/bedside
             */
            url: string;
        };
        WebhookPatch: {
            /** @description false switches deliveries off; true switches them on again and forgets past failures. */
            enabled?: boolean;
            /**
             * @example [
             *       "challenge.published",
             *       "question.answered"
             *     ]
             */
            events?: ("challenge.published" | "question.answered" | "solution.submitted" | "decision.published" | "call.opened" | "milestone.reached")[];
            /**
             * Format: uri
             * @description An https URL on the public internet.
             * @example https://example.org/hooks/bedside
             */
            url?: string;
        };
    };
    responses: {
        /** @description Not allowed: the policy refuses, or an API key lacks the scope or may not use this route. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any other problem (RFC 9457): its `type` names it; see /problems. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests */
        RateLimited: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Sign-in required */
        Unauthorized: {
            headers: {
                /**
                 * @description Why the credentials were refused.
                 * @example Bearer realm="bedside"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Some fields are invalid */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Send it back as If-None-Match (304 when unchanged); on a versioned resource also as If-Match.
         * @example "v3-5f1c0a9be2d47c31a8e0"
         */
        ETag: string;
        /**
         * @description The next page (RFC 8288), present when `next_cursor` is not null.
         * @example <https://bedside.example/api/v1/challenges?limit=20&cursor=WyIwMTkzIl0>; rel="next"
         */
        Link: string;
        /**
         * @description With an API key: requests left and seconds to the reset, per quota (draft-ietf-httpapi-ratelimit-headers).
         * @example "minute";r=118;t=42, "day";r=9950;t=50400
         */
        RateLimit: string;
        /**
         * @description With an API key: its quotas.
         * @example "minute";q=120;w=60, "day";q=10000;w=86400
         */
        "RateLimit-Policy": string;
        /**
         * @description Seconds to wait before trying again.
         * @example 60
         */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Web Key Set. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "alg": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "kid": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "kty": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["JWKS"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    listOutboxEmails: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                status?: "pending" | "sending" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "attempts": 4,
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "confirm_email",
                     *           "last_error": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "sent_at": "2026-03-02T09:30:00.000Z",
                     *           "status": "pending",
                     *           "to_email": "anna.keller@uk-nordhafen.example"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["OutboxEntry"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as a download (Content-Disposition: attachment), with nosniff and a sandboxing Content-Security-Policy. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted: out of view now, its bytes removed by the next sweep. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                entity_type?: "user" | "invitation" | "cluster" | "challenge" | "question" | "solution" | "evaluation" | "report" | "call" | "cooperation" | "organization" | "event" | "conversation";
                entity_id?: string;
                /** @description A challenge's id: its trail (entries about it, its questions and its solutions). */
                challenge?: string;
                cluster?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "action": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "actor": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "after": {},
                     *           "before": {},
                     *           "cluster": "biorn",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "entity_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "purged_at": "2026-03-02T09:30:00.000Z",
                     *           "purged_by": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "purged_fields": [
                     *             "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           ]
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    purgeAuditEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": [
                 *         "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline "
                 *       ],
                 *       "reason": "Contains details that could identify a patient."
                 *     }
                 */
                "application/json": components["schemas"]["AuditPurgeInput"];
            };
        };
        responses: {
            /** @description The entry, purged. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "action": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "actor": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "after": {},
                     *       "before": {},
                     *       "cluster": "biorn",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "entity_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "purged_at": "2026-03-02T09:30:00.000Z",
                     *       "purged_by": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "purged_fields": [
                     *         "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEntry"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "current_password": "tidal-quartz-harbour-2026",
                 *       "email": "dr.weber@uk-nordhafen.example"
                 *     }
                 */
                "application/json": components["schemas"]["EmailChange"];
            };
        };
        responses: {
            /** @description A link goes to the new address (unless another account uses it). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "sent"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dr.weber@uk-nordhafen.example",
                 *       "password": "tidal-quartz-harbour-2026"
                 *     }
                 */
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "expires_in": 900,
                     *       "token": "bsk_4fJ2kq9XyZ1mNw7Pb3Rt6Vc8Hd0Ls5Ue2Ga7Ko1Qi9",
                     *       "token_type": "Bearer",
                     *       "user": {
                     *         "created_at": "2026-03-02T09:30:00.000Z",
                     *         "email": "anna.keller@uk-nordhafen.example",
                     *         "email_confirmed": true,
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "is_admin": true,
                     *         "kind": "clinician",
                     *         "language": "en",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "organization": {
                     *           "country": "DE",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "clinic",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "size": "micro"
                     *         },
                     *         "time_zone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "current_password": "tidal-quartz-harbour-2026",
                 *       "password": "tidal-quartz-harbour-2026"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dr.weber@uk-nordhafen.example"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Taken; an email follows if an account uses this address. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "sent"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "tidal-quartz-harbour-2026",
                 *       "token": "0190c1b2-….hX9…"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordReset"];
            };
        };
        responses: {
            /** @description The new password is set; sign in with it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    registerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dr.weber@uk-nordhafen.example",
                 *       "kind": "clinician",
                 *       "language": "en",
                 *       "name": "Dr. Anna Weber",
                 *       "organization": {
                 *         "country": "DE",
                 *         "kind": "clinic",
                 *         "name": "Universitätsklinikum Nordhafen",
                 *         "size": "micro"
                 *       },
                 *       "password": "tidal-quartz-harbour-2026"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterInput"];
            };
        };
        responses: {
            /** @description The account, an access token, and a session cookie. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "expires_in": 900,
                     *       "token": "bsk_4fJ2kq9XyZ1mNw7Pb3Rt6Vc8Hd0Ls5Ue2Ga7Ko1Qi9",
                     *       "token_type": "Bearer",
                     *       "user": {
                     *         "created_at": "2026-03-02T09:30:00.000Z",
                     *         "email": "anna.keller@uk-nordhafen.example",
                     *         "email_confirmed": true,
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "is_admin": true,
                     *         "kind": "clinician",
                     *         "language": "en",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "organization": {
                     *           "country": "DE",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "clinic",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "size": "micro"
                     *         },
                     *         "time_zone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    revokeAllSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out everywhere. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    sendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "sent"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    confirmVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "0190c1b2-….hX9…"
                 *     }
                 */
                "application/json": components["schemas"]["LinkToken"];
            };
        };
        responses: {
            /** @description Confirmed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "anna.keller@uk-nordhafen.example",
                     *       "email_confirmed": true
                     *     }
                     */
                    "application/json": {
                        email: string;
                        /** @enum {boolean} */
                        email_confirmed: true;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state / Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description A cluster's slug: only the calls it runs. */
                cluster?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calls, newest opening first. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "closes_at": "2026-03-02T09:30:00.000Z",
                     *           "clusters": [
                     *             {
                     *               "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *               "lead": true,
                     *               "name": "Universitätsklinikum Nordhafen",
                     *               "slug": "biorn"
                     *             }
                     *           ],
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "language": "en",
                     *           "opens_at": "2026-03-02T09:30:00.000Z",
                     *           "published_at": "2026-03-02T09:30:00.000Z",
                     *           "status": "draft",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "version": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CallList"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "benefits": [],
                 *       "closes_at": "2026-03-02T09:30:00.000Z",
                 *       "clusters": [
                 *         "biorn"
                 *       ],
                 *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "language": "en",
                 *       "opens_at": "2026-03-02T09:30:00.000Z",
                 *       "rules": [],
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT"
                 *     }
                 */
                "application/json": components["schemas"]["CallCreate"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "benefits": [
                     *         {
                     *           "amount_minor": 2500000,
                     *           "currency": "EUR",
                     *           "details": "",
                     *           "kind": "money"
                     *         }
                     *       ],
                     *       "closes_at": "2026-03-02T09:30:00.000Z",
                     *       "clusters": [
                     *         {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "lead": true,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "slug": "biorn"
                     *         }
                     *       ],
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "language": "en",
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "opens_at": "2026-03-02T09:30:00.000Z",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "rules": [
                     *         {
                     *           "params": {
                     *             "max": 4,
                     *             "min": 4
                     *           },
                     *           "rule": "trl"
                     *         }
                     *       ],
                     *       "status": "draft",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call; its ETag can be sent back as If-Match. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "benefits": [
                     *         {
                     *           "amount_minor": 2500000,
                     *           "currency": "EUR",
                     *           "details": "",
                     *           "kind": "money"
                     *         }
                     *       ],
                     *       "closes_at": "2026-03-02T09:30:00.000Z",
                     *       "clusters": [
                     *         {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "lead": true,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "slug": "biorn"
                     *         }
                     *       ],
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "language": "en",
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "opens_at": "2026-03-02T09:30:00.000Z",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "rules": [
                     *         {
                     *           "params": {
                     *             "max": 4,
                     *             "min": 4
                     *           },
                     *           "rule": "trl"
                     *         }
                     *       ],
                     *       "status": "draft",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "benefits": [
                 *         {
                 *           "amount_minor": 2500000,
                 *           "currency": "EUR",
                 *           "details": "",
                 *           "kind": "money"
                 *         }
                 *       ],
                 *       "closes_at": "2026-03-02T09:30:00.000Z",
                 *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "language": "en",
                 *       "opens_at": "2026-03-02T09:30:00.000Z",
                 *       "rules": [
                 *         {
                 *           "params": {
                 *             "max": 4,
                 *             "min": 4
                 *           },
                 *           "rule": "trl"
                 *         }
                 *       ],
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["CallPatch"];
            };
        };
        responses: {
            /** @description The call after the edit. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "benefits": [
                     *         {
                     *           "amount_minor": 2500000,
                     *           "currency": "EUR",
                     *           "details": "",
                     *           "kind": "money"
                     *         }
                     *       ],
                     *       "closes_at": "2026-03-02T09:30:00.000Z",
                     *       "clusters": [
                     *         {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "lead": true,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "slug": "biorn"
                     *         }
                     *       ],
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "language": "en",
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "opens_at": "2026-03-02T09:30:00.000Z",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "rules": [
                     *         {
                     *           "params": {
                     *             "max": 4,
                     *             "min": 4
                     *           },
                     *           "rule": "trl"
                     *         }
                     *       ],
                     *       "status": "draft",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getCallCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getCallFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    transitionCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "submit",
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["CallTransition"];
            };
        };
        responses: {
            /** @description The call in its new state. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "benefits": [
                     *         {
                     *           "amount_minor": 2500000,
                     *           "currency": "EUR",
                     *           "details": "",
                     *           "kind": "money"
                     *         }
                     *       ],
                     *       "closes_at": "2026-03-02T09:30:00.000Z",
                     *       "clusters": [
                     *         {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "lead": true,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "slug": "biorn"
                     *         }
                     *       ],
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "language": "en",
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "opens_at": "2026-03-02T09:30:00.000Z",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "rules": [
                     *         {
                     *           "params": {
                     *             "max": 4,
                     *             "min": 4
                     *           },
                     *           "rule": "trl"
                     *         }
                     *       ],
                     *       "status": "draft",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listChallenges: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Full-text search over title, summary, problem, indication and tags. */
                q?: string;
                status?: "draft" | "in_review" | "changes_requested" | "open" | "evaluation" | "decided" | "rejected" | "withdrawn" | "archived";
                /** @description Cluster slug. */
                cluster?: string;
                /** @description A call's id: only the challenges in it. */
                call?: string;
                tag?: string;
                /** @description A solution's TRL; matches challenges whose range includes it. */
                trl?: number;
                pathway?: "prevention" | "screening" | "diagnosis" | "treatment" | "monitoring" | "rehabilitation" | "care_organisation";
                /** @description ISO date or date-time; challenges whose submission deadline is earlier. */
                deadline_before?: string;
                /** @description Default: relevance when searching, else newest. */
                sort?: "newest" | "deadline" | "most_endorsed" | "relevance";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of challenges. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "care_pathway_step": "prevention",
                     *           "cluster": {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "slug": "biorn"
                     *           },
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "deadline": "2026-03-02T09:30:00.000Z",
                     *           "endorsement_count": 4,
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *           "language": "en",
                     *           "organization": {
                     *             "country": "DE",
                     *             "kind": "clinic",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "published_at": "2026-03-02T09:30:00.000Z",
                     *           "reward_kind": "pilot",
                     *           "stages": {
                     *             "count": 4,
                     *             "current": 4
                     *           },
                     *           "status": "draft",
                     *           "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "tags": [
                     *             "oncology"
                     *           ],
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "trl_max": 4,
                     *           "trl_min": 4,
                     *           "visibility": "public"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ChallengeSummary"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "blind_review": true,
                 *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                 *       "care_pathway_step": "prevention",
                 *       "ce_marking_required": true,
                 *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "cluster": "biorn",
                 *       "criteria": [
                 *         {
                 *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *           "key": "oncology",
                 *           "label": "Thoracic radiologist",
                 *           "weight": 4
                 *         }
                 *       ],
                 *       "data_on_offer": "none",
                 *       "deadline": "2026-03-02T09:30:00.000Z",
                 *       "device_class": "I",
                 *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                 *       "icd10_code": "C34.9",
                 *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                 *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "involves_patient_data": true,
                 *       "language": "en",
                 *       "min_evaluations": 4,
                 *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                 *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                 *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "regulation": "mdr",
                 *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "reward_kind": "pilot",
                 *       "share_feedback": true,
                 *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                 *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "tags": [
                 *         "oncology"
                 *       ],
                 *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "trl_max": 4,
                 *       "trl_min": 4,
                 *       "visibility": "public"
                 *     }
                 */
                "application/json": components["schemas"]["ChallengeCreate"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind_review": true,
                     *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "call_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "care_pathway_step": "prevention",
                     *       "ce_marking_required": true,
                     *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data_on_offer": "none",
                     *       "deadline": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "device_class": "I",
                     *       "endorsed_by_me": true,
                     *       "endorsement_count": 4,
                     *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                     *       "icd10_code": "C34.9",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "involves_patient_data": true,
                     *       "language": "en",
                     *       "min_evaluations": 4,
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "moderator_note_standing": "pending",
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *       "owner": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "question_count": 4,
                     *       "questions": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "regulation": "mdr",
                     *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "reward_kind": "pilot",
                     *       "share_feedback": true,
                     *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "tags": [
                     *         "oncology"
                     *       ],
                     *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The challenge; its ETag can be sent back as If-Match. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind_review": true,
                     *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "call_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "care_pathway_step": "prevention",
                     *       "ce_marking_required": true,
                     *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data_on_offer": "none",
                     *       "deadline": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "device_class": "I",
                     *       "endorsed_by_me": true,
                     *       "endorsement_count": 4,
                     *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                     *       "icd10_code": "C34.9",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "involves_patient_data": true,
                     *       "language": "en",
                     *       "min_evaluations": 4,
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "moderator_note_standing": "pending",
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *       "owner": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "question_count": 4,
                     *       "questions": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "regulation": "mdr",
                     *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "reward_kind": "pilot",
                     *       "share_feedback": true,
                     *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "tags": [
                     *         "oncology"
                     *       ],
                     *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "blind_review": true,
                 *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                 *       "care_pathway_step": "prevention",
                 *       "ce_marking_required": true,
                 *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "criteria": [
                 *         {
                 *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *           "key": "oncology",
                 *           "label": "Thoracic radiologist",
                 *           "weight": 4
                 *         }
                 *       ],
                 *       "data_on_offer": "none",
                 *       "deadline": "2026-03-02T09:30:00.000Z",
                 *       "device_class": "I",
                 *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                 *       "icd10_code": "C34.9",
                 *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                 *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "involves_patient_data": true,
                 *       "language": "en",
                 *       "min_evaluations": 4,
                 *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                 *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                 *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "regulation": "mdr",
                 *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "reward_kind": "pilot",
                 *       "share_feedback": true,
                 *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                 *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "tags": [
                 *         "oncology"
                 *       ],
                 *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "trl_max": 4,
                 *       "trl_min": 4,
                 *       "version": 3,
                 *       "visibility": "public"
                 *     }
                 */
                "application/json": components["schemas"]["ChallengePatch"];
            };
        };
        responses: {
            /** @description The challenge after the edit. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind_review": true,
                     *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "call_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "care_pathway_step": "prevention",
                     *       "ce_marking_required": true,
                     *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data_on_offer": "none",
                     *       "deadline": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "device_class": "I",
                     *       "endorsed_by_me": true,
                     *       "endorsement_count": 4,
                     *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                     *       "icd10_code": "C34.9",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "involves_patient_data": true,
                     *       "language": "en",
                     *       "min_evaluations": 4,
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "moderator_note_standing": "pending",
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *       "owner": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "question_count": 4,
                     *       "questions": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "regulation": "mdr",
                     *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "reward_kind": "pilot",
                     *       "share_feedback": true,
                     *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "tags": [
                     *         "oncology"
                     *       ],
                     *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getAgreement: {
        parameters: {
            query?: {
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement figures. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "criteria": [
                     *         {
                     *           "alpha": 4,
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "reading": "good"
                     *         }
                     *       ],
                     *       "disputed": [
                     *         {
                     *           "criteria": [
                     *             "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           ],
                     *           "evaluations": 4,
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "spread": 4,
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ],
                     *       "jurors": 4,
                     *       "method_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "metric": "interval",
                     *       "overall": {
                     *         "alpha": 4,
                     *         "reading": "good"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    uploadChallengeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description One file in the field `file`: PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint (.docx/.xlsx/.pptx and legacy), OpenDocument. At most 10 MB a file, 25 MB and 10 files together. The type is read from the bytes, not the name. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The attachment. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "filename": "Universitätsklinikum Nordhafen",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "size": 20,
                     *       "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getChallengeCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar with one event. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    decideChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "overrides": [],
                 *       "shortlist": [],
                 *       "winners": [
                 *         "Response to checkpoint inhibitors varies widely; we need a model"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description The decided challenge. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind_review": true,
                     *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "call_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "care_pathway_step": "prevention",
                     *       "ce_marking_required": true,
                     *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data_on_offer": "none",
                     *       "deadline": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "device_class": "I",
                     *       "endorsed_by_me": true,
                     *       "endorsement_count": 4,
                     *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                     *       "icd10_code": "C34.9",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "involves_patient_data": true,
                     *       "language": "en",
                     *       "min_evaluations": 4,
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "moderator_note_standing": "pending",
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *       "owner": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "question_count": 4,
                     *       "questions": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "regulation": "mdr",
                     *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "reward_kind": "pilot",
                     *       "share_feedback": true,
                     *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "tags": [
                     *         "oncology"
                     *       ],
                     *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    endorseChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your endorsement and the new count. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endorsed": true,
                     *       "endorsement_count": 4
                     *     }
                     */
                    "application/json": components["schemas"]["Endorsement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    unendorseChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your endorsement and the new count. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endorsed": true,
                     *       "endorsement_count": 4
                     *     }
                     */
                    "application/json": components["schemas"]["Endorsement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getEvaluationReport: {
        parameters: {
            query?: {
                /** @description csv for one table as CSV; the same as sending `Accept: text/csv`. JSON by default. */
                format?: "json" | "csv";
                /** @description With CSV: which table of the report (one CSV file each). */
                table?: "ranking" | "jurors" | "conflicts" | "comments" | "agreement";
                /** @description Where the page of the ranking starts: the `ranking_next` of the page before. JSON only. */
                cursor?: string;
                /** @description Entries of the ranking per page of JSON, 1–200 (default 50). The CSV of the ranking holds them all, read 500 at a time unless this says fewer. */
                limit?: number;
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or one of its tables as CSV. */
            200: {
                headers: {
                    /** @description With CSV only. */
                    "Content-Disposition"?: string;
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agreement": {
                     *         "criteria": [
                     *           {
                     *             "alpha": 4,
                     *             "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "label": "Thoracic radiologist",
                     *             "reading": "good"
                     *           }
                     *         ],
                     *         "disputed": [
                     *           {
                     *             "criteria": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ],
                     *             "evaluations": 4,
                     *             "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "spread": 4,
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           }
                     *         ],
                     *         "jurors": 4,
                     *         "overall": {
                     *           "alpha": 4,
                     *           "reading": "good"
                     *         }
                     *       },
                     *       "challenge": {
                     *         "agreement_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "criteria": [
                     *           {
                     *             "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "label": "Thoracic radiologist",
                     *             "weight": 4
                     *           }
                     *         ],
                     *         "decided_at": "2026-03-02T09:30:00.000Z",
                     *         "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "method_notes": {
                     *           "normalised": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "weighted": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         },
                     *         "min_evaluations": 4,
                     *         "status": "draft",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "comments": [
                     *         {
                     *           "comments": [
                     *             {
                     *               "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *               "evaluated_at": "2026-03-02T09:30:00.000Z",
                     *               "evaluator_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *               "juror": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ],
                     *       "conflicts": [
                     *         {
                     *           "declared_at": "2026-03-02T09:30:00.000Z",
                     *           "evaluator_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "juror": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "reason": "Contains details that could identify a patient.",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ],
                     *       "decision": {
                     *         "decided_at": "2026-03-02T09:30:00.000Z",
                     *         "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "shortlisted": [
                     *           {
                     *             "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           }
                     *         ],
                     *         "winners": [
                     *           {
                     *             "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           }
                     *         ]
                     *       },
                     *       "distribution": [
                     *         {
                     *           "counts": [
                     *             4
                     *           ],
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist"
                     *         }
                     *       ],
                     *       "jurors": [
                     *         {
                     *           "conflicts": 4,
                     *           "evaluations": 4,
                     *           "leniency": 4,
                     *           "mean_score": 1,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "mean_score": 1,
                     *       "overrides": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ],
                     *       "ranking": [
                     *         {
                     *           "criteria": [
                     *             {
                     *               "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "mean": 4,
                     *               "spread": 4
                     *             }
                     *           ],
                     *           "evaluations": 4,
                     *           "normalised_rank": 1,
                     *           "normalised_score": 1,
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "override_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "score": 1,
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "spread": 4,
                     *           "status": "draft",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "under_minimum": true,
                     *           "weighted_rank": 1
                     *         }
                     *       ],
                     *       "ranking_next": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "ranking_total": 1,
                     *       "top_disagreement": {
                     *         "disagree": true,
                     *         "places": 4,
                     *         "sentence": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "solutions": [
                     *           {
                     *             "normalised_rank": 1,
                     *             "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "weighted_rank": 1
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EvaluationReport"];
                    "text/csv": string;
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listJury: {
        parameters: {
            query?: {
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jury. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "assigned_at": "2026-03-02T09:30:00.000Z",
                     *           "conflicts": 4,
                     *           "declared": 4,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "scored": 1,
                     *           "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Evaluator"][];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getEvaluator: {
        parameters: {
            query?: {
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jury member. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assigned_at": "2026-03-02T09:30:00.000Z",
                     *       "conflicts": 4,
                     *       "declared": 4,
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "scored": 1,
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Evaluator"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    assignEvaluator: {
        parameters: {
            query?: {
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jury member. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assigned_at": "2026-03-02T09:30:00.000Z",
                     *       "conflicts": 4,
                     *       "declared": 4,
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "scored": 1,
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Evaluator"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    removeEvaluator: {
        parameters: {
            query?: {
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listJuryInvitations: {
        parameters: {
            query?: {
                /** @description Only the invitations to this stage's jury (1–5); without it, every stage's. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "last_sent_at": "2026-03-02T09:30:00.000Z",
                     *           "sent_count": 4,
                     *           "stage": 1,
                     *           "status": "pending"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Invitation"][];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    inviteJuror: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dr.weber@uk-nordhafen.example",
                 *       "language": "en",
                 *       "stage": 1
                 *     }
                 */
                "application/json": components["schemas"]["JuryInvitationInput"];
            };
        };
        responses: {
            /** @description The invitation is on its way (inviting again resends it). */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "sent"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listChallengeMatches: {
        parameters: {
            query?: {
                /** @description How many of each kind, best first (a top 50 at most; no further pages). */
                limit?: number;
                /** @description The language of the reasons. Without it: Accept-Language, then the account's language, then English. */
                lang?: "en" | "de" | "it" | "ro";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The best organizations and experts, each ranked, with the reason. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "experts": [
                     *         {
                     *           "matched": {
                     *             "capability": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ],
                     *             "offers": [
                     *               "pilot_site"
                     *             ],
                     *             "pathway": "prevention",
                     *             "regulatory": "I",
                     *             "seeks": [
                     *               "pilot_site"
                     *             ],
                     *             "trl": {
                     *               "challenge": [
                     *                 4,
                     *                 4
                     *               ],
                     *               "partner": [
                     *                 4,
                     *                 4
                     *               ]
                     *             }
                     *           },
                     *           "person": {
                     *             "headline": "Thoracic radiologist",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "reason": "oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6",
                     *           "score": 1
                     *         }
                     *       ],
                     *       "organizations": [
                     *         {
                     *           "matched": {
                     *             "capability": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ],
                     *             "offers": [
                     *               "pilot_site"
                     *             ],
                     *             "pathway": "prevention",
                     *             "regulatory": "I",
                     *             "seeks": [
                     *               "pilot_site"
                     *             ],
                     *             "trl": {
                     *               "challenge": [
                     *                 4,
                     *                 4
                     *               ],
                     *               "partner": [
                     *                 4,
                     *                 4
                     *               ]
                     *             }
                     *           },
                     *           "organization": {
                     *             "country": "DE",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "kind": "clinic",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "reason": "oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6",
                     *           "score": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChallengeMatches"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listQuestions: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of questions. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Question"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    askQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["QuestionInput"];
            };
        };
        responses: {
            /** @description The question. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "answered_at": "2026-03-02T09:30:00.000Z",
                     *       "asked_at": "2026-03-02T09:30:00.000Z",
                     *       "asked_by_me": true,
                     *       "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Question"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    answerQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                qid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["AnswerInput"];
            };
        };
        responses: {
            /** @description The answered question. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "answered_at": "2026-03-02T09:30:00.000Z",
                     *       "asked_at": "2026-03-02T09:30:00.000Z",
                     *       "asked_by_me": true,
                     *       "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Question"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    hideQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                qid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hidden. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getRanking: {
        parameters: {
            query?: {
                /** @description weighted (the criteria's weighted mean) or normalised (each juror's scores standardised first). */
                method?: "weighted" | "normalised";
                /** @description Where the page starts: the `next` of the page before (with the same method). */
                cursor?: string;
                /** @description Entries per page, 1–200 (default 50). */
                limit?: number;
                /** @description A stage of the challenge (1–5); without it, the stage it is in now. */
                stage?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranking. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data": [
                     *         {
                     *           "criteria": {},
                     *           "evaluations": 4,
                     *           "normalised_rank": 1,
                     *           "normalised_score": 1,
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "override": {
                     *             "created_at": "2026-03-02T09:30:00.000Z",
                     *             "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           },
                     *           "rank": 1,
                     *           "score": 1,
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "status": "draft",
                     *           "submitted_at": "2026-03-02T09:30:00.000Z",
                     *           "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "under_minimum": true,
                     *           "weighted_rank": 1
                     *         }
                     *       ],
                     *       "method": "weighted",
                     *       "method_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "min_evaluations": 4,
                     *       "next": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "top_disagreement": {
                     *         "disagree": true,
                     *         "places": 4,
                     *         "sentence": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "solutions": [
                     *           {
                     *             "normalised_rank": 1,
                     *             "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "weighted_rank": 1
                     *           }
                     *         ]
                     *       },
                     *       "total": 4,
                     *       "view": "full"
                     *     }
                     */
                    "application/json": components["schemas"]["Ranking"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listSolutions: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of solutions. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "blind": true,
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "my_conflict": true,
                     *           "my_scored": true,
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "draft",
                     *           "submitted_at": "2026-03-02T09:30:00.000Z",
                     *           "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "trl": 4
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["SolutionListItem"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                 *       "budget_amount_minor": 2500000,
                 *       "budget_currency": "EUR",
                 *       "ip_status": "none",
                 *       "links": [],
                 *       "name_if_winner": true,
                 *       "submit": false,
                 *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "summary_public": true,
                 *       "team": "Two radiologists, a data scientist and a regulatory lead",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "trl": 4,
                 *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                 *     }
                 */
                "application/json": components["schemas"]["SolutionCreate"];
            };
        };
        responses: {
            /** @description The solution. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind": true,
                     *       "budget_amount_minor": 2500000,
                     *       "budget_currency": "EUR",
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "feedback": {
                     *         "comments": [
                     *           "Sound approach; the validation cohort is small for a CE-marked device."
                     *         ],
                     *         "criteria": {},
                     *         "evaluations": 4,
                     *         "score": 1
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "ip_status": "none",
                     *       "links": [
                     *         "https://bedside.example/challenges"
                     *       ],
                     *       "my_evaluation": {
                     *         "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *         "scores": {},
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "name_if_winner": true,
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "submitter": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "summary_public": true,
                     *       "team": "Two radiologists, a data scientist and a regulatory lead",
                     *       "terms": {
                     *         "acceptances": [
                     *           {
                     *             "accepted_at": "2026-03-02T09:30:00.000Z",
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "version": 3
                     *           }
                     *         ],
                     *         "current_version": 3,
                     *         "not_accepted": [
                     *           {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           }
                     *         ]
                     *       },
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                     *     }
                     */
                    "application/json": components["schemas"]["Solution"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stages, in order. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "current_stage": 1,
                     *       "data": [
                     *         {
                     *           "advanced_at": "2026-03-02T09:30:00.000Z",
                     *           "closed_at": "2026-03-02T09:30:00.000Z",
                     *           "criteria": [
                     *             {
                     *               "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "label": "Thoracic radiologist",
                     *               "weight": 4
                     *             }
                     *           ],
                     *           "deadline": "2026-03-02T09:30:00.000Z",
                     *           "evaluation_deadline": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "kind": "submission",
                     *           "min_evaluations": 4,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "opened_at": "2026-03-02T09:30:00.000Z",
                     *           "required_fields": [
                     *             "title"
                     *           ],
                     *           "share_feedback": true,
                     *           "stage": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Stages"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    setStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stages": [
                 *         {
                 *           "criteria": [
                 *             {
                 *               "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *               "key": "oncology",
                 *               "label": "Thoracic radiologist",
                 *               "weight": 4
                 *             }
                 *           ],
                 *           "deadline": "2026-03-02T09:30:00.000Z",
                 *           "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                 *           "kind": "submission",
                 *           "min_evaluations": 3,
                 *           "name": "",
                 *           "required_fields": [
                 *             "title"
                 *           ],
                 *           "share_feedback": false
                 *         }
                 *       ],
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["StagesInput"];
            };
        };
        responses: {
            /** @description The stages now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "current_stage": 1,
                     *       "data": [
                     *         {
                     *           "advanced_at": "2026-03-02T09:30:00.000Z",
                     *           "closed_at": "2026-03-02T09:30:00.000Z",
                     *           "criteria": [
                     *             {
                     *               "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "label": "Thoracic radiologist",
                     *               "weight": 4
                     *             }
                     *           ],
                     *           "deadline": "2026-03-02T09:30:00.000Z",
                     *           "evaluation_deadline": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "kind": "submission",
                     *           "min_evaluations": 4,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "opened_at": "2026-03-02T09:30:00.000Z",
                     *           "required_fields": [
                     *             "title"
                     *           ],
                     *           "share_feedback": true,
                     *           "stage": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Stages"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    advanceStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stage: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "share_feedback": true,
                 *       "solution_ids": [
                 *         "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AdvanceInput"];
            };
        };
        responses: {
            /** @description The challenge, open in the next stage. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind_review": true,
                     *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "call_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "care_pathway_step": "prevention",
                     *       "ce_marking_required": true,
                     *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data_on_offer": "none",
                     *       "deadline": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "device_class": "I",
                     *       "endorsed_by_me": true,
                     *       "endorsement_count": 4,
                     *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                     *       "icd10_code": "C34.9",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "involves_patient_data": true,
                     *       "language": "en",
                     *       "min_evaluations": 4,
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "moderator_note_standing": "pending",
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *       "owner": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "question_count": 4,
                     *       "questions": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "regulation": "mdr",
                     *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "reward_kind": "pilot",
                     *       "share_feedback": true,
                     *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "tags": [
                     *         "oncology"
                     *       ],
                     *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not in this stage */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getChallengeTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terms. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "current": {
                     *         "body_md": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "clinic_use": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "created_at": "2026-03-02T09:30:00.000Z",
                     *         "data_access": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "ip_option": "solver_keeps",
                     *         "language": "en",
                     *         "submissions_confidential": true,
                     *         "template_key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "template_version": 3,
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *         "version": 3
                     *       },
                     *       "versions": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChallengeTerms"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    setChallengeTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "submissions_confidential": true,
                 *       "template_key": "Response to checkpoint inhibitors varies widely; we need a m"
                 *     }
                 */
                "application/json": components["schemas"]["ChallengeTermsInput"];
            };
        };
        responses: {
            /** @description The terms now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "current": {
                     *         "body_md": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "clinic_use": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "created_at": "2026-03-02T09:30:00.000Z",
                     *         "data_access": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "ip_option": "solver_keeps",
                     *         "language": "en",
                     *         "submissions_confidential": true,
                     *         "template_key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "template_version": 3,
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *         "version": 3
                     *       },
                     *       "versions": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChallengeTerms"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    transitionChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "submit",
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description The challenge in its new state. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind_review": true,
                     *       "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "call_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "care_pathway_step": "prevention",
                     *       "ce_marking_required": true,
                     *       "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "criteria": [
                     *         {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "label": "Thoracic radiologist",
                     *           "weight": 4
                     *         }
                     *       ],
                     *       "data_on_offer": "none",
                     *       "deadline": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "device_class": "I",
                     *       "endorsed_by_me": true,
                     *       "endorsement_count": 4,
                     *       "evaluation_deadline": "2026-03-02T09:30:00.000Z",
                     *       "icd10_code": "C34.9",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *       "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "involves_patient_data": true,
                     *       "language": "en",
                     *       "min_evaluations": 4,
                     *       "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "moderator_note_standing": "pending",
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *       "owner": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *       "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "published_at": "2026-03-02T09:30:00.000Z",
                     *       "question_count": 4,
                     *       "questions": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_at": "2026-03-02T09:30:00.000Z",
                     *           "asked_by_me": true,
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "regulation": "mdr",
                     *       "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "reward_kind": "pilot",
                     *       "share_feedback": true,
                     *       "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "tags": [
                     *         "oncology"
                     *       ],
                     *       "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listClusters: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clusters, by slug. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "challenge_count": 4,
                     *           "country": "DE",
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "open_challenge_count": 4,
                     *           "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "slug": "biorn",
                     *           "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Cluster"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "country": "DE",
                 *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "name": "Universitätsklinikum Nordhafen",
                 *       "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "slug": "biorn",
                 *       "website": "https://bedside.example/challenges"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterInput"];
            };
        };
        responses: {
            /** @description The new cluster. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_count": 4,
                     *       "country": "DE",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "open_challenge_count": 4,
                     *       "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "slug": "biorn",
                     *       "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_count": 4,
                     *       "country": "DE",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "open_challenge_count": 4,
                     *       "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "slug": "biorn",
                     *       "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getClusterImpact: {
        parameters: {
            query?: {
                /** @description First day of the range (YYYY-MM-DD, UTC). Default: the first day of the quarter seven quarters ago. */
                from?: string;
                /** @description Last day of the range, included (YYYY-MM-DD, UTC). Default: today. */
                to?: string;
                /** @description A call's id: only the figures of its challenges (in this cluster, for a cluster's figures). Counted from the base tables, not the quarterly tallies; 404 for a call you may not see. */
                call?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    /** @description With CSV only. */
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audience": "full",
                     *       "cooperations": {
                     *         "funding": [
                     *           {
                     *             "amount_minor": 2500000,
                     *             "currency": "EUR"
                     *           }
                     *         ],
                     *         "kpis_met": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_completed": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_running": 4,
                     *         "pilots_started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "decisions": [
                     *         {
                     *           "quarter": "2024-Q1",
                     *           "value": 4
                     *         }
                     *       ],
                     *       "jury": {
                     *         "challenges": 4,
                     *         "completion": 4,
                     *         "evaluations": 4,
                     *         "expected": 4,
                     *         "jurors": 4,
                     *         "max_per_juror": 4,
                     *         "seats": 4
                     *       },
                     *       "meetings": {
                     *         "held": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "next_steps": [
                     *           {
                     *             "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "needs": {
                     *         "posted": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "published": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "range": {
                     *         "counts_from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "counts_to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "quarters": [
                     *           "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         ],
                     *         "to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       },
                     *       "scope": {
                     *         "call": {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         },
                     *         "kind": "cluster",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "smes": {
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "total": 4
                     *       },
                     *       "solutions": {
                     *         "by_country": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_kind": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "countries_withheld": true,
                     *         "total": 4
                     *       },
                     *       "time_to_decision": {
                     *         "from_posting": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         },
                     *         "from_publication": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImpactFigures"];
                    "text/csv": string;
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getClusterImpactCsv: {
        parameters: {
            query?: {
                /** @description First day of the range (YYYY-MM-DD, UTC). Default: the first day of the quarter seven quarters ago. */
                from?: string;
                /** @description Last day of the range, included (YYYY-MM-DD, UTC). Default: today. */
                to?: string;
                /** @description A call's id: only the figures of its challenges (in this cluster, for a cluster's figures). Counted from the base tables, not the quarterly tallies; 404 for a call you may not see. */
                call?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    /** @description With CSV only. */
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audience": "full",
                     *       "cooperations": {
                     *         "funding": [
                     *           {
                     *             "amount_minor": 2500000,
                     *             "currency": "EUR"
                     *           }
                     *         ],
                     *         "kpis_met": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_completed": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_running": 4,
                     *         "pilots_started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "decisions": [
                     *         {
                     *           "quarter": "2024-Q1",
                     *           "value": 4
                     *         }
                     *       ],
                     *       "jury": {
                     *         "challenges": 4,
                     *         "completion": 4,
                     *         "evaluations": 4,
                     *         "expected": 4,
                     *         "jurors": 4,
                     *         "max_per_juror": 4,
                     *         "seats": 4
                     *       },
                     *       "meetings": {
                     *         "held": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "next_steps": [
                     *           {
                     *             "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "needs": {
                     *         "posted": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "published": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "range": {
                     *         "counts_from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "counts_to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "quarters": [
                     *           "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         ],
                     *         "to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       },
                     *       "scope": {
                     *         "call": {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         },
                     *         "kind": "cluster",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "smes": {
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "total": 4
                     *       },
                     *       "solutions": {
                     *         "by_country": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_kind": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "countries_withheld": true,
                     *         "total": 4
                     *       },
                     *       "time_to_decision": {
                     *         "from_posting": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         },
                     *         "from_publication": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImpactFigures"];
                    "text/csv": string;
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listModeratorInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "last_sent_at": "2026-03-02T09:30:00.000Z",
                     *           "sent_count": 4,
                     *           "stage": 1,
                     *           "status": "pending"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Invitation"][];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    inviteModerator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dr.weber@uk-nordhafen.example",
                 *       "language": "en"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationInput"];
            };
        };
        responses: {
            /** @description The invitation is on its way. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "sent"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    appointModerator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user moderates the cluster. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cluster": "biorn",
                     *       "role": "moderator",
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["ClusterModerator"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    removeModerator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listTermsTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates, by key, newest version first. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cluster": "biorn",
                     *       "templates": [
                     *         {
                     *           "body_md": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "clinic_use": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "confidentiality": "confidential",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "data_access": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "ip_option": "solver_keeps",
                     *           "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "language": "en",
                     *           "latest": true,
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "version": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TermsTemplateList"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createTermsTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body_md": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "clinic_use": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "confidentiality": "confidential",
                 *       "data_access": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "ip_option": "solver_keeps",
                 *       "key": "oncology",
                 *       "language": "en",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT"
                 *     }
                 */
                "application/json": components["schemas"]["TermsTemplateInput"];
            };
        };
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "body_md": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "clinic_use": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "confidentiality": "confidential",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "data_access": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "ip_option": "solver_keeps",
                     *       "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "language": "en",
                     *       "latest": true,
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["TermsTemplate"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of your conversations; never anyone’s address. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "about": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "kind": "organization",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           },
                     *           "closed": true,
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "last_message_at": "2026-03-02T09:30:00.000Z",
                     *           "started_by_me": true,
                     *           "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "unread": true
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    startConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "about_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                 *       "about_kind": "organization",
                 *       "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "share_email": true,
                 *       "subject": "Predicting immunotherapy response in lung cancer from routine CT"
                 *     }
                 */
                "application/json": components["schemas"]["StartConversation"];
            };
        };
        responses: {
            /** @description The conversation you had started about the same thing, with your message added. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The new conversation. */
            201: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    blockConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation, closed. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation and a page of its messages, oldest first. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    postMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "share_email": true
                 *     }
                 */
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description The conversation with your message. */
            201: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    reportConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Contains details that could identify a patient."
                 *     }
                 */
                "application/json": components["schemas"]["ReportConversation"];
            };
        };
        responses: {
            /** @description The conversation, reported. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    shareConversationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "share_email": true
                 *     }
                 */
                "application/json": components["schemas"]["ShareEmailInput"];
            };
        };
        responses: {
            /** @description The conversation now. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "organization",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "blocked_by_me": true,
                     *       "closed": true,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "messages": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "mine": true,
                     *           "sender": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "participants": [
                     *         {
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen"
                     *         }
                     *       ],
                     *       "reported_by_me": true,
                     *       "share_email": true,
                     *       "subject": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "taking_part": true
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listCooperations: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description A cluster's slug. */
                cluster?: string;
                status?: "active" | "completed" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cooperations. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "challenge": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           },
                     *           "clinic_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "cluster": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "slug": "biorn"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "public": true,
                     *           "public_clinic": true,
                     *           "public_solver": true,
                     *           "solution": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           },
                     *           "solver_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "started_at": "2026-03-02T09:30:00.000Z",
                     *           "status": "active",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["CooperationPage"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getCooperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cooperation; its ETag goes back as If-Match. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "clinic_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "milestones": [
                     *         {
                     *           "achieved_on": "2027-03-01",
                     *           "device_class": "I",
                     *           "funding_amount_minor": 2500000,
                     *           "funding_currency": "EUR",
                     *           "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "letter_of_intent",
                     *           "kpi_met": true,
                     *           "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                     *           "kpi_unit": "AUC of at least 0.80 for response at 12 ",
                     *           "kpi_value": 4,
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "planned_on": "2027-03-01",
                     *           "public": true,
                     *           "recorded_by": "clinic",
                     *           "regulation": "mdr",
                     *           "status": "planned",
                     *           "updated_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "public": true,
                     *       "public_clinic": true,
                     *       "public_solver": true,
                     *       "solution": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "solver_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "started_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "active",
                     *       "version": 3,
                     *       "your_side": "clinic"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public_clinic": true,
                 *       "public_solver": true,
                 *       "status": "active",
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["CooperationPatch"];
            };
        };
        responses: {
            /** @description The cooperation now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "clinic_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "milestones": [
                     *         {
                     *           "achieved_on": "2027-03-01",
                     *           "device_class": "I",
                     *           "funding_amount_minor": 2500000,
                     *           "funding_currency": "EUR",
                     *           "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "letter_of_intent",
                     *           "kpi_met": true,
                     *           "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                     *           "kpi_unit": "AUC of at least 0.80 for response at 12 ",
                     *           "kpi_value": 4,
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "planned_on": "2027-03-01",
                     *           "public": true,
                     *           "recorded_by": "clinic",
                     *           "regulation": "mdr",
                     *           "status": "planned",
                     *           "updated_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "public": true,
                     *       "public_clinic": true,
                     *       "public_solver": true,
                     *       "solution": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "solver_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "started_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "active",
                     *       "version": 3,
                     *       "your_side": "clinic"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    addMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "achieved_on": "2027-03-01",
                 *       "device_class": "I",
                 *       "funding_amount_minor": 2500000,
                 *       "funding_currency": "EUR",
                 *       "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "kind": "letter_of_intent",
                 *       "kpi_met": true,
                 *       "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                 *       "kpi_unit": "AUC of at least 0.80 for response at 12 ",
                 *       "kpi_value": 4,
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "planned_on": "2027-03-01",
                 *       "public": true,
                 *       "regulation": "mdr",
                 *       "status": "planned"
                 *     }
                 */
                "application/json": components["schemas"]["MilestoneInput"];
            };
        };
        responses: {
            /** @description The cooperation with the new milestone. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "clinic_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "milestones": [
                     *         {
                     *           "achieved_on": "2027-03-01",
                     *           "device_class": "I",
                     *           "funding_amount_minor": 2500000,
                     *           "funding_currency": "EUR",
                     *           "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "letter_of_intent",
                     *           "kpi_met": true,
                     *           "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                     *           "kpi_unit": "AUC of at least 0.80 for response at 12 ",
                     *           "kpi_value": 4,
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "planned_on": "2027-03-01",
                     *           "public": true,
                     *           "recorded_by": "clinic",
                     *           "regulation": "mdr",
                     *           "status": "planned",
                     *           "updated_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "public": true,
                     *       "public_clinic": true,
                     *       "public_solver": true,
                     *       "solution": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "solver_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "started_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "active",
                     *       "version": 3,
                     *       "your_side": "clinic"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                mid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "achieved_on": "2027-03-01",
                 *       "device_class": "I",
                 *       "funding_amount_minor": 2500000,
                 *       "funding_currency": "EUR",
                 *       "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "kpi_met": true,
                 *       "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                 *       "kpi_unit": "AUC of at least 0.80 for response at 12 ",
                 *       "kpi_value": 4,
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "planned_on": "2027-03-01",
                 *       "public": true,
                 *       "regulation": "mdr",
                 *       "status": "planned",
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["MilestonePatch"];
            };
        };
        responses: {
            /** @description The cooperation now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "clinic_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "milestones": [
                     *         {
                     *           "achieved_on": "2027-03-01",
                     *           "device_class": "I",
                     *           "funding_amount_minor": 2500000,
                     *           "funding_currency": "EUR",
                     *           "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "letter_of_intent",
                     *           "kpi_met": true,
                     *           "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                     *           "kpi_unit": "AUC of at least 0.80 for response at 12 ",
                     *           "kpi_value": 4,
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "planned_on": "2027-03-01",
                     *           "public": true,
                     *           "recorded_by": "clinic",
                     *           "regulation": "mdr",
                     *           "status": "planned",
                     *           "updated_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "public": true,
                     *       "public_clinic": true,
                     *       "public_solver": true,
                     *       "solution": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *       },
                     *       "solver_organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "started_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "active",
                     *       "version": 3,
                     *       "your_side": "clinic"
                     *     }
                     */
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Events a cluster hosts or co-hosts (slug). */
                cluster?: string;
                when?: "upcoming" | "past";
                kind?: "partnering" | "exchange_visit";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "capacity": 4,
                     *           "cluster": {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "slug": "biorn"
                     *           },
                     *           "ends_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "partnering",
                     *           "mode": "online",
                     *           "starts_at": "2026-03-02T09:30:00.000Z",
                     *           "status": "draft",
                     *           "timezone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "topic": "oncology",
                     *           "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "capacity": 4,
                 *       "cluster": "biorn",
                 *       "clusters": [
                 *         "biorn"
                 *       ],
                 *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "ends_at": "2027-03-15T08:00:00Z",
                 *       "kind": "partnering",
                 *       "link": "https://meet.example.org/partnering",
                 *       "mode": "online",
                 *       "slot_minutes": 5,
                 *       "starts_at": "2027-03-15T08:00:00Z",
                 *       "status": "draft",
                 *       "tables": 4,
                 *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "timezone": "Europe/Berlin",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "topic": "oncology",
                 *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["EventInput"];
            };
        };
        responses: {
            /** @description The event. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "capacity": 4,
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "clusters": [
                     *         "biorn"
                     *       ],
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "ends_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "partnering",
                     *       "link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meeting_requests": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "pending",
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "mode": "online",
                     *       "my_registration": "registered",
                     *       "participants": [
                     *         {
                     *           "headline": "Thoracic radiologist",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "registered"
                     *         }
                     *       ],
                     *       "places_taken": 4,
                     *       "slot_minutes": 4,
                     *       "starts_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "draft",
                     *       "tables": 4,
                     *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "timezone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "topic": "oncology",
                     *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "capacity": 4,
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "clusters": [
                     *         "biorn"
                     *       ],
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "ends_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "partnering",
                     *       "link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meeting_requests": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "pending",
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "mode": "online",
                     *       "my_registration": "registered",
                     *       "participants": [
                     *         {
                     *           "headline": "Thoracic radiologist",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "registered"
                     *         }
                     *       ],
                     *       "places_taken": 4,
                     *       "slot_minutes": 4,
                     *       "starts_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "draft",
                     *       "tables": 4,
                     *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "timezone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "topic": "oncology",
                     *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "capacity": 4,
                 *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "ends_at": "2027-03-15T08:00:00Z",
                 *       "link": "https://meet.example.org/partnering",
                 *       "mode": "online",
                 *       "slot_minutes": 5,
                 *       "starts_at": "2027-03-15T08:00:00Z",
                 *       "status": "draft",
                 *       "tables": 4,
                 *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "timezone": "Europe/Berlin",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "topic": "oncology",
                 *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["EventPatch"];
            };
        };
        responses: {
            /** @description The event now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "capacity": 4,
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "clusters": [
                     *         "biorn"
                     *       ],
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "ends_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "partnering",
                     *       "link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meeting_requests": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "pending",
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "mode": "online",
                     *       "my_registration": "registered",
                     *       "participants": [
                     *         {
                     *           "headline": "Thoracic radiologist",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "registered"
                     *         }
                     *       ],
                     *       "places_taken": 4,
                     *       "slot_minutes": 4,
                     *       "starts_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "draft",
                     *       "tables": 4,
                     *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "timezone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "topic": "oncology",
                     *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    requestMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "",
                 *       "to": "Response to checkpoint inhibitors varies widely; we need a model"
                 *     }
                 */
                "application/json": components["schemas"]["MeetingRequestInput"];
            };
        };
        responses: {
            /** @description The request. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "from": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "pending",
                     *       "to": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MeetingRequest"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state / Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    registerForEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accept_terms": true,
                 *       "availability": [
                 *         {
                 *           "end": "2027-03-15T08:00:00Z",
                 *           "start": "2027-03-15T08:00:00Z"
                 *         }
                 *       ],
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["RegistrationInput"];
            };
        };
        responses: {
            /** @description Your registration. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "availability": [
                     *         {
                     *           "end": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "start": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         }
                     *       ],
                     *       "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "status": "registered",
                     *       "terms_accepted_at": "2026-03-02T09:30:00.000Z",
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state / Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    acceptEventApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "capacity": 4,
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "clusters": [
                     *         "biorn"
                     *       ],
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "ends_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "partnering",
                     *       "link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meeting_requests": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "pending",
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "mode": "online",
                     *       "my_registration": "registered",
                     *       "participants": [
                     *         {
                     *           "headline": "Thoracic radiologist",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "registered"
                     *         }
                     *       ],
                     *       "places_taken": 4,
                     *       "slot_minutes": 4,
                     *       "starts_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "draft",
                     *       "tables": 4,
                     *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "timezone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "topic": "oncology",
                     *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    declineEventApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "capacity": 4,
                     *       "cluster": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "clusters": [
                     *         "biorn"
                     *       ],
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "ends_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "partnering",
                     *       "link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meeting_requests": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "pending",
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "mode": "online",
                     *       "my_registration": "registered",
                     *       "participants": [
                     *         {
                     *           "headline": "Thoracic radiologist",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status": "registered"
                     *         }
                     *       ],
                     *       "places_taken": 4,
                     *       "slot_minutes": 4,
                     *       "starts_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "draft",
                     *       "tables": 4,
                     *       "terms": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "timezone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "topic": "oncology",
                     *       "venue": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getEventSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meetings": [
                     *         {
                     *           "ends_at": "2026-03-02T09:30:00.000Z",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "my_follow_up": {
                     *             "met": true,
                     *             "next_step": "none"
                     *           },
                     *           "request_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "starts_at": "2026-03-02T09:30:00.000Z",
                     *           "table": 4,
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "unplaced": {
                     *             "code": "no_common_slot",
                     *             "participants": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ],
                     *             "slots": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ]
                     *           },
                     *           "video_link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "placed": 4,
                     *       "scope": "mine",
                     *       "unplaced": 4
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    runEventSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "meetings": [
                     *         {
                     *           "ends_at": "2026-03-02T09:30:00.000Z",
                     *           "from": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "my_follow_up": {
                     *             "met": true,
                     *             "next_step": "none"
                     *           },
                     *           "request_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "starts_at": "2026-03-02T09:30:00.000Z",
                     *           "table": 4,
                     *           "to": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           },
                     *           "unplaced": {
                     *             "code": "no_common_slot",
                     *             "participants": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ],
                     *             "slots": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ]
                     *           },
                     *           "video_link": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "placed": 4,
                     *       "scope": "mine",
                     *       "unplaced": 4
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service and its database are up. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "migrations_applied": 4,
                     *       "schema_version": "0001_challenge_search",
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Worker runs. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getNetworkImpact: {
        parameters: {
            query?: {
                /** @description First day of the range (YYYY-MM-DD, UTC). Default: the first day of the quarter seven quarters ago. */
                from?: string;
                /** @description Last day of the range, included (YYYY-MM-DD, UTC). Default: today. */
                to?: string;
                /** @description A call's id: only the figures of its challenges (in this cluster, for a cluster's figures). Counted from the base tables, not the quarterly tallies; 404 for a call you may not see. */
                call?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    /** @description With CSV only. */
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audience": "full",
                     *       "cooperations": {
                     *         "funding": [
                     *           {
                     *             "amount_minor": 2500000,
                     *             "currency": "EUR"
                     *           }
                     *         ],
                     *         "kpis_met": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_completed": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_running": 4,
                     *         "pilots_started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "decisions": [
                     *         {
                     *           "quarter": "2024-Q1",
                     *           "value": 4
                     *         }
                     *       ],
                     *       "jury": {
                     *         "challenges": 4,
                     *         "completion": 4,
                     *         "evaluations": 4,
                     *         "expected": 4,
                     *         "jurors": 4,
                     *         "max_per_juror": 4,
                     *         "seats": 4
                     *       },
                     *       "meetings": {
                     *         "held": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "next_steps": [
                     *           {
                     *             "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "needs": {
                     *         "posted": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "published": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "range": {
                     *         "counts_from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "counts_to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "quarters": [
                     *           "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         ],
                     *         "to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       },
                     *       "scope": {
                     *         "call": {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         },
                     *         "kind": "cluster",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "smes": {
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "total": 4
                     *       },
                     *       "solutions": {
                     *         "by_country": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_kind": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "countries_withheld": true,
                     *         "total": 4
                     *       },
                     *       "time_to_decision": {
                     *         "from_posting": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         },
                     *         "from_publication": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImpactFigures"];
                    "text/csv": string;
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getNetworkImpactCsv: {
        parameters: {
            query?: {
                /** @description First day of the range (YYYY-MM-DD, UTC). Default: the first day of the quarter seven quarters ago. */
                from?: string;
                /** @description Last day of the range, included (YYYY-MM-DD, UTC). Default: today. */
                to?: string;
                /** @description A call's id: only the figures of its challenges (in this cluster, for a cluster's figures). Counted from the base tables, not the quarterly tallies; 404 for a call you may not see. */
                call?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    /** @description With CSV only. */
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audience": "full",
                     *       "cooperations": {
                     *         "funding": [
                     *           {
                     *             "amount_minor": 2500000,
                     *             "currency": "EUR"
                     *           }
                     *         ],
                     *         "kpis_met": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_completed": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "pilots_running": 4,
                     *         "pilots_started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "started": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "decisions": [
                     *         {
                     *           "quarter": "2024-Q1",
                     *           "value": 4
                     *         }
                     *       ],
                     *       "jury": {
                     *         "challenges": 4,
                     *         "completion": 4,
                     *         "evaluations": 4,
                     *         "expected": 4,
                     *         "jurors": 4,
                     *         "max_per_juror": 4,
                     *         "seats": 4
                     *       },
                     *       "meetings": {
                     *         "held": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "next_steps": [
                     *           {
                     *             "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "needs": {
                     *         "posted": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "published": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ]
                     *       },
                     *       "range": {
                     *         "counts_from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "counts_to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "from": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "quarters": [
                     *           "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         ],
                     *         "to": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       },
                     *       "scope": {
                     *         "call": {
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         },
                     *         "kind": "cluster",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "slug": "biorn"
                     *       },
                     *       "smes": {
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "total": 4
                     *       },
                     *       "solutions": {
                     *         "by_country": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_kind": [
                     *           {
                     *             "key": "DE",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "by_quarter": [
                     *           {
                     *             "quarter": "2024-Q1",
                     *             "value": 4
                     *           }
                     *         ],
                     *         "countries_withheld": true,
                     *         "total": 4
                     *       },
                     *       "time_to_decision": {
                     *         "from_posting": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         },
                     *         "from_publication": {
                     *           "by_quarter": [
                     *             {
                     *               "median_days": 4,
                     *               "n": 4,
                     *               "p90_days": 4,
                     *               "quarter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "overall": {
                     *             "median_days": 4,
                     *             "n": 4,
                     *             "p90_days": 4
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImpactFigures"];
                    "text/csv": string;
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "0190c1b2-….hX9…"
                 *     }
                 */
                "application/json": components["schemas"]["LinkToken"];
            };
        };
        responses: {
            /** @description You hold the seat now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "cluster_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "seat": "jury",
                     *       "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["AcceptedInvitation"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state / Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your account. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clusters": [
                     *         {
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "role": "moderator",
                     *           "slug": "biorn"
                     *         }
                     *       ],
                     *       "organization": {
                     *         "country": "DE",
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "size": "micro"
                     *       },
                     *       "pending_organization": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "roles": [
                     *         "clinician"
                     *       ],
                     *       "user": {
                     *         "created_at": "2026-03-02T09:30:00.000Z",
                     *         "email": "anna.keller@uk-nordhafen.example",
                     *         "email_confirmed": true,
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "is_admin": true,
                     *         "kind": "clinician",
                     *         "language": "en",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "organization": {
                     *           "country": "DE",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "clinic",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "size": "micro"
                     *         },
                     *         "time_zone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your live keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "cluster": "biorn",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "last_used_at": "2026-03-02T09:30:00.000Z",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "prefix": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "scopes": [
                     *             "challenges:read"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cluster": "biorn",
                 *       "expires_at": "2027-06-30T00:00:00Z",
                 *       "name": "Cluster portal sync",
                 *       "scopes": [
                 *         "challenges:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyInput"];
            };
        };
        responses: {
            /** @description Created; the secret is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cluster": "biorn",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "expires_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "last_used_at": "2026-03-02T09:30:00.000Z",
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "prefix": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "scopes": [
                     *         "challenges:read"
                     *       ],
                     *       "secret": "bsk_Qm9vdHN0cmFwIHRoZSBmdXR1cmUgb2YgbWVkaWNpbmU1234"
                     *     }
                     */
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getApiKeyUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest day first; days without requests are left out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "days": [
                     *         {
                     *           "day": "2026-12-01",
                     *           "requests": 4
                     *         }
                     *       ],
                     *       "key_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "per_day": 4,
                     *       "per_minute": 4
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyUsage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "tidal-quartz-harbour-2026"
                 *     }
                 */
                "application/json": components["schemas"]["AccountDeletion"];
            };
        };
        responses: {
            /** @description Deleted; every session of the account has ended and the session cookie is cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description The account is still taking part in something */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    exportData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your data. */
            200: {
                headers: {
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "about": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "account": {
                     *         "created_at": "2026-03-02T09:30:00.000Z",
                     *         "email": "anna.keller@uk-nordhafen.example",
                     *         "email_confirmed_at": "2026-03-02T09:30:00.000Z",
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "is_admin": true,
                     *         "kind": "clinician",
                     *         "language": "en",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "password": "tidal-quartz-harbour-2026",
                     *         "password_changed_at": "2026-03-02T09:30:00.000Z",
                     *         "time_zone": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "answers_given": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "hidden_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "question": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         }
                     *       ],
                     *       "api_keys": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "prefix": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "revoked_at": "2026-03-02T09:30:00.000Z",
                     *           "scopes": [
                     *             "challenges:read"
                     *           ]
                     *         }
                     *       ],
                     *       "attachments": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "deleted_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "audit_entries": [
                     *         {
                     *           "action": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "after": {},
                     *           "before": {},
                     *           "by_you": true,
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "entity_type": "user",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "purged_at": "2026-03-02T09:30:00.000Z",
                     *           "purged_fields": [
                     *             "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           ]
                     *         }
                     *       ],
                     *       "calls_created": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "status": "draft",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "updated_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "challenges": [
                     *         {
                     *           "blind_review": true,
                     *           "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "care_pathway_step": "prevention",
                     *           "ce_marking_required": true,
                     *           "clinical_context": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "cluster_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "criteria": [
                     *             {
                     *               "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "key": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "label": "Thoracic radiologist",
                     *               "position": 4,
                     *               "stage": 1,
                     *               "weight": 4
                     *             }
                     *           ],
                     *           "current_stage": 1,
                     *           "data_on_offer": "none",
                     *           "deadline": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "decision_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "device_class": "I",
                     *           "endorsement_count": 4,
                     *           "evaluation_deadline": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "hidden_at": "2026-03-02T09:30:00.000Z",
                     *           "icd10_code": "C34.9",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "indication": "Adults with stage III–IV non-small cell lung cancer",
                     *           "integration_needs": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "involves_patient_data": true,
                     *           "language": "en",
                     *           "min_evaluations": 4,
                     *           "moderator_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "outcome_kpi": "AUC of at least 0.80 for response at 12 weeks",
                     *           "owner_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "patient_population": "Adults with stage III–IV non-small cell lung cancer",
                     *           "problem_statement": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "published_at": "2026-03-02T09:30:00.000Z",
                     *           "regulation": "mdr",
                     *           "reward_details": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "reward_kind": "pilot",
                     *           "share_feedback": true,
                     *           "solutions_received": 4,
                     *           "stages": [
                     *             {
                     *               "advanced_at": "2026-03-02T09:30:00.000Z",
                     *               "closed_at": "2026-03-02T09:30:00.000Z",
                     *               "deadline": "2026-03-02T09:30:00.000Z",
                     *               "evaluation_deadline": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "kind": "submission",
                     *               "min_evaluations": 4,
                     *               "name": "Universitätsklinikum Nordhafen",
                     *               "opened_at": "2026-03-02T09:30:00.000Z",
                     *               "required_fields": [
                     *                 "title"
                     *               ],
                     *               "share_feedback": true,
                     *               "stage": 1
                     *             }
                     *           ],
                     *           "standard_of_care": "Response assessed by RECIST on follow-up CT at 8–12 weeks",
                     *           "status": "draft",
                     *           "submissions_closed_at": "2026-03-02T09:30:00.000Z",
                     *           "submitted_at": "2026-03-02T09:30:00.000Z",
                     *           "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "tags": [
                     *             "oncology"
                     *           ],
                     *           "target_outcome": "AUC of at least 0.80 for response at 12 weeks",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "trl_max": 4,
                     *           "trl_min": 4,
                     *           "updated_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3,
                     *           "visibility": "public"
                     *         }
                     *       ],
                     *       "clusters": [
                     *         {
                     *           "cluster": "biorn",
                     *           "cluster_name": "Universitätsklinikum Nordhafen",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "role": "moderator"
                     *         }
                     *       ],
                     *       "conflict_declarations": [
                     *         {
                     *           "automatic": true,
                     *           "conflict": true,
                     *           "declared_at": "2026-03-02T09:30:00.000Z",
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "reason": {
                     *             "member": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           },
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "stage": 1
                     *         }
                     *       ],
                     *       "conversations": [
                     *         {
                     *           "about_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "about_kind": "organization",
                     *           "blocked_at": "2026-03-02T09:30:00.000Z",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "last_message_at": "2026-03-02T09:30:00.000Z",
                     *           "last_read_at": "2026-03-02T09:30:00.000Z",
                     *           "reported_at": "2026-03-02T09:30:00.000Z",
                     *           "share_email": true,
                     *           "started_by_you": true,
                     *           "subject": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ],
                     *       "cooperation_milestones": [
                     *         {
                     *           "achieved_on": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "cooperation_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "device_class": "I",
                     *           "funding_amount_minor": 2500000,
                     *           "funding_currency": "EUR",
                     *           "funding_programme": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "letter_of_intent",
                     *           "kpi_met": true,
                     *           "kpi_method": "AUC of at least 0.80 for response at 12 weeks",
                     *           "kpi_unit": "AUC of at least 0.80 for response at 12 weeks",
                     *           "kpi_value": 4,
                     *           "last_changed_by_you": true,
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "notified_body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "planned_on": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *           "public": true,
                     *           "recorded_by_you": true,
                     *           "regulation": "mdr",
                     *           "status": "planned",
                     *           "updated_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "decision_overrides": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "email_links": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "purpose": "confirm_email",
                     *           "used_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "emails": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "kind": "confirm_email",
                     *           "language": "en",
                     *           "sent_at": "2026-03-02T09:30:00.000Z",
                     *           "status": "pending",
                     *           "to_email": "anna.keller@uk-nordhafen.example"
                     *         }
                     *       ],
                     *       "endorsements": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "events": {
                     *         "follow_ups": [
                     *           {
                     *             "created_at": "2026-03-02T09:30:00.000Z",
                     *             "meeting_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "met": true,
                     *             "next_step": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           }
                     *         ],
                     *         "meeting_requests": [
                     *           {
                     *             "created_at": "2026-03-02T09:30:00.000Z",
                     *             "decided_at": "2026-03-02T09:30:00.000Z",
                     *             "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "other_person": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "sent_by_you": true,
                     *             "status": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           }
                     *         ],
                     *         "meetings": [
                     *           {
                     *             "ends_at": "2026-03-02T09:30:00.000Z",
                     *             "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "other_person": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "starts_at": "2026-03-02T09:30:00.000Z",
                     *             "table_number": 4
                     *           }
                     *         ],
                     *         "registrations": [
                     *           {
                     *             "availability": [
                     *               {
                     *                 "end": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *                 "start": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *               }
                     *             ],
                     *             "created_at": "2026-03-02T09:30:00.000Z",
                     *             "decided_at": "2026-03-02T09:30:00.000Z",
                     *             "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "event_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *             "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "status": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "terms_accepted_at": "2026-03-02T09:30:00.000Z"
                     *           }
                     *         ]
                     *       },
                     *       "expert_profile": {
                     *         "bio": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "expertise": [
                     *           "oncology"
                     *         ],
                     *         "headline": "Thoracic radiologist",
                     *         "juror": true,
                     *         "languages": [
                     *           "en"
                     *         ],
                     *         "mentor": true,
                     *         "public": true,
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "generated_at": "2026-03-02T09:30:00.000Z",
                     *       "invitations_received": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "cluster_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "jury",
                     *           "last_sent_at": "2026-03-02T09:30:00.000Z",
                     *           "role": "technical_lead",
                     *           "status": "pending"
                     *         }
                     *       ],
                     *       "invitations_sent": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "cluster_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "jury",
                     *           "last_sent_at": "2026-03-02T09:30:00.000Z",
                     *           "role": "technical_lead",
                     *           "status": "pending"
                     *         }
                     *       ],
                     *       "jury_seats": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "conflicts": 4,
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "declared": 4,
                     *           "scored": 1,
                     *           "stage": 1
                     *         }
                     *       ],
                     *       "messages_sent": [
                     *         {
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "conversation_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "notification_preferences": [
                     *         {
                     *           "channel": "off",
                     *           "kind": "challenge_submitted"
                     *         }
                     *       ],
                     *       "notifications": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "digest": "daily",
                     *           "digested_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "challenge_submitted",
                     *           "params": {},
                     *           "read_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "organization": {
                     *         "country": "DE",
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "kind": "clinic",
                     *         "name": "Universitätsklinikum Nordhafen",
                     *         "profile": {
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "facets": [
                     *             {
                     *               "facet": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "value": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             }
                     *           ],
                     *           "listed_at": "2026-03-02T09:30:00.000Z",
                     *           "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "trl_max": 4,
                     *           "trl_min": 4,
                     *           "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         },
                     *         "size": "micro"
                     *       },
                     *       "organization_memberships": [
                     *         {
                     *           "claimed_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "organization_name": "Universitätsklinikum Nordhafen",
                     *           "role": "member",
                     *           "status": "claimed",
                     *           "via": "created"
                     *         }
                     *       ],
                     *       "questions_asked": [
                     *         {
                     *           "answer": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "answered_at": "2026-03-02T09:30:00.000Z",
                     *           "body": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "hidden_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "reports": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "entity_type": "challenge",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "reason": "Contains details that could identify a patient.",
                     *           "resolved_at": "2026-03-02T09:30:00.000Z",
                     *           "status": "open"
                     *         }
                     *       ],
                     *       "saved_searches": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "query": {}
                     *         }
                     *       ],
                     *       "score_drafts": [
                     *         {
                     *           "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *           "scores": {},
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "stage": 1,
                     *           "updated_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "scores": [
                     *         {
                     *           "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "scores": {},
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "stage": 1,
                     *           "updated_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "sessions": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "last_seen_at": "2026-03-02T09:30:00.000Z",
                     *           "revoked_at": "2026-03-02T09:30:00.000Z",
                     *           "user_agent": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *         }
                     *       ],
                     *       "solution_stages": [
                     *         {
                     *           "feedback_shared": true,
                     *           "outcome": "pending",
                     *           "outcome_at": "2026-03-02T09:30:00.000Z",
                     *           "snapshot": {},
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "stage": 1,
                     *           "submitted_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "solutions": [
                     *         {
                     *           "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *           "budget_amount_minor": 2500000,
                     *           "budget_currency": "EUR",
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "hidden_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "ip_status": "none",
                     *           "links": [
                     *             "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           ],
                     *           "name_if_winner": true,
                     *           "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "status": "draft",
                     *           "submitted_at": "2026-03-02T09:30:00.000Z",
                     *           "submitter_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "summary_public": true,
                     *           "team": "Two radiologists, a data scientist and a regulatory lead",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "trl": 4,
                     *           "updated_at": "2026-03-02T09:30:00.000Z",
                     *           "version": 3,
                     *           "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                     *         }
                     *       ],
                     *       "stage_slots": [
                     *         {
                     *           "ends_at": "2026-03-02T09:30:00.000Z",
                     *           "location": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "stage": 1,
                     *           "starts_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "team_memberships": [
                     *         {
                     *           "added_at": "2026-03-02T09:30:00.000Z",
                     *           "organization_name": "Universitätsklinikum Nordhafen",
                     *           "role": "technical_lead",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "terms_acceptances": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "webhooks": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "disabled_at": "2026-03-02T09:30:00.000Z",
                     *           "events": [
                     *             "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           ],
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DataExport"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listMyMatches: {
        parameters: {
            query?: {
                /** @description How many of each kind, best first (a top 50 at most; no further pages). */
                limit?: number;
                /** @description The language of the reasons. Without it: Accept-Language, then the account's language, then English. */
                lang?: "en" | "de" | "it" | "ro";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The best challenges and calls for you. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "calls": [
                     *         {
                     *           "call": {
                     *             "closes_at": "2026-03-02T09:30:00.000Z",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           },
                     *           "challenge_ids": [
                     *             "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           ],
                     *           "reason": "Contains details that could identify a patient.",
                     *           "score": 1
                     *         }
                     *       ],
                     *       "challenges": [
                     *         {
                     *           "challenge": {
                     *             "call_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "deadline": "2026-03-02T09:30:00.000Z",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           },
                     *           "matched": {
                     *             "capability": [
                     *               "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *             ],
                     *             "offers": [
                     *               "pilot_site"
                     *             ],
                     *             "pathway": "prevention",
                     *             "regulatory": "I",
                     *             "seeks": [
                     *               "pilot_site"
                     *             ],
                     *             "trl": {
                     *               "challenge": [
                     *                 4,
                     *                 4
                     *               ],
                     *               "partner": [
                     *                 4,
                     *                 4
                     *               ]
                     *             }
                     *           },
                     *           "reason": "oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6",
                     *           "score": 1
                     *         }
                     *       ],
                     *       "organization": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MyMatches"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your choices (defaults where you made none). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "channels": {
                     *         "affiliation_claimed": "off",
                     *         "affiliation_confirmed": "off",
                     *         "affiliation_declined": "off",
                     *         "call_changes_requested": "off",
                     *         "call_closed": "off",
                     *         "call_published": "off",
                     *         "call_submitted": "off",
                     *         "challenge_approved": "off",
                     *         "challenge_fits": "off",
                     *         "challenge_rejected": "off",
                     *         "challenge_submitted": "off",
                     *         "changes_requested": "off",
                     *         "cooperation_opened": "off",
                     *         "event_cancelled": "off",
                     *         "invitation": "off",
                     *         "meeting_accepted": "off",
                     *         "meeting_reminder": "off",
                     *         "meeting_requested": "off",
                     *         "message_received": "off",
                     *         "milestone_reached": "off",
                     *         "question_answered": "off",
                     *         "question_asked": "off",
                     *         "report_filed": "off",
                     *         "results_published": "off",
                     *         "saved_search_match": "off",
                     *         "scoring_reminder": "off",
                     *         "solution_submitted": "off",
                     *         "stage_advanced": "off",
                     *         "stage_not_advanced": "off",
                     *         "webhook_disabled": "off"
                     *       },
                     *       "time_zone": "Europe/Berlin"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    setNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channels": {
                 *         "affiliation_claimed": "off",
                 *         "affiliation_confirmed": "off",
                 *         "affiliation_declined": "off",
                 *         "call_changes_requested": "off",
                 *         "call_closed": "off",
                 *         "call_published": "off",
                 *         "call_submitted": "off",
                 *         "challenge_approved": "off",
                 *         "challenge_fits": "off",
                 *         "challenge_rejected": "off",
                 *         "challenge_submitted": "off",
                 *         "changes_requested": "off",
                 *         "cooperation_opened": "off",
                 *         "event_cancelled": "off",
                 *         "invitation": "off",
                 *         "meeting_accepted": "off",
                 *         "meeting_reminder": "off",
                 *         "meeting_requested": "off",
                 *         "message_received": "off",
                 *         "milestone_reached": "off",
                 *         "question_answered": "off",
                 *         "question_asked": "off",
                 *         "report_filed": "off",
                 *         "results_published": "off",
                 *         "saved_search_match": "off",
                 *         "scoring_reminder": "off",
                 *         "solution_submitted": "off",
                 *         "stage_advanced": "off",
                 *         "stage_not_advanced": "off",
                 *         "webhook_disabled": "off"
                 *       },
                 *       "time_zone": "Response to checkpoint inhibitors varies widely; we need a m"
                 *     }
                 */
                "application/json": components["schemas"]["NotificationPreferencesInput"];
            };
        };
        responses: {
            /** @description Your choices now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "channels": {
                     *         "affiliation_claimed": "off",
                     *         "affiliation_confirmed": "off",
                     *         "affiliation_declined": "off",
                     *         "call_changes_requested": "off",
                     *         "call_closed": "off",
                     *         "call_published": "off",
                     *         "call_submitted": "off",
                     *         "challenge_approved": "off",
                     *         "challenge_fits": "off",
                     *         "challenge_rejected": "off",
                     *         "challenge_submitted": "off",
                     *         "changes_requested": "off",
                     *         "cooperation_opened": "off",
                     *         "event_cancelled": "off",
                     *         "invitation": "off",
                     *         "meeting_accepted": "off",
                     *         "meeting_reminder": "off",
                     *         "meeting_requested": "off",
                     *         "message_received": "off",
                     *         "milestone_reached": "off",
                     *         "question_answered": "off",
                     *         "question_asked": "off",
                     *         "report_filed": "off",
                     *         "results_published": "off",
                     *         "saved_search_match": "off",
                     *         "scoring_reminder": "off",
                     *         "solution_submitted": "off",
                     *         "stage_advanced": "off",
                     *         "stage_not_advanced": "off",
                     *         "webhook_disabled": "off"
                     *       },
                     *       "time_zone": "Europe/Berlin"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "challenge_submitted",
                     *           "params": {},
                     *           "read_at": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd",
                     *       "unread_count": 4
                     *     }
                     */
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ids": [
                 *         "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MarkRead"];
            };
        };
        responses: {
            /** @description What is still unread. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unread_count": 4
                     *     }
                     */
                    "application/json": {
                        unread_count: number;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your profile. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "bio": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "expertise": [
                     *         "liquid-biopsy",
                     *         "oncology"
                     *       ],
                     *       "headline": "Molecular pathologist, liquid biopsy in lung cancer",
                     *       "juror": true,
                     *       "languages": [
                     *         "de",
                     *         "en"
                     *       ],
                     *       "mentor": true,
                     *       "public": true,
                     *       "updated_at": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExpertProfile"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bio": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "expertise": [
                 *         "oncology"
                 *       ],
                 *       "headline": "Thoracic radiologist",
                 *       "juror": true,
                 *       "languages": [
                 *         "de",
                 *         "en"
                 *       ],
                 *       "mentor": true,
                 *       "public": true
                 *     }
                 */
                "application/json": components["schemas"]["ExpertProfilePatch"];
            };
        };
        responses: {
            /** @description Your profile now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "bio": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "expertise": [
                     *         "liquid-biopsy",
                     *         "oncology"
                     *       ],
                     *       "headline": "Molecular pathologist, liquid biopsy in lung cancer",
                     *       "juror": true,
                     *       "languages": [
                     *         "de",
                     *         "en"
                     *       ],
                     *       "mentor": true,
                     *       "public": true,
                     *       "updated_at": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExpertProfile"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listSavedSearches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "feed_url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "query": {}
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["SavedSearch"][];
                    };
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    saveSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cluster": "biorn",
                 *       "deadline_before": "2026-03-02T09:30:00.000Z",
                 *       "name": "Universitätsklinikum Nordhafen",
                 *       "pathway": "prevention",
                 *       "q": "oncology",
                 *       "status": "draft",
                 *       "tag": "oncology",
                 *       "trl": 4
                 *     }
                 */
                "application/json": components["schemas"]["SavedSearchInput"];
            };
        };
        responses: {
            /** @description Saved. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "feed_url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "query": {}
                     *     }
                     */
                    "application/json": components["schemas"]["SavedSearch"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    deleteSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    acceptMeetingRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "from": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "pending",
                     *       "to": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MeetingRequest"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    declineMeetingRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "event_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "from": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "message": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "pending",
                     *       "to": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MeetingRequest"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getMeetingCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    followUpMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "met": true,
                 *       "next_step": "none"
                 *     }
                 */
                "application/json": components["schemas"]["FollowUpInput"];
            };
        };
        responses: {
            /** @description Your follow-up. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "meeting_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "met": true,
                     *       "next_step": "none"
                     *     }
                     */
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state / Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getModerationQueue: {
        parameters: {
            query?: {
                /** @description Only this cluster's challenges and reports (its slug; one of `clusters`). */
                cluster?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your queue. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenges_in_review": [
                     *         {
                     *           "cluster": "biorn",
                     *           "cluster_name": "Universitätsklinikum Nordhafen",
                     *           "deadline": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "owner": "Dr. Anna Keller",
                     *           "submitted_at": "2026-03-02T09:30:00.000Z",
                     *           "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "clusters": [
                     *         {
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "slug": "biorn"
                     *         }
                     *       ],
                     *       "open_reports": [
                     *         {
                     *           "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "challenge_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *           "cluster": "biorn",
                     *           "cluster_name": "Universitätsklinikum Nordhafen",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "entity_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "reason": "Contains details that could identify a patient.",
                     *           "reporter": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "subject": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModerationQueue"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listDatasets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The datasets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "datasets": [
                     *         {
                     *           "columns": [
                     *             "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           ],
                     *           "csv": "/api/v1/open-data/challenges.csv",
                     *           "json": "/api/v1/open-data/challenges.json",
                     *           "name": "challenges"
                     *         }
                     *       ],
                     *       "licence": "CC-BY-4.0",
                     *       "licence_url": "https://bedside.example/challenges"
                     *     }
                     */
                    "application/json": components["schemas"]["OpenDataIndex"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `<dataset>.csv` or `<dataset>.json`; datasets: challenges, results, calls, cooperation_milestones. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    /** @description `public, max-age=3600`, whoever asks. */
                    "Cache-Control"?: string;
                    /** @description `<https://creativecommons.org/licenses/by/4.0/>; rel="license"`: the licence (CC BY 4.0). */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dataset": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "generated_at": "2026-03-02T09:30:00.000Z",
                     *       "licence": "CC-BY-4.0",
                     *       "licence_url": "https://creativecommons.org/licenses/by/4.0/",
                     *       "rows": [
                     *         {}
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OpenDataset"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Full-text search over name, description, region and capabilities. */
                q?: string;
                /** @description Any of these (repeat the parameter or separate values by commas): clinic, hospital, university, research_institute, sme, startup, industry, cluster_office, public_authority, investor. */
                kind?: string;
                /** @description Any of these (repeat the parameter or separate values by commas): ISO 3166-1 alpha-2 codes such as DE or IT. */
                country?: string;
                /** @description Any of these capabilities (challenge tags; repeat the parameter or separate by commas). Typed words are normalised as tags: "Liquid biopsy" is liquid-biopsy. */
                capability?: string;
                /** @description Any of these (repeat the parameter or separate values by commas): prevention, screening, diagnosis, treatment, monitoring, rehabilitation, care_organisation. */
                pathway?: string;
                /** @description Any of these (repeat the parameter or separate values by commas): I, IIa, IIb, III, A, B, C, D. */
                regulatory?: string;
                /** @description Any of these (repeat the parameter or separate values by commas): pilot_site, clinical_data, co_development, test_bed, investment, mentoring, regulatory_advice. */
                offers?: string;
                /** @description Any of these (repeat the parameter or separate values by commas): pilot_site, clinical_data, co_development, test_bed, investment, mentoring, regulatory_advice. */
                seeks?: string;
                /** @description A TRL: organizations whose profile's range covers it. */
                trl?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "country": "DE",
                     *           "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "facets": {
                     *             "capability": [
                     *               "oncology"
                     *             ],
                     *             "offers": [
                     *               "pilot_site"
                     *             ],
                     *             "pathway": [
                     *               "prevention"
                     *             ],
                     *             "regulatory": [
                     *               "I"
                     *             ],
                     *             "seeks": [
                     *               "pilot_site"
                     *             ]
                     *           },
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "kind": "clinic",
                     *           "listed_at": "2026-03-02T09:30:00.000Z",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "trl_max": 4,
                     *           "trl_min": 4,
                     *           "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["OrganizationSummary"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "challenges": {
                     *         "count": 4,
                     *         "count_capped": true,
                     *         "items": [
                     *           {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "published_at": "2026-03-02T09:30:00.000Z",
                     *             "status": "draft",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           }
                     *         ]
                     *       },
                     *       "cooperations": {
                     *         "count": 4,
                     *         "count_capped": true,
                     *         "items": [
                     *           {
                     *             "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "challenge_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "partner": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *             "solution_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *             "started_at": "2026-03-02T09:30:00.000Z"
                     *           }
                     *         ]
                     *       },
                     *       "country": "DE",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "facets": {
                     *         "capability": [
                     *           "oncology"
                     *         ],
                     *         "offers": [
                     *           "pilot_site"
                     *         ],
                     *         "pathway": [
                     *           "prevention"
                     *         ],
                     *         "regulatory": [
                     *           "I"
                     *         ],
                     *         "seeks": [
                     *           "pilot_site"
                     *         ]
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "clinic",
                     *       "listed_at": "2026-03-02T09:30:00.000Z",
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "results": {
                     *         "count": 4,
                     *         "count_capped": true,
                     *         "items": [
                     *           {
                     *             "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "challenge_title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *             "decided_at": "2026-03-02T09:30:00.000Z",
                     *             "outcome": "draft",
                     *             "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *           }
                     *         ]
                     *       },
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationProfile"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cluster_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                 *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "facets": {
                 *         "capability": [
                 *           "oncology"
                 *         ],
                 *         "offers": [
                 *           "pilot_site"
                 *         ],
                 *         "pathway": [
                 *           "prevention"
                 *         ],
                 *         "regulatory": [
                 *           "I"
                 *         ],
                 *         "seeks": [
                 *           "pilot_site"
                 *         ]
                 *       },
                 *       "kind": "clinic",
                 *       "listed": true,
                 *       "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "trl_max": 4,
                 *       "trl_min": 4,
                 *       "verified": true,
                 *       "version": 3,
                 *       "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationPatch"];
            };
        };
        responses: {
            /** @description The organization now, listed or not. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cluster_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "country": "DE",
                     *       "description": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "facets": {
                     *         "capability": [
                     *           "oncology"
                     *         ],
                     *         "offers": [
                     *           "pilot_site"
                     *         ],
                     *         "pathway": [
                     *           "prevention"
                     *         ],
                     *         "regulatory": [
                     *           "I"
                     *         ],
                     *         "seeks": [
                     *           "pilot_site"
                     *         ]
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "kind": "clinic",
                     *       "listed_at": "2026-03-02T09:30:00.000Z",
                     *       "name": "Universitätsklinikum Nordhafen",
                     *       "region": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "trl_max": 4,
                     *       "trl_min": 4,
                     *       "verified_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "website": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["ManagedOrganization"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verified domain. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "domain": "uk-nordhafen.example",
                     *       "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "verified_at": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationDomain"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    removeDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain is no longer verified for this organization. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listMemberships: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claims and members; of each address only its domain. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "claimed_at": "2026-03-02T09:30:00.000Z",
                     *           "decided_at": "2026-03-02T09:30:00.000Z",
                     *           "email_confirmed": true,
                     *           "email_domain": "charite.de",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "role": "member",
                     *           "status": "claimed",
                     *           "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "via": "created"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MembershipList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    claimMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your claim (confirmed already when your domain was verified). */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimed_at": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "role": "member",
                     *       "status": "claimed",
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "via": "created"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    confirmMembership: {
        parameters: {
            query?: {
                /** @description Confirm as a member (the default) or as an administrator of the organization. */
                role?: "member" | "admin";
            };
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The confirmed membership. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimed_at": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "role": "member",
                     *       "status": "claimed",
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "via": "created"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    declineMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The declined membership. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimed_at": "2026-03-02T09:30:00.000Z",
                     *       "decided_at": "2026-03-02T09:30:00.000Z",
                     *       "organization_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "role": "member",
                     *       "status": "claimed",
                     *       "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "via": "created"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Only people with this area of expertise (a tag, e.g. liquid-biopsy). */
                expertise?: string;
                /** @description Only people who work in this language. */
                language?: string;
                /** @description `true`: only people available as jurors. */
                juror?: "true" | "false";
                /** @description `true`: only people available as mentors. */
                mentor?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people; never an email address. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "bio": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "expertise": [
                     *             "oncology"
                     *           ],
                     *           "headline": "Thoracic radiologist",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "juror": true,
                     *           "languages": [
                     *             "en"
                     *           ],
                     *           "mentor": true,
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": {
                     *             "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "listed": true,
                     *             "name": "Universitätsklinikum Nordhafen"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["PeoplePage"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    reportContent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                 *       "entity_type": "challenge",
                 *       "reason": "Contains details that could identify a patient."
                 *     }
                 */
                "application/json": components["schemas"]["ReportInput"];
            };
        };
        responses: {
            /** @description The report. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "entity_type": "challenge",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "reason": "Contains details that could identify a patient.",
                     *       "resolution_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "resolved_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "open"
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    resolveReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "dismiss",
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["ReportResolution"];
            };
        };
        responses: {
            /** @description The resolved report. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "entity_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "entity_type": "challenge",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "reason": "Contains details that could identify a patient.",
                     *       "resolution_note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "resolved_at": "2026-03-02T09:30:00.000Z",
                     *       "status": "open"
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The solution. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind": true,
                     *       "budget_amount_minor": 2500000,
                     *       "budget_currency": "EUR",
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "feedback": {
                     *         "comments": [
                     *           "Sound approach; the validation cohort is small for a CE-marked device."
                     *         ],
                     *         "criteria": {},
                     *         "evaluations": 4,
                     *         "score": 1
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "ip_status": "none",
                     *       "links": [
                     *         "https://bedside.example/challenges"
                     *       ],
                     *       "my_evaluation": {
                     *         "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *         "scores": {},
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "name_if_winner": true,
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "submitter": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "summary_public": true,
                     *       "team": "Two radiologists, a data scientist and a regulatory lead",
                     *       "terms": {
                     *         "acceptances": [
                     *           {
                     *             "accepted_at": "2026-03-02T09:30:00.000Z",
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "version": 3
                     *           }
                     *         ],
                     *         "current_version": 3,
                     *         "not_accepted": [
                     *           {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           }
                     *         ]
                     *       },
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                     *     }
                     */
                    "application/json": components["schemas"]["Solution"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchSolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                 *       "budget_amount_minor": 2500000,
                 *       "budget_currency": "EUR",
                 *       "ip_status": "none",
                 *       "links": [
                 *         "https://bedside.example/challenges"
                 *       ],
                 *       "name_if_winner": true,
                 *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                 *       "summary_public": true,
                 *       "team": "Two radiologists, a data scientist and a regulatory lead",
                 *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                 *       "trl": 4,
                 *       "version": 3,
                 *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                 *     }
                 */
                "application/json": components["schemas"]["SolutionPatch"];
            };
        };
        responses: {
            /** @description The solution. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind": true,
                     *       "budget_amount_minor": 2500000,
                     *       "budget_currency": "EUR",
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "feedback": {
                     *         "comments": [
                     *           "Sound approach; the validation cohort is small for a CE-marked device."
                     *         ],
                     *         "criteria": {},
                     *         "evaluations": 4,
                     *         "score": 1
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "ip_status": "none",
                     *       "links": [
                     *         "https://bedside.example/challenges"
                     *       ],
                     *       "my_evaluation": {
                     *         "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *         "scores": {},
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "name_if_winner": true,
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "submitter": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "summary_public": true,
                     *       "team": "Two radiologists, a data scientist and a regulatory lead",
                     *       "terms": {
                     *         "acceptances": [
                     *           {
                     *             "accepted_at": "2026-03-02T09:30:00.000Z",
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "version": 3
                     *           }
                     *         ],
                     *         "current_version": 3,
                     *         "not_accepted": [
                     *           {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           }
                     *         ]
                     *       },
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                     *     }
                     */
                    "application/json": components["schemas"]["Solution"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    uploadSolutionAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description One file in the field `file`: PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint (.docx/.xlsx/.pptx and legacy), OpenDocument. At most 10 MB a file, 25 MB and 10 files together. The type is read from the bytes, not the name. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The attachment. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "filename": "Universitätsklinikum Nordhafen",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "size": 20,
                     *       "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "conflict": true,
                 *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                 *     }
                 */
                "application/json": components["schemas"]["ConflictDeclaration"];
            };
        };
        responses: {
            /** @description Your declaration. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conflict": true,
                     *       "declared_at": "2026-03-02T09:30:00.000Z",
                     *       "note": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": {
                        conflict: boolean;
                        declared_at: string;
                        note: string | null;
                        solution_id: string;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    evaluateSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                 *       "draft": true,
                 *       "scores": {}
                 *     }
                 */
                "application/json": components["schemas"]["EvaluationInput"];
            };
        };
        responses: {
            /** @description Your evaluation, or your draft. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *       "draft": true,
                     *       "scores": {},
                     *       "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "updated_at": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": {
                        comment: string | null;
                        /** @description true: saved to finish later; it does not count yet. */
                        draft: boolean;
                        scores: {
                            [key: string]: number;
                        };
                        solution_id: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    submitSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted solution. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind": true,
                     *       "budget_amount_minor": 2500000,
                     *       "budget_currency": "EUR",
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "feedback": {
                     *         "comments": [
                     *           "Sound approach; the validation cohort is small for a CE-marked device."
                     *         ],
                     *         "criteria": {},
                     *         "evaluations": 4,
                     *         "score": 1
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "ip_status": "none",
                     *       "links": [
                     *         "https://bedside.example/challenges"
                     *       ],
                     *       "my_evaluation": {
                     *         "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *         "scores": {},
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "name_if_winner": true,
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "submitter": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "summary_public": true,
                     *       "team": "Two radiologists, a data scientist and a regulatory lead",
                     *       "terms": {
                     *         "acceptances": [
                     *           {
                     *             "accepted_at": "2026-03-02T09:30:00.000Z",
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "version": 3
                     *           }
                     *         ],
                     *         "current_version": 3,
                     *         "not_accepted": [
                     *           {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           }
                     *         ]
                     *       },
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                     *     }
                     */
                    "application/json": components["schemas"]["Solution"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields this stage asks for are missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invitations": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "email": "anna.keller@uk-nordhafen.example",
                     *           "expires_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "last_sent_at": "2026-03-02T09:30:00.000Z",
                     *           "role": "technical_lead",
                     *           "sent_count": 4,
                     *           "stage": 1,
                     *           "status": "pending"
                     *         }
                     *       ],
                     *       "members": [
                     *         {
                     *           "added_at": "2026-03-02T09:30:00.000Z",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "role": "technical_lead",
                     *           "submitter": true,
                     *           "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "recusals": [
                     *         {
                     *           "juror_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "juror_name": "Universitätsklinikum Nordhafen",
                     *           "member": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "organization": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "reason": "Contains details that could identify a patient.",
                     *           "recused_at": "2026-03-02T09:30:00.000Z",
                     *           "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "solution_title": "Predicting immunotherapy response in lung cancer from routine CT"
                     *         }
                     *       ],
                     *       "solution_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "submitter_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    inviteTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dr.weber@uk-nordhafen.example",
                 *       "language": "en",
                 *       "role": "technical_lead"
                 *     }
                 */
                "application/json": components["schemas"]["TeamInvitationInput"];
            };
        };
        responses: {
            /** @description The invitation is on its way (inviting again resends it). */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "status": "sent"
                     *     }
                     */
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already exists / The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Off the team. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    patchTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "submitter": true
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberPatch"];
            };
        };
        responses: {
            /** @description The new submitter. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "submitter_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": {
                        submitter_id: string;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    acceptTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["TermsAcceptanceInput"];
            };
        };
        responses: {
            /** @description The solution's acceptances now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "acceptances": [
                     *         {
                     *           "accepted_at": "2026-03-02T09:30:00.000Z",
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "current_version": 3,
                     *       "not_accepted": [
                     *         {
                     *           "name": "Universitätsklinikum Nordhafen",
                     *           "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SolutionTerms"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    withdrawSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawn solution. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "approach": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.",
                     *       "attachments": [
                     *         {
                     *           "content_type": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "filename": "Universitätsklinikum Nordhafen",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "size": 20,
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ],
                     *       "blind": true,
                     *       "budget_amount_minor": 2500000,
                     *       "budget_currency": "EUR",
                     *       "challenge_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "feedback": {
                     *         "comments": [
                     *           "Sound approach; the validation cohort is small for a CE-marked device."
                     *         ],
                     *         "criteria": {},
                     *         "evaluations": 4,
                     *         "score": 1
                     *       },
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "ip_status": "none",
                     *       "links": [
                     *         "https://bedside.example/challenges"
                     *       ],
                     *       "my_evaluation": {
                     *         "comment": "Sound approach; the validation cohort is small for a CE-marked device.",
                     *         "scores": {},
                     *         "updated_at": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "name_if_winner": true,
                     *       "organization": {
                     *         "country": "DE",
                     *         "kind": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "status": "draft",
                     *       "submitted_at": "2026-03-02T09:30:00.000Z",
                     *       "submitter": {
                     *         "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *         "name": "Universitätsklinikum Nordhafen"
                     *       },
                     *       "summary": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *       "summary_public": true,
                     *       "team": "Two radiologists, a data scientist and a regulatory lead",
                     *       "terms": {
                     *         "acceptances": [
                     *           {
                     *             "accepted_at": "2026-03-02T09:30:00.000Z",
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *             "version": 3
                     *           }
                     *         ],
                     *         "current_version": 3,
                     *         "not_accepted": [
                     *           {
                     *             "name": "Universitätsklinikum Nordhafen",
                     *             "user_id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *           }
                     *         ]
                     *       },
                     *       "title": "Predicting immunotherapy response in lung cancer from routine CT",
                     *       "trl": 4,
                     *       "updated_at": "2026-03-02T09:30:00.000Z",
                     *       "version": 3,
                     *       "work_plan": "A radiomics model on baseline CT, validated on 400 retrospective cases at two sites."
                     *     }
                     */
                    "application/json": components["schemas"]["Solution"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your subscriptions. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "consecutive_failures": 4,
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "disabled_at": "2026-03-02T09:30:00.000Z",
                     *           "enabled": true,
                     *           "events": [
                     *             "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *           ],
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "challenge.published",
                 *         "question.answered"
                 *       ],
                 *       "url": "https://example.org/hooks/bedside"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookInput"];
            };
        };
        responses: {
            /** @description Created; the secret is shown this once. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "consecutive_failures": 4,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "disabled_at": "2026-03-02T09:30:00.000Z",
                     *       "enabled": true,
                     *       "events": [
                     *         "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       ],
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                     *       "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["NewWebhook"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "consecutive_failures": 4,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "disabled_at": "2026-03-02T09:30:00.000Z",
                     *       "enabled": true,
                     *       "events": [
                     *         "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       ],
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true,
                 *       "events": [
                 *         "challenge.published",
                 *         "question.answered"
                 *       ],
                 *       "url": "https://example.org/hooks/bedside"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPatch"];
            };
        };
        responses: {
            /** @description The subscription as it is now. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "consecutive_failures": 4,
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "disabled_at": "2026-03-02T09:30:00.000Z",
                     *       "enabled": true,
                     *       "events": [
                     *         "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT."
                     *       ],
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "url": "https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "attempts": [
                     *             {
                     *               "at": "2026-03-02T09:30:00.000Z",
                     *               "attempt": 4,
                     *               "duration_ms": 4,
                     *               "error": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *               "status_code": 4
                     *             }
                     *           ],
                     *           "created_at": "2026-03-02T09:30:00.000Z",
                     *           "delivered_at": "2026-03-02T09:30:00.000Z",
                     *           "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *           "payload": {},
                     *           "status": "pending",
                     *           "type": "challenge.published"
                     *         }
                     *       ],
                     *       "next_cursor": "WyIwMTkzYTRjMiJd"
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Some fields are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                did: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Handed to the queue; its attempts appear in the log. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attempts": [
                     *         {
                     *           "at": "2026-03-02T09:30:00.000Z",
                     *           "attempt": 4,
                     *           "duration_ms": 4,
                     *           "error": "Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.",
                     *           "status_code": 4
                     *         }
                     *       ],
                     *       "created_at": "2026-03-02T09:30:00.000Z",
                     *       "delivered_at": "2026-03-02T09:30:00.000Z",
                     *       "id": "0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37",
                     *       "payload": {},
                     *       "status": "pending",
                     *       "type": "challenge.published"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Sign-in required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getChallengesFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getSavedSearchFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `<token>.atom`, as at the end of the `feed_url`. */
                feed: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
}
