/** A short random suffix for names that must not collide between tests (emails, slugs, titles). */
export const unique = () => crypto.randomUUID().slice(0, 8);
