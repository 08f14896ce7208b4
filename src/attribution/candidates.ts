/**
 * Speaker-like phrases and reporting cues of a sentence, outside its quotes:
 * what the attribution rules choose from.
 */

import type {CueCandidate, MentionCandidate, TextRange} from '../types.js'
import {reportingNouns, reportingVerb, sourcePhrases} from '../lexicon/cues.js'
import {organizationNouns, personRoles, speakerPronouns} from '../lexicon/roles.js'
import {findNameRuns} from '../entities/names.js'

export type Cue = CueCandidate

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)
const roleAlternation = [...new Set([...personRoles, ...organizationNouns].flatMap((role) => [role, capitalize(role)]))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')

/** “the Kremlin leader”, “a spokesman for the authority”, “an Indian delegate”, “the ministry”. */
const description = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Tt]heir)\s+((?:(?!(?:the|a|an|and|or|of|to|in|on|at|for|with|by|from|that|who|which|said|says|told|tells|added|adds)\s)(?!\p{Lu}\p{Ll}*\s(?:said|says|told|added)\b)[\p{L}’'-]+\s+){0,3})(${roleAlternation})(?![\p{L}\p{N}])((?:\s+(?:for|of|at|from|in|with|to)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]*){0,3}))?`,
  'gu'
)
/** Bare plurals of unnamed sources: “officials said”, “senior Israeli officials”. */
const barePlural = /(?<![\p{L}\p{N}])((?:[\p{L}’'-]+\s+){0,2}?)(officials|sources|experts|witnesses|diplomats|analysts|residents|police|prosecutors|investigators|authorities|critics|doctors|medics|organizers|organisers|protesters|activists)(?![\p{L}\p{N}])/giu
const pronoun = /(?<![\p{L}\p{N}])(he|she|they|it|his|her|its|their)(?![\p{L}\p{N}’'])/giu
const word = /[\p{L}][\p{L}’'-]*/gu
const nounCue = new RegExp(
  String.raw`(?<![\p{L}])(?:his|her|their|its|\p{Lu}[\p{L}’'-]*[’']s)\s+(?:[\p{Ll}-]+\s+)?(${reportingNouns.map(escape).join('|')})(?![\p{L}])`,
  'gu'
)
const sourceCue = new RegExp(String.raw`(?<![\p{L}])(${sourcePhrases.map(escape).join('|')})(?![\p{L}])`, 'giu')
const articles = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'their'])

/** Parts of `range` that are not inside any of `quotes` (each given with its marks). */
export function outsideQuotes(range: TextRange, quotes: readonly {open: number; close: number}[]): TextRange[] {
  const parts: TextRange[] = []
  let cursor = range.start
  for (const quote of quotes) {
    if (quote.close <= cursor || quote.open >= range.end) continue
    if (quote.open > cursor) parts.push({start: cursor, end: quote.open})
    cursor = Math.max(cursor, quote.close)
  }
  if (cursor < range.end) parts.push({start: cursor, end: range.end})
  return parts
}

/** Speaker-like phrases in `parts` of `text`, in order, longest kept where they overlap. */
export function findMentions(text: string, parts: readonly TextRange[], isCommonWord: (lower: string) => boolean): MentionCandidate[] {
  const found: MentionCandidate[] = []
  for (const part of parts) {
    const segment = text.slice(part.start, part.end)
    for (const run of findNameRuns(text, part.start, part.end, isCommonWord)) {
      found.push({start: run.start, end: run.end, text: text.slice(run.start, run.end), type: 'name'})
    }
    for (const match of segment.matchAll(description)) {
      const [all, article] = match
      const lower = article!.toLowerCase()
      // A lowercase stretch only: “the Kremlin leader” yes, “the Palestinian people” no (no role).
      const type = lower === 'the' || lower === 'its' || lower === 'their' ? 'description' : 'unnamed'
      const start = part.start + match.index
      found.push({start, end: start + all.length, text: all, type})
    }
    for (const match of segment.matchAll(barePlural)) {
      const start = part.start + match.index
      const [all, modifiers] = match
      if (modifiers && [...modifiers.toLowerCase().split(/\s+/)].some((modifier) => articles.has(modifier))) continue
      found.push({start, end: start + all.length, text: all, type: 'unnamed'})
    }
    for (const match of segment.matchAll(pronoun)) {
      const start = part.start + match.index
      found.push({start, end: start + match[0].length, text: match[0], type: 'pronoun'})
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: MentionCandidate[] = []
  for (const candidate of found) {
    const previous = kept[kept.length - 1]
    if (previous && candidate.start < previous.end) {
      // Prefer a name over a description that swallowed it, and the longer of two descriptions.
      if (candidate.type === 'name' && previous.type !== 'name' && candidate.end - candidate.start >= (previous.end - previous.start) / 2) {
        kept[kept.length - 1] = candidate
      }
      continue
    }
    kept.push(candidate)
  }
  return kept
}

/** Reporting cues in `parts` of `text`, in order. */
export function findCues(text: string, parts: readonly TextRange[]): Cue[] {
  const cues: Cue[] = []
  for (const part of parts) {
    const segment = text.slice(part.start, part.end)
    for (const match of segment.matchAll(word)) {
      if (!reportingVerb(match[0])) continue
      const start = part.start + match.index
      cues.push({start, end: start + match[0].length, text: match[0], type: 'verb'})
    }
    for (const match of segment.matchAll(nounCue)) {
      const start = part.start + match.index + match[0].length - match[1]!.length
      cues.push({start, end: start + match[1]!.length, text: match[1]!, type: 'noun'})
    }
    for (const match of segment.matchAll(sourceCue)) {
      const start = part.start + match.index
      cues.push({start, end: start + match[0].length, text: match[0], type: 'source'})
    }
  }
  return cues.sort((a, b) => a.start - b.start)
}

/** Whether a pronoun can stand for a speaker. */
export function isSpeakerPronoun(value: string): boolean {
  return speakerPronouns.has(value.toLowerCase())
}
