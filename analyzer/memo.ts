// Answers to pure questions, remembered per key. Rules and the engine ask the
// same few hundred questions (is this name a secret? which rows match this
// API?) for every call and flow of a program; a bundle asks them millions of
// times. Each memo is bounded: past `max` keys it starts over, so a
// long-lived process scanning many packages does not grow without limit.

/** `compute`, remembered per key (undefined answers included). */
export function boundedMemo<K, V>(compute: (key: K) => V, max = 10_000): (key: K) => V {
  const answers = new Map<K, V>();
  return (key: K): V => {
    // One lookup for a remembered answer; `has` only to tell a remembered undefined from none.
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
