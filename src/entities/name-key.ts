/**
 * A spelling-insensitive key for a name, so that transliterations of one
 * name meet: Troufanov / Trufanov, Yelena / Elena, Aleksandr / Alexander,
 * Zelenskyy / Zelensky. The key is the first letter and the consonants, after
 * folding common transliteration pairs.
 */

import {emptyList} from '../shapes.js'
import {ownCopy} from '../own-copy.js'

const folds: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ye/, 'e'],
  [/^yu/, 'u'],
  [/^ya/, 'a'],
  [/tch/g, 'ch'],
  [/dzh/g, 'j'],
  [/sch/g, 'sh'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/w/g, 'v'],
  [/j/g, 'y']
]

/** Letters of ASCII only: their key needs no normalising (a name word read from English news mostly is). */
const asciiLetters = /^[A-Za-z]+$/

/** Key of one name word. */
export function wordKey(word: string): string {
  // Decomposed, marks dropped, lowercase, letters a–z only: for ASCII letters that is the word in lowercase.
  let value = asciiLetters.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '')
  if (!value) return word.toLowerCase()
  for (const [pattern, replacement] of folds) value = value.replace(pattern, replacement)
  const head = value[0]!
  const consonants = value.slice(1).replace(/[aeiouy]/g, '')
  return (head + consonants).replace(/(.)\1+/g, '$1')
}

const wordCache = new Map<string, string>()

/** `wordKey`, memoised: one word is in many names (“Costa”, “Ana Costa”, “Mayor Ana Costa”). */
function cachedWordKey(word: string): string {
  let key = wordCache.get(word)
  if (key === undefined) {
    if (wordCache.size > 50_000) wordCache.clear()
    key = wordKey(word)
    wordCache.set(ownCopy(word), key)
  }
  return key
}

const cache = new Map<string, string[]>()

/** Keys of the words of a name, titles and particles included as written (memoised: names repeat). */
export function nameKeys(name: string): string[] {
  let keys = cache.get(name)
  if (!keys) {
    if (cache.size > 50_000) cache.clear()
    keys = emptyList<string>()
    for (const word of name.split(/[\s-]+/)) if (word) keys.push(cachedWordKey(word))
    // A copy as the key: a name sliced from a document would keep that whole document alive.
    cache.set(ownCopy(name), keys)
  }
  return keys
}

/**
 * Whether two names may be one person: every word of the shorter has a word
 * of the same key in the longer, and the last words agree when both have
 * more than one word.
 */
export function namesCompatible(a: string, b: string): boolean {
  return keysCompatible(nameKeys(a), nameKeys(b))
}

/** `namesCompatible` over keys already computed with `nameKeys`. */
export function keysCompatible(keysA: readonly string[], keysB: readonly string[]): boolean {
  if (keysA.length === 0 || keysB.length === 0) return false
  const shorter = keysA.length <= keysB.length ? keysA : keysB
  const longer = shorter === keysA ? keysB : keysA
  if (shorter.length > 1 && shorter[shorter.length - 1] !== longer[longer.length - 1]) return false
  return shorter.every((key) => longer.includes(key))
}
