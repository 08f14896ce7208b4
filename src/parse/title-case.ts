import {isWhiteSpace} from './white-space.js'

/** Whether most words longer than three characters (split at white space, opening with a letter) are capitalised; read in place, no array of words. */
export function isTitleCase(sentence: string): boolean {
  let words = 0
  let capitalised = 0
  let at = 0
  while (at < sentence.length) {
    while (at < sentence.length && isWhiteSpace(sentence.charCodeAt(at))) at++
    if (at === sentence.length) break
    const start = at
    while (at < sentence.length && !isWhiteSpace(sentence.charCodeAt(at))) at++
    if (at - start <= 3) continue
    const first = sentence.charCodeAt(start)
    if (first < 0x80) {
      if (first >= 0x41 && first <= 0x5a) capitalised++
      else if (!(first >= 0x61 && first <= 0x7a)) continue
    } else {
      letterAt.lastIndex = start
      if (!letterAt.test(sentence)) continue
      upperAt.lastIndex = start
      if (upperAt.test(sentence)) capitalised++
    }
    words++
  }
  return words >= 3 && capitalised / words > 0.8
}

const letterAt = /\p{L}/uy
const upperAt = /\p{Lu}/uy
