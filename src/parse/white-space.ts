/**
 * Whether the UTF-16 code unit `code` is white space as RegExp `\s` reads it: hot loops test
 * character codes with it instead of running a pattern per character.
 */
export function isWhiteSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
