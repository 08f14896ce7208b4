/**
 * Options objects checked key by key: a misspelt key (`{minConfidnce: 1}`)
 * would otherwise do nothing at all, silently. Shared by every entry point
 * that takes options, so the message reads the same everywhere.
 */

/**
 * Check that `value` is a plain options object (or `undefined`) whose own
 * keys are all in `known`; throw a `TypeError` naming the bad key or value.
 *
 * @param value The options as given.
 * @param known The keys the function understands.
 * @param name What the options belong to, for the message (`extractQuotes`).
 * @returns The options, `{}` for `undefined`.
 */
export function checkOptionKeys<T extends object>(value: T | undefined, known: readonly string[], name: string): T {
  if (value === undefined) return {} as T
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Expected an options object for \`${name}\`, not \`${describe(value)}\``)
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`Unknown option \`${key}\` for \`${name}\`: expected one of ${known.map((each) => `\`${each}\``).join(', ')}`)
    }
  }
  return value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`
  return typeof value
}
