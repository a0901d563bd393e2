/** Splits upload jobs into groups of `size` (all in one group when no size is given). */
export function inGroups(jobs, size) {
  if (!size) return jobs.length > 0 ? [jobs] : [];
  const groups = [];
  for (let at = 0; at < jobs.length; at += size) groups.push(jobs.slice(at, at + size));
  return groups;
}
