/**
 * Quotes split by their attribution — “A,” he said, “B.” — are two quotes;
 * the second continues the first and shares its speaker.
 */

import {emptyList} from '../shapes.js'
import {reportingVerb} from '../lexicon/cues.js'
import type {QuoteSpan} from './scan.js'
import {isWhiteSpace} from '../parse/white-space.js'

/**
 * The attribution between the pieces: no sentence end, but an appositive may be long and hold
 * abbreviations (“said Ana Ruiz, director of studies at the Institute in St. Paul, Minn.,”).
 */
const attributionBetween = /^\s*,?\s*((?:[^.!?“”"«»]|(?<=(?:^|[\s(])(?:\p{Lu}[\p{L}]{0,3}|[a-z]))\.){1,200}?),\s*$/u

/** For each span, the index of the span it continues, if any. */
export function linkSplitQuotes(text: string, spans: readonly QuoteSpan[]): Array<number | undefined> {
  // Pushed one by one: `map` makes a list of another shape when `spans` is empty, and the code reading links was compiled again for it.
  const links = emptyList<number | undefined>()
  for (let index = 0; index < spans.length; index++) links.push(undefined)
  for (let index = 1; index < spans.length; index++) {
    const first = spans[index - 1]!
    const second = spans[index]!
    if (first.lastParagraph !== second.paragraph || first.closeMark === '') continue
    if (!endsWithPause(text, first.start, first.end)) continue
    if (second.open - first.close > 220) continue
    // The attribution ends with a comma before the second piece: look for it before running the pattern.
    if (!endsWithComma(text, first.close, second.open)) continue
    const between = attributionBetween.exec(text.slice(first.close, second.open))
    if (!between) continue
    if (between[1]!.split(/\s+/).some((word) => reportingVerb(word.replace(/[^\p{L}]/gu, '')))) links[index] = index - 1
  }
  return links
}

function endsWithComma(text: string, start: number, end: number): boolean {
  let at = end
  while (at > start && isWhiteSpace(text.charCodeAt(at - 1))) at--
  return at > start && text.charCodeAt(at - 1) === 0x2c
}

/** Whether \`text\` from \`start\` to \`end\` ends with a comma, a dash or an ellipsis, white space after it allowed (read from the end, not tried from every position). */
function endsWithPause(text: string, start: number, end: number): boolean {
  let at = end
  while (at > start && isWhiteSpace(text.charCodeAt(at - 1))) at--
  if (at === start) return false
  const last = text[at - 1]
  return last === ',' || last === '—' || last === '–' || last === '…'
}
