/**
 * `word.toLowerCase()` for the words of a document, asked again and again.
 *
 * News text holds curly quotes, so V8 stores it (and every word sliced from
 * it) as two-byte strings, whose `toLowerCase` takes the slow general path: a
 * quarter of a microsecond a word, once per stage that reads the word. A
 * word with no capital and no character outside ASCII is its own lowercase;
 * the others are remembered (a copy as the key, so that no document is kept
 * alive), as the same names and sentence openers come back in every article.
 */

import {ownCopy} from '../own-copy.js'

const remembered = new Map<string, string>()
const limit = 50_000

/** `word.toLowerCase()`, the same string, faster on words seen before. */
export function lowerCase(word: string): string {
  return isPlainLowerCase(word) ? word : rememberedLowerCase(word)
}

/** Whether `lowerCase(word)` is `word` itself, seen from its characters alone: no capital, nothing outside ASCII. */
export function isPlainLowerCase(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at)
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return false
  }
  return true
}

function rememberedLowerCase(word: string): string {
  let lower = remembered.get(word)
  if (lower === undefined) {
    if (remembered.size >= limit) remembered.clear()
    const key = ownCopy(word)
    lower = word.toLowerCase()
    // Unchanged (“café”), it may be the slice itself.
    if (lower === word) lower = key
    remembered.set(key, lower)
  }
  return lower
}
