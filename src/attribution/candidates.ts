/**
 * Speaker-like phrases and reporting cues of a sentence, outside its quotes:
 * what the attribution rules choose from.
 */

import type {CueCandidate, MentionCandidate, TextRange} from '../types.js'
import {phrasalCues, reportingNouns, reportingVerb, sourcePhrases} from '../lexicon/cues.js'
import {firstPerson, organizationNouns, personRoles, speakerPronouns} from '../lexicon/roles.js'
import {findNameRuns, type NameRun} from '../entities/names.js'
import {letterWordsIn, type DocumentWords} from '../parse/tokens.js'
import {nameKind} from '../entities/kind.js'
import {stopwords} from '../lexicon/stopwords.js'
import {sentenceOpeners} from '../lexicon/openers.js'
import {findCueSubjects} from './cue-subjects.js'
import {isWhiteSpace} from '../parse/white-space.js'
import {lowerCase} from '../parse/lower-case.js'
import {emptyList} from '../shapes.js'

export type Cue = CueCandidate

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const roles = new Set([...personRoles, ...organizationNouns].map((role) => role.toLowerCase()))
/** First words of the roles of more than one word: only after one of these is a pair of words looked up (and its string made). */
const roleFirstWords = new Set([...roles].filter((role) => role.includes(' ')).map((role) => role.slice(0, role.indexOf(' '))))
/** Words that cannot stand between an article and a role (“the minister told the official”). */
const notModifiers = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'who', 'which', 'but'])
const tailPrepositions = new Set(['for', 'of', 'at', 'from', 'in', 'with', 'to'])
const descriptionArticles = new Set(['the', 'its', 'their'])

/** Bare plurals of unnamed sources: “officials said”, “senior Israeli officials”. */
const barePlurals = new Set(['officials', 'sources', 'experts', 'witnesses', 'diplomats', 'analysts', 'residents', 'police', 'prosecutors', 'investigators', 'authorities', 'critics', 'doctors', 'medics', 'organizers', 'organisers', 'protesters', 'activists'])
const pronouns = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'its', 'their'])
/** A subject pronoun and a contracted auxiliary: “he’s”, “they’ve”, “I’m”, “she’d”, “it’ll”. */
const contraction = /^(he|she|they|it|I|He|She|They|It)[’'](?:s|re|ve|m|d|ll)$/
const word = /[\p{L}][\p{L}’'-]*/gu
/** Words that may own a reporting noun: “his remarks”. */
const owners = new Set(['his', 'her', 'their', 'its'])
const nounCue = new RegExp(
  String.raw`(?<![\p{L}])(?:his|her|their|its|\p{Lu}[\p{L}’'-]*[’']s)\s+(?:[\p{Ll}-]+\s+)?(${reportingNouns.map(escape).join('|')})(?![\p{L}])`,
  'gu'
)
const sourceCue = new RegExp(String.raw`(?<![\p{L}])(${sourcePhrases.map(escape).join('|')})(?![\p{L}])`, 'giu')
/** The longest word of each source phrase: the phrase search runs only in parts holding one. */
const sourceKeys = new Set(sourcePhrases.map((phrase) => phrase.split(' ').reduce((longest, part) => (part.length > longest.length ? part : longest))))
const articles = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'their'])

interface Word extends TextRange {
  readonly lower: string
  readonly value: string
}

/** Words of one part of the text: read once (from the document's words when given), shared by every finder below. */
function wordsOf(text: string, part: TextRange, documentWords?: DocumentWords): Word[] {
  const words = emptyList<Word>()
  const shared = documentWords && letterWordsIn(documentWords, part.start, part.end)
  if (shared) {
    for (const [start, end] of shared) {
      const value = text.slice(start, end)
      words.push({start, end, lower: lowerCase(value), value})
    }
    return words
  }
  const pattern = word
  pattern.lastIndex = part.start
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) && match.index < part.end) {
    const end = Math.min(part.end, match.index + match[0].length)
    const value = end === match.index + match[0].length ? match[0] : match[0].slice(0, end - match.index)
    words.push({start: match.index, end, lower: lowerCase(value), value})
  }
  return words
}

/** Only white space between two words (the finders never reach across punctuation). */
function wordsTouch(text: string, words: readonly Word[], a: number, b: number): boolean {
  const from = words[a]!.end
  const to = words[b]!.start
  if (to <= from) return false
  for (let at = from; at < to; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false
  return true
}


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

/** Speaker-like phrases in `parts` of `text`, in order, longest kept where they overlap; `foundRuns` gives a part's name runs when they were found already. */
export function findMentions(text: string, parts: readonly TextRange[], isCommonWord: (lower: string) => boolean, documentWords?: DocumentWords, foundRuns?: NameRunsIn): MentionCandidate[] {
  const runsIn: NameRunsIn = foundRuns ?? ((part) => findNameRuns(text, part.start, part.end, isCommonWord, documentWords))
  return mentionsIn(text, readParts(text, parts, documentWords), isCommonWord, runsIn)
}

/** A part of the text with its words. */
interface ReadPart {
  readonly part: TextRange
  readonly words: Word[]
}

/** Each part with its words. */
function readParts(text: string, parts: readonly TextRange[], documentWords: DocumentWords | undefined): ReadPart[] {
  const read = emptyList<ReadPart>()
  for (const part of parts) read.push({part, words: wordsOf(text, part, documentWords)})
  return read
}

/** Name runs inside a range of the text. */
export type NameRunsIn = (range: TextRange) => readonly NameRun[]

/**
 * Speaker phrases and cues of `parts`, from one reading of their words.
 * `runsIn` gives the name runs of a part (found by the entity table already).
 */
export function findCandidates(
  text: string,
  parts: readonly TextRange[],
  isCommonWord: (lower: string) => boolean,
  runsIn?: NameRunsIn,
  documentWords?: DocumentWords
): {mentions: MentionCandidate[]; cues: Cue[]} {
  const read = readParts(text, parts, documentWords)
  return {mentions: mentionsIn(text, read, isCommonWord, runsIn), cues: cuesIn(text, read)}
}

function mentionsIn(
  text: string,
  read: readonly ReadPart[],
  isCommonWord: (lower: string) => boolean,
  runsIn: NameRunsIn = (part) => findNameRuns(text, part.start, part.end, isCommonWord)
): MentionCandidate[] {
  const found = emptyList<MentionCandidate>()
  for (const {part, words} of read) {
    // A modifier that cannot speak opens the noun phrase of the name after it: “Oilers head coach Ken Hitchcock”.
    let modifierStart = -1
    for (const run of runsIn(part)) {
      // “They’ve” opening a sentence is a pronoun, found below.
      if (contraction.test(text.slice(run.start, run.end))) continue
      // A tag in brackets after a name is part of it, not a speaker: “Paul Ryan (R-Wis.)”, “Bernie Sanders (Vt.)”.
      const last = found[found.length - 1]
      if (last?.type === 'name' && /^\s*\($/.test(text.slice(last.end, run.start))) continue
      if (cannotSpeak(text, run)) {
        if (modifierStart === -1) modifierStart = run.start
        continue
      }
      let start = Math.max(part.start, run.phraseStart)
      if (modifierStart !== -1 && modifiesName(text.slice(modifierStart, start))) start = modifierStart
      modifierStart = -1
      found.push({start, end: run.end, text: text.slice(start, run.end), type: 'name'})
    }
    found.push(...findDescriptions(text, words))
    for (const phrase of findCueSubjects(words, (a, b) => text.slice(words[a]!.end, words[b]!.start))) found.push({start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end), type: phrase.type})
    for (let index = 0; index < words.length; index++) {
      const current = words[index]!
      if (barePlurals.has(current.lower)) {
        // Up to two words right before it, none an article (then it is a description): “senior Israeli officials”.
        let first = index
        while (first > index - 2 && first > 0 && wordsTouch(text, words, first - 1, first) && isPluralModifier(words[first - 1]!.lower)) first--
        if (words.slice(first, index).some((modifier) => articles.has(modifier.lower))) continue
        const start = words[first]!.start
        found.push({start, end: current.end, text: text.slice(start, current.end), type: 'unnamed'})
      } else if (pronouns.has(current.lower) || (current.value === firstPerson && isFirstPerson(text, words, index))) {
        found.push({start: current.start, end: current.end, text: current.value, type: 'pronoun'})
      } else {
        // “He’s claiming”, “They’ve said”, “I’m told”: the pronoun before a contracted auxiliary.
        const contracted = hasApostrophe(current.value) ? contraction.exec(current.value) : null
        if (contracted && (pronouns.has(contracted[1]!.toLowerCase()) || contracted[1] === firstPerson)) {
          found.push({start: current.start, end: current.start + contracted[1]!.length, text: contracted[1]!, type: 'pronoun'})
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: MentionCandidate[] = []
  for (const candidate of found) {
    const previous = kept[kept.length - 1]
    if (previous && candidate.start < previous.end) {
      // Prefer a name over a description that swallowed it, and the longer of two descriptions.
      // Not the owner of a phrase, though: “Mara Lind’s family said” is the family speaking.
      const owner = previous.end > candidate.end + 3 && /^[’']s?(?![\p{L}])/u.test(text.slice(candidate.end, candidate.end + 3))
      // Nor a modifier of the phrase's own noun: “Multiple outlets reported”, “Obama aides said”.
      const modifier = candidate.start === previous.start && /^\s+[\p{Ll}-]+$/u.test(text.slice(candidate.end, previous.end))
      if (candidate.type === 'name' && previous.type !== 'name' && !owner && !modifier && candidate.end - candidate.start >= (previous.end - previous.start) / 2) {
        kept[kept.length - 1] = candidate
      }
      continue
    }
    kept.push(candidate)
  }
  return kept
}

/** Whether the text from a modifier to a name is only that modifier and a title (“Oilers head coach ”), not a clause (“Democratic candidate stated that ”). */
function modifiesName(between: string): boolean {
  if (!/^[\p{L}\s’'-]*$/u.test(between) || between.length > 60) return false
  const words = between.trim().split(/\s+/)
  return words.length <= 5 && words.every((word) => (!stopwords.has(word.toLowerCase()) || /^(?:of|the)$/i.test(word)) && reportingVerb(word) === undefined || reportingVerb(word) === word.toLowerCase())
}

/** A word that may qualify a bare plural (“senior Israeli officials”), unlike “and other sources” or “called on police”. */
function isPluralModifier(lower: string): boolean {
  return !stopwords.has(lower) && !notModifiers.has(lower) && reportingVerb(lower) === undefined && lower !== 'other'
}

/** Verbs that follow a subject name without being reporting verbs or ending in -ed. */
const commonVerbs = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'went', 'made', 'took', 'got', 'gave', 'came', 'saw', 'knew', 'wants', 'won', 'lost', 'ran', 'runs', 'began', 'left', 'put', 'set', 'sent', 'spent', 'felt', 'kept', 'held', 'led', 'met', 'paid', 'brought', 'bought', 'built', 'fought', 'sought', 'taught', 'caught', 'stood', 'understood', 'became', 'becomes', 'remains', 'seems', 'appears', 'needs', 'knows', 'thinks', 'believes', 'hopes', 'plans', 'tries', 'gets', 'goes', 'makes', 'takes', 'gives', 'comes', 'sees', 'looks', 'feels', 'keeps', 'holds', 'leads', 'lets', 'brags', 'blames', 'likes', 'loves', 'hates', 'uses', 'faces', 'owns', 'leads', 'also', 'himself', 'herself', 'itself', 'themselves'])

/** Whether a reporting verb that is plainly a verb (“said”, “says”, not “claims”) follows `offset`, an adverb between allowed. */
function verbFormAfter(text: string, offset: number): boolean {
  const form = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(offset, offset + 30))?.[1]
  const lemma = form === undefined ? undefined : reportingVerb(form)
  if (form === undefined || lemma === undefined) return false
  return /^(?:says|adds|tells|writes|asks|notes)$/.test(form) || (form !== lemma && form !== lemma + 's' && form !== lemma + 'es')
}

/** Whether a reporting verb stands right before or after a run (an adverb between allowed). */
function nextToVerb(text: string, run: NameRun): boolean {
  const after = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(run.end, run.end + 30))
  const before = /(\p{Ll}+)[\s,]+$/u.exec(text.slice(Math.max(0, run.start - 20), run.start))
  return (after !== null && reportingVerb(after[1]!) !== undefined) || (before !== null && reportingVerb(before[1]!) !== undefined)
}

/**
 * A name that cannot speak: a place (“Dallas”), a nationality or party
 * adjective (“Mexican”, “Republican”), or a bare modifier of the noun after
 * it (“the Obama administration”, “GOP state leaders”, “Trump supporters”).
 */
function cannotSpeak(text: string, run: NameRun): boolean {
  if (run.titled || run.possessive) return false
  const kind = nameKind(run.name, false)
  // A place that says something is a government or a surname (“Israel said”, “said Bolton”).
  if (kind === 'place') return !nextToVerb(text, run)
  // A nationality word right before a reporting verb is a surname (“Cuban said”); before a noun it qualifies it.
  if (kind === 'other') return !verbFormAfter(text, run.end)
  const next = /^ (\p{Ll}[\p{Ll}-]*)(?![\p{L}’'])/u.exec(text.slice(run.end, run.end + 30))
  if (!next) return false
  const word = next[1]!
  // A role and a name after it: “Oilers head coach Ken Hitchcock”, “Former mayor Ruth Okoye”.
  if (roles.has(word) && /^ (?:[\p{Ll}-]+ ){1,3}\p{Lu}/u.test(text.slice(run.end, run.end + 50))) return true
  if (stopwords.has(word) || reportingVerb(word) || commonVerbs.has(word) || /(?:ed|ly|ing)$/.test(word)) return false
  // “Trump shot back” opens a clause; “the Obama administration”, “mocking GOP state leaders” do not.
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, run.start - 20), run.start))
  return before !== null && (articles.has(before[1]!) || !stopwords.has(before[1]!))
}

/**
 * Descriptions: an article, up to three modifiers, a role or body noun
 * (“the Kremlin leader”, “an Indian delegate”, “the ministry”), and an
 * optional “for/of …” tail (“a spokesman for the authority”). Found by
 * looking up each word in the role lexicon, then back for the article.
 */
function findDescriptions(text: string, tokens: readonly Word[]): MentionCandidate[] {
  const touching = (a: number, b: number) => wordsTouch(text, tokens, a, b)
  const found: MentionCandidate[] = []
  for (let index = 0; index < tokens.length; index++) {
    let headStart = index
    if (!roles.has(tokens[index]!.lower)) {
      if (index + 1 < tokens.length && roleFirstWords.has(tokens[index]!.lower) && touching(index, index + 1) && roles.has(`${tokens[index]!.lower} ${tokens[index + 1]!.lower}`)) {
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
function cuesIn(text: string, read: readonly ReadPart[]): Cue[] {
  const cues = emptyList<Cue>()
  for (const {part, words} of read) {
    let owner = false
    let source = false
    for (let index = 0; index < words.length; index++) {
      const current = words[index]!
      const particle = phrasalCues.get(current.lower)
      const next = words[index + 1]
      if (particle !== undefined && next?.lower === particle && wordsTouch(text, words, index, index + 1)) {
        cues.push({start: current.start, end: next.end, text: text.slice(current.start, next.end), type: 'verb'})
        index++
        continue
      }
      if (reportingVerb(current.lower)) cues.push({start: current.start, end: current.end, text: current.value, type: 'verb'})
      owner ||= owners.has(current.lower) || endsInApostropheS(current.lower)
      source ||= sourceKeys.has(current.lower)
    }
    // The phrase patterns run only where one of their words is present.
    if (!owner && !source) continue
    const segment = text.slice(part.start, part.end)
    if (owner) {
      for (const match of segment.matchAll(nounCue)) {
        const start = part.start + match.index + match[0].length - match[1]!.length
        cues.push({start, end: start + match[1]!.length, text: match[1]!, type: 'noun'})
      }
    }
    if (source) {
      for (const match of segment.matchAll(sourceCue)) {
        const start = part.start + match.index
        cues.push({start, end: start + match[0].length, text: match[0], type: 'source'})
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start)
}

/** What `/['’]/.test(value)` says, without running a pattern on every word. */
function hasApostrophe(value: string): boolean {
  return value.includes('’') || value.includes("'")
}

/** What `/['’]s$/.test(value)` says. */
function endsInApostropheS(value: string): boolean {
  // Shorter words never read before their start: a read out of bounds costs a recompilation.
  if (value.length < 2) return false
  const before = value.charCodeAt(value.length - 2)
  return value.charCodeAt(value.length - 1) === 0x73 && (before === 0x27 || before === 0x2019)
}

/** Whether a pronoun can stand for a speaker. */
export function isSpeakerPronoun(value: string): boolean {
  return value === firstPerson || speakerPronouns.has(value.toLowerCase())
}

/** “I laughed and said”, not the numeral of “World War I veterans”: a capitalised name word before it makes it a numeral. */
function isFirstPerson(text: string, words: readonly Word[], index: number): boolean {
  const before = words[index - 1]
  if (!before || !wordsTouch(text, words, index - 1, index) || !/^\p{Lu}/u.test(before.value)) return true
  return stopwords.has(before.lower) || sentenceOpeners.has(before.lower)
}
