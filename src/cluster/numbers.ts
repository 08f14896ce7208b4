/**
 * Numbers written two ways are one term: “63rd” and “63th” (a translator's
 * slip) are `63`, and so are “sixty-three”'s parts as figures: “thirty”
 * is `30`, “seven” is `7`. Translators write a number in words or in
 * figures as their style guide says, not as the source did.
 */

import {cardinalTens, cardinalUnits} from '../lexicon/numbers.js'

// “One” stays a function word: “no one”, “one of them”.
const figures = new Map<string, string>([...cardinalUnits.map((word, value) => [word, String(value)] as const), ...cardinalTens.map((word, at) => [word, String(20 + 10 * at)] as const)])
figures.delete('one')

const ordinal = /^(\d+)(?:st|nd|rd|th)$/

/** The figures of a lowercased number word or ordinal (“thirty” → `30`, “63rd” → `63`), or undefined. */
export function asFigures(word: string): string | undefined {
  const figure = figures.get(word)
  if (figure !== undefined) return figure
  // An ordinal starts with a figure: most words are not tried.
  const first = word.charCodeAt(0)
  const match = first >= 48 && first <= 57 ? ordinal.exec(word) : null
  return match ? match[1] : undefined
}
