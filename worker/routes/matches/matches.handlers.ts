import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { loadChallengeMatches, loadMyMatches } from '../../access/matches';
import { isSignedIn } from '../../domain/actor';
import { MATCH_LANGUAGES, type MatchLanguage } from '../../domain/matches/reasons';
import type { AppEnv } from '../../env';
import { OK } from '../../http/status';
import type * as routes from './matches.routes';

const isLanguage = (value: unknown): value is MatchLanguage => MATCH_LANGUAGES.includes(value as MatchLanguage);

/** The language of the reasons: `?lang=`, then the first of Accept-Language we speak, then the account's, then English. */
function languageOf(c: Context<AppEnv>, asked: MatchLanguage | undefined): MatchLanguage {
  if (asked) return asked;
  const accepted = (c.req.header('accept-language') ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.q > 0 && isLanguage(entry.language))
    .sort((a, b) => b.q - a.q)[0]?.language;
  if (isLanguage(accepted)) return accepted;
  const { actor } = c.var;
  return isSignedIn(actor) && isLanguage(actor.locale) ? actor.locale : 'en';
}

const private_ = (c: Context<AppEnv>) => {
  c.header('Cache-Control', 'no-store');
  c.header('Vary', 'Authorization, Cookie, Accept-Language');
};

export const challenge: RouteHandler<typeof routes.challengeMatches, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const { matches } = await loadChallengeMatches(
    c.var.db,
    c.var.actor,
    c.req.valid('param').id,
    query,
    languageOf(c, query.lang),
  );
  private_(c);
  return c.json(matches, OK);
};

export const mine: RouteHandler<typeof routes.myMatches, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const body = await loadMyMatches(c.var.db, c.var.actor, query, languageOf(c, query.lang));
  private_(c);
  return c.json(body, OK);
};
