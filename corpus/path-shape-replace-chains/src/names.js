// File names made from what the model calls a snapshot or a board.

/** "team/q3 plan" -> "team-q3 plan": every path part kept, the separators gone. */
export function boardFile(board) {
  return board.trim().split(/[\\/]+/).filter(Boolean).join("-") + ".board.json";
}

/** Windows separators first turned into `/`, then every `/` into `__`. */
export function scopeName(scope) {
  return scope.replace(/\\/g, "/").replace(/\//g, "__").toLowerCase();
}
