/**
 * `items` in lists by `key`, each list in the items' order: one pass, so attaching children to
 * their parents costs the children's number, not parents × children (`Map.groupBy` is ES2024).
 */
export const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};
