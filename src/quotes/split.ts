/**
 * Quotes split by their attribution — “A,” he said, “B.” — are two quotes;
 * the second continues the first and shares its speaker.
 */

import {reportingVerb} from '../lexicon/cues.js'
import type {QuoteSpan} from './scan.js'

const attributionBetween = /^\s*,?\s*([^.!?“”"«»]{1,80}?),\s*$/u

/** For each span, the index of the span it continues, if any. */
export function linkSplitQuotes(text: string, spans: readonly QuoteSpan[]): Array<number | undefined> {
  const links: Array<number | undefined> = spans.map(() => undefined)
  for (let index = 1; index < spans.length; index++) {
    const first = spans[index - 1]!
    const second = spans[index]!
    if (first.lastParagraph !== second.paragraph || first.closeMark === '') continue
    if (!/[,—–…]\s*$/.test(text.slice(first.start, first.end))) continue
    const between = attributionBetween.exec(text.slice(first.close, second.open))
    if (!between) continue
    if (between[1]!.split(/\s+/).some((word) => reportingVerb(word.replace(/[^\p{L}]/gu, '')))) links[index] = index - 1
  }
  return links
}
