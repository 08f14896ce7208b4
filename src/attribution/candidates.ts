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
const roles = new Set([...personRoles, ...organizationNouns].map((role) => role.toLowerCase()))
/** Words that cannot stand between an article and a role (“the minister told the official”). */
const notModifiers = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'who', 'which', 'but'])
const tailPrepositions = new Set(['for', 'of', 'at', 'from', 'in', 'with', 'to'])
const descriptionArticles = new Set(['the', 'its', 'their'])

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
      const start = Math.max(part.start, run.phraseStart)
      found.push({start, end: run.end, text: text.slice(start, run.end), type: 'name'})
    }
    found.push(...findDescriptions(text, part))
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

/**
 * Descriptions: an article, up to three modifiers, a role or body noun
 * (“the Kremlin leader”, “an Indian delegate”, “the ministry”), and an
 * optional “for/of …” tail (“a spokesman for the authority”). Found by
 * looking up each word in the role lexicon, then back for the article.
 */
function findDescriptions(text: string, part: TextRange): MentionCandidate[] {
  const tokens: Array<{start: number; end: number; lower: string; value: string}> = []
  const wordAt = new RegExp(word.source, "gu")
  wordAt.lastIndex = part.start
  let match: RegExpExecArray | null
  while ((match = wordAt.exec(text)) && match.index < part.end) {
    const end = Math.min(part.end, match.index + match[0].length)
    tokens.push({start: match.index, end, lower: match[0].toLowerCase(), value: match[0]})
  }
  const touching = (a: number, b: number) => /^\s+$/.test(text.slice(tokens[a]!.end, tokens[b]!.start))
  const found: MentionCandidate[] = []
  for (let index = 0; index < tokens.length; index++) {
    let headStart = index
    if (!roles.has(tokens[index]!.lower)) {
      if (index + 1 < tokens.length && touching(index, index + 1) && roles.has(`${tokens[index]!.lower} ${tokens[index + 1]!.lower}`)) {
        headStart = index
        index++
      } else {
        continue
      }
    }
    // The head is the last of a run of role words: “the Kremlin leader”, “the company spokesman”.
    while (index + 1 < tokens.length && touching(index, index + 1) && roles.has(tokens[index + 1]!.lower)) index++
    let article = -1
    for (let back = headStart - 1; back >= Math.max(0, headStart - 4); back--) {
      if (!touching(back, back + 1)) break
      const lower = tokens[back]!.lower
      if (articles.has(lower)) {
        article = back
        break
      }
      if (notModifiers.has(lower) || reportingVerb(lower)) break
    }
    if (article === -1) continue
    let end = tokens[index]!.end
    // “for the authority”, “of the Interior Ministry”
    let next = index + 1
    if (next < tokens.length && touching(index, next) && tailPrepositions.has(tokens[next]!.lower)) {
      let at = next + 1
      if (at < tokens.length && tokens[at]!.lower === 'the' && touching(at - 1, at)) at++
      if (at < tokens.length && touching(at - 1, at) && !reportingVerb(tokens[at]!.lower) && !notModifiers.has(tokens[at]!.lower)) {
        end = tokens[at]!.end
        while (at + 1 < tokens.length && touching(at, at + 1) && /^\p{Lu}/u.test(tokens[at + 1]!.value) && at - next < 4) end = tokens[++at]!.end
        next = at
      }
    }
    const start = tokens[article]!.start
    found.push({start, end, text: text.slice(start, end), type: descriptionArticles.has(tokens[article]!.lower) ? 'description' : 'unnamed'})
  }
  return found
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
