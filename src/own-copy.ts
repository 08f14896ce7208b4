/**
 * V8 keeps a slice of a long string as a view into it: a kept 20-character
 * quote or name would hold its whole source alive. A copy holds only itself
 * (slices shorter than 13 characters are copies already).
 */
export function ownCopy(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1)
}
