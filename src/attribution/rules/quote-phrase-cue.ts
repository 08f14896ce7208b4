import type {MentionCandidate, RuleContext, TextRange} from '../../types.js'
import {defineRule} from '../define-rule.js'
import {reportingVerb} from '../../lexicon/cues.js'
import {stopwords} from '../../lexicon/stopwords.js'
import {definiteDeterminers} from '../../lexicon/determiners.js'

/** Determiners that open a speaker's noun phrase; the first five point back to someone known. */
const describing = new Set(['the', 'his', 'her', 'their', 'its'])
const determiners = new Set([...describing, 'a', 'an', 'one', 'another'])
/** Words that end the noun phrase after “said”: a preposition, a relative pronoun, a conjunction. */
const phraseEnd = new Set(['who', 'whose', 'which', 'that', 'in', 'on', 'at', 'to', 'during', 'after', 'before', 'as', 'while', 'when', 'because', 'and', 'but', 'from', 'with', 'about', 'outside', 'inside'])
const maxWords = 7
const word = /[\p{L}\d][\p{L}\d’'.-]*/gu

/**
 * The noun phrase of `text` from `start`: a determiner and up to five words
 * with no punctuation between them, none a verb or (after the first) a
 * function word. `until` is where it must end, if known (the cue after it).
 */
function nounPhrase(text: string, start: number, limit: number, until?: number): MentionCandidate | undefined {
  word.lastIndex = start
  const words: TextRange[] = []
  let match: RegExpExecArray | null
  while ((match = word.exec(text)) && match.index < limit && words.length < maxWords) {
    const gap = text.slice(words.length === 0 ? start : words[words.length - 1]!.end, match.index)
    if (!/^\s*$/.test(gap)) break
    const lower = match[0].toLowerCase().replace(/[.’']+$/, '')
    if (words.length === 0 && !determiners.has(lower)) return undefined
    if (words.length > 0 && until === undefined && phraseEnd.has(lower)) break
    // “one of those advisers”: a determiner may follow “of”.
    const afterOf = words.length > 0 && /^of$/i.test(text.slice(words[words.length - 1]!.start, words[words.length - 1]!.end)) && definiteDeterminers.has(lower)
    const allowed = lower === 'of' || afterOf || (until !== undefined && inPhrase.has(lower))
    // Right after the determiner a word is a noun even when it is also a verb (“the email”, “a post”).
    if (words.length > 0 && !allowed && ((words.length > 1 && reportingVerb(lower)) || (stopwords.has(lower) && !determiners.has(lower)))) break
    words.push({start: match.index, end: match.index + match[0].replace(/[.]$/, '').length})
  }
  while (words.length > 0 && /^of$/i.test(text.slice(words[words.length - 1]!.start, words[words.length - 1]!.end))) words.pop()
  if (words.length < 2) return undefined
  const end = words[words.length - 1]!.end
  if (until !== undefined && !/^\s*$/.test(text.slice(end, until))) return undefined
  const phrase = text.slice(words[0]!.start, end)
  const first = phrase.split(/\s/)[0]!.toLowerCase()
  return {start: words[0]!.start, end, text: phrase, type: describing.has(first) ? 'description' : 'unnamed'}
}

/** Words allowed inside a phrase that ends at its verb: “a welcome message on the website reads”. */
const inPhrase = new Set(['of', 'on', 'in', 'at', 'for', 'from', 'the', 'a', 'an'])
/** “Read” reports written words only next to the quote: “…,” the statement read / read the email. */
const readVerb = /(?<![\p{L}])reads?(?![\p{L}])/u

/** The first verb cue of the sentence after `offset`, or a “read(s)” before it. */
function verbAfter(context: RuleContext, offset: number): (TextRange & {text: string}) | undefined {
  const cue = context.cues.find((candidate) => candidate.start >= offset && candidate.type === 'verb')
  const read = readVerb.exec(context.text.slice(offset, Math.min(context.sentence.end, offset + 80)))
  if (read && (!cue || offset + read.index < cue.start)) return {start: offset + read.index, end: offset + read.index + read[0].length, text: read[0]}
  return cue
}

/** A name inside the phrase is its head (“the lawyer Nina Petrova”); else the phrase itself. */
function speakerIn(context: RuleContext, phrase: MentionCandidate | undefined): MentionCandidate | undefined {
  if (!phrase) return undefined
  const names = context.mentions.filter((mention) => mention.type === 'name' && mention.start >= phrase.start && mention.end <= phrase.end)
  return names[names.length - 1] ?? phrase
}

/** The speaker phrase between the quote and `cue`, or right after a `cue` that follows the quote. */
function phraseNextTo(context: RuleContext, close: number, cue: TextRange & {text: string}) {
  const between = context.text.slice(close, cue.start)
  // “…,” said the 46-year-old.
  if (/^[\s,]*$/.test(between)) {
    // A participle is no inverted attribution: “…,” saying the city embodied … has the city as its object.
    if (/ing$/.test(cue.text.split(/\s/)[0]!)) return undefined
    const from = cue.end + (/^\s+/.exec(context.text.slice(cue.end))?.[0].length ?? 0)
    if (from === cue.end) return undefined
    const speaker = speakerIn(context, nounPhrase(context.text, from, context.sentence.end))
    return speaker ? {speaker, cue} : undefined
  }
  // “…,” the gambling tycoon told Reuters.
  const lead = /^[\s,]*/.exec(between)![0].length
  if (lead === 0) return undefined
  const speaker = speakerIn(context, nounPhrase(context.text, close + lead, cue.start, cue.start))
  return speaker ? {speaker, cue} : undefined
}

/** “…,” a friend said. / “…,” his colleague wrote. / “…,” said the 46-year-old. */
export const quotePhraseCue = defineRule({
  id: 'quote-phrase-cue',
  description: 'A noun phrase opened by a determiner, next to a reporting verb right after the quote, speaks whatever its head noun: “…,” a friend said / said the 46-year-old.',
  confidence: 0.9,
  match(context) {
    const {close} = context.quote
    // The verb may be a noun of the phrase (“a welcome message … reads”): the next verb is tried too.
    const first = verbAfter(context, close)
    const second = first && verbAfter(context, first.end)
    for (const cue of [first, second]) {
      if (!cue || cue.start - close > 60) return undefined
      const found = phraseNextTo(context, close, cue)
      if (found) return found
    }
    return undefined
  }
})
