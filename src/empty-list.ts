/**
 * An empty array that V8 stores as a filled array of objects or strings is
 * stored (same hidden class, "packed elements"). `[]` and `.map()` of an empty
 * array are stored as small integers instead: code compiled while only filled
 * arrays came is thrown away and compiled again the first time such an empty
 * one reaches it. In a fresh process (each CLI worker) these recompilations of
 * the attribution's large functions cost about a second of compiler time over
 * the first thousand documents. Build a list that may stay empty from this,
 * and `push` into it.
 */
export function emptyList<T>(): T[] {
  const list = [undefined as T]
  list.pop()
  return list
}
