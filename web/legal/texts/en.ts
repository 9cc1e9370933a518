import { type LegalTexts, markdown } from '../documents';

/*
 * The legal pages in English. EDIT BEFORE DEPLOYING: these are the operator's texts, reviewed by
 * the operator's counsel; the other languages are in de.ts, it.ts and ro.ts beside this file.
 *
 * Markdown (CommonMark). HTML is shown as text, never run. Inside the backquotes below, write \`
 * for a backquote and \${ for a dollar followed by a brace. These placeholders are filled in from
 * wrangler.toml [vars]: {operator_name} (OPERATOR_NAME), {operator_address} (OPERATOR_ADDRESS),
 * {operator_contact} (OPERATOR_CONTACT) and {privacy_contact} (PRIVACY_CONTACT). Every page also
 * ends with the operator's name, address and contacts, so the texts need not repeat them.
 */

const privacy = markdown`
This notice explains which personal data Bedside stores when you use this site, why, for how long, who receives it and which rights you have (Articles 13 and 14 of the General Data Protection Regulation, GDPR).

## Who is responsible

The controller is {operator_name}, {operator_address}. Write to {operator_contact}. For anything about your data, write to our data-protection contact: {privacy_contact}.

## What Bedside stores, and why

- **Your account:** your name, email address, a salted hash of your password (never the password itself), whether you joined as a clinician or a solver, your organization (name, kind and country) if you give one, your language and time zone, and when you confirmed your address. We need these to run your account and to show others who posted or submitted something (Art. 6(1)(b) GDPR: the contract of use).
- **Sign-in:** a session cookie keeps you signed in for up to 14 days; we store only a hash of it, with your browser's name so you can recognise your sessions. A language cookie remembers the language you chose for a year. Both are strictly necessary. Bedside sets no tracking or advertising cookies and uses no analytics.
- **Challenges, questions, answers and endorsements** that you post: shown to the public or to the cluster's network, as the challenge says; moderators read challenges before they are published (Art. 6(1)(b) GDPR).
- **Solutions:** confidential. Only your team, the challenge's owner, its jury and the cluster's moderators can read them. When a challenge is decided, a winning solution is named publicly only if you agreed to it when you submitted (Art. 6(1)(b) GDPR, and your consent for being named, Art. 6(1)(a)).
- **Evaluations:** jury members' declarations of conflicts of interest, scores and comments, including unfinished scores, which are never counted. They are used to rank the solutions of that challenge only (Art. 6(1)(b) GDPR).
- **Notifications and emails:** your notifications, your choices of which ones reach you by email, your saved searches, and a record of every email sent to you (its kind, the address, when it was sent and whether it arrived). An email's text is composed when it is sent and is not stored (Art. 6(1)(b) GDPR).
- **Audit trail and reports:** who changed what and when on challenges, solutions, reports and roles, and the reports people send to moderators, so that decisions stay traceable and disputes can be resolved (Art. 6(1)(f) GDPR: our legitimate interest in a fair and accountable process).
- **Logs:** for security and to fix faults, our hosting provider records each request (time, address asked for, result, and the technical data your browser sends, such as its IP address and user agent). Counters of failed sign-ins and registrations per network address stop abuse (Art. 6(1)(f) GDPR).

## How long we keep it

- Sessions end after 14 days at the latest and are then deleted; links sent by email stop working after 30 minutes (password reset) or 24 hours (confirming an address).
- Counters against abuse are deleted when their window ends, after minutes to hours. Request logs are kept for up to 7 days.
- Your account, your content and the records of emails to you are kept while your account exists. When you ask us to delete your account, we delete or anonymise your data within 30 days. Entries of the audit trail and the published results of decided challenges are kept for as long as those results are published, and at most 10 years, so that decisions remain traceable.

## Who receives your data

- Other people on Bedside, as described above: public content is public; confidential content reaches only those named.
- Cloudflare, Inc., which hosts Bedside, its database and logs and delivers its emails, as our processor under a data-processing agreement. Data may be processed outside the European Union; transfers to the United States rely on the EU–US Data Privacy Framework and on the European Commission's standard contractual clauses.
- Nobody else, unless the law obliges us. We never sell data and show no advertising.

## Your rights

You have the right to access your data (Art. 15 GDPR), to have it corrected (Art. 16), deleted (Art. 17) or its use restricted (Art. 18), to receive it in a portable format (Art. 20), to object to uses based on our legitimate interests (Art. 21) and to withdraw a consent at any time, without affecting what happened before (Art. 7(3)). Write to {privacy_contact}. You may also complain to a data-protection supervisory authority, in particular in the EU country where you live or work (Art. 77).

## Do you have to give us data?

You can read public challenges without an account. To post or submit, you need an account with a name and an email address. Bedside makes no automated decisions about you: people decide, and the jury's scores are advice to the challenge's owner.

Please do not enter data about patients that could identify them anywhere on Bedside.
`;

const terms = markdown`
These terms apply to everyone who uses Bedside at this address, run by {operator_name}. By creating an account you accept them.

## What Bedside is

Bedside connects clinicians who describe unmet clinical needs (challenges) with companies and research groups that propose solutions. The operator runs the platform; it is not a party to any agreement between a challenge's owner and a solver.

## Your account

- Give your real name and an address you read; one account per person.
- Keep your password to yourself. Tell us at {operator_contact} if someone else may have used your account.
- Clinicians who post a challenge confirm that their organization allows them to.

## What you post

- **No patient data.** Never enter information that could identify a patient.
- Post only what you may share: respect confidentiality, intellectual property and the law.
- Be factual and respectful. Moderators may ask for changes, hide content that breaks these terms, and suspend accounts that break them repeatedly. If you think content breaks them, write to {operator_contact}, naming the page.

## Solutions and intellectual property

- You keep every right in what you submit. Submitting a solution allows the challenge's owner, its jury and the cluster's moderators to read and evaluate it for that challenge, and for nothing else.
- Owners, jury members and moderators keep solutions confidential and use them only to evaluate them. Any further use needs a separate agreement with the solver.
- Jury members declare any conflict of interest before reading a solution.
- A winning solution is named publicly only if its team agreed to it.

## Decisions and rewards

The challenge's owner decides, advised by the jury's scores; the decision is final on Bedside. Rewards such as pilots or funding are promised by the challenge's owner as the challenge describes them, not by the operator.

## No medical advice

Bedside is not a medical device and nothing on it is medical advice.

## Availability and liability

We work to keep Bedside available and your data safe, but cannot promise that it is always available or free of errors. The operator is liable without limit for intent and gross negligence and for harm to life, body or health; otherwise only for breaches of essential duties, limited to the damage that was foreseeable. Nothing here limits liability where the law does not allow it.

## Ending and changes

You may stop using Bedside at any time and ask for your account to be deleted (see the privacy notice). We announce changes to these terms by email at least 30 days before they apply; if you do not agree, you may close your account.

## Law

The law of the country where the operator is established applies. If you use Bedside as a consumer, the protections of the law of the country where you live remain.
`;

const imprint = markdown`
Bedside at this address is run by {operator_name}.

Responsible for the content of this site: {operator_name}, {operator_address}.

Challenges, questions, solutions and comments are written by the people who post them, and they are responsible for them. If you find content that is unlawful or breaks the terms of use, write to {operator_contact}, naming the page.
`;

export const enLegal: LegalTexts = { privacy, terms, imprint };
