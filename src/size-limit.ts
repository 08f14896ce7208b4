/**
 * The size limit of one document, shared by `extractQuotes`, `extractStream`
 * and the retext plugin: a 200 MB input is refused at once, with a message,
 * instead of exhausting the heap minutes later with no output at all.
 */

/** Largest source extracted by default, in characters (UTF-16 code units): about 10 MB of news. */
export const defaultMaxSize = 10_000_000

/** Check a `maxSize` option (misuse throws a `RangeError` naming the value); the limit to apply. */
export function checkMaxSize(value: unknown = defaultMaxSize): number {
  if (typeof value !== 'number' || !(value >= 0)) throw new RangeError(`\`maxSize\` must be a number of characters, not \`${String(value)}\``)
  return value
}

/** Why `source` is over `maxSize` (`too large (…)`), or `undefined` when it is not. */
export function oversize(source: string, maxSize: number): string | undefined {
  return source.length > maxSize ? `too large (${source.length} characters, \`maxSize\` is ${maxSize})` : undefined
}
