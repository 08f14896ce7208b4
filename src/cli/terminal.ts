/**
 * What reaches a terminal: ids, messages and quotes come from the input, and
 * an id holding `\x1b[2J` must not clear the user's screen. Control characters
 * (C0, DEL, C1) and the Unicode line and bidirectional overrides are shown as
 * escapes instead.
 */

const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

/** `value` with every control character written as a `\xNN` or `\uNNNN` escape; line feeds kept when `lines`. */
export function printable(value: string, lines = false): string {
  const escaped = value.replace(unsafe, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
  return lines ? escaped : escaped.replace(/\n/g, '\\n')
}
