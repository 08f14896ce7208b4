/**
 * Names in running text: runs of capitalised words, with the titles and roles
 * written around them (“Russian President Vladimir Putin”, “deputy head
 * Moussa Abu Marzouk”, “Pieter Janssen, the director,”).
 */

import {emptyList} from '../shapes.js'
import {reportingVerb} from '../lexicon/cues.js'
import {indefinitePronouns, nameParticles, personRoles, titles} from '../lexicon/roles.js'
import {stopwords} from '../lexicon/stopwords.js'
import {cardinalTens, cardinalUnits} from '../lexicon/numbers.js'
import {monthNames, weekdayNames} from '../lexicon/calendar.js'
import {runsIn, type DocumentWords} from '../parse/tokens.js'
import {sentenceOpeners} from '../lexicon/openers.js'
import {isFirstName} from './gender.js'
import {nameKind} from './kind.js'
import {placeNames} from '../lexicon/gazetteer.js'
import {isWhiteSpace} from '../parse/white-space.js'
import {isPlainLowerCase, lowerCase} from '../parse/lower-case.js'
import {ownCopy} from '../own-copy.js'

export interface NameRun {
  readonly start: number
  readonly end: number
  /** The name as written, titles excluded (“Vladimir Putin”). */
  readonly name: string
  /** Start of the name proper (after any title). */
  readonly nameStart: number
  /** Start of a lowercase role written right before the run (“chief executive Ingrid Solberg”), else `start`. */
  readonly phraseStart: number
  /** Roles and titles written with it, lowercase (“president”, “russian president”). */
  readonly roles: readonly string[]
  /** A title or role was written with it: surely a person. */
  readonly titled: boolean
  /** Written with a possessive ’s. */
  readonly possessive: boolean
}

interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly possessive: boolean
  /** What the word is in any document, for a word that is not plain lowercase ASCII (those are no name words and their own lowercase). */
  readonly facts: WordFacts | undefined
}

const tokenPattern = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/gu
const capitalised = /^\p{Lu}/u
const titleTokens = titles.map((title) => title.split(' '))
titleTokens.sort((a, b) => b.length - a.length)
/** Titles by their first word (with and without a final period), longest first. */
const titlesByFirst = new Map<string, string[][]>()
for (const parts of titleTokens) {
  for (const first of new Set([parts[0]!, parts[0]!.replace(/\.$/, '')])) {
    const list = titlesByFirst.get(first) ?? []
    list.push(parts)
    titlesByFirst.set(first, list)
  }
}
const titleWords = new Set(titleTokens.flat())
const roleSet = new Set(personRoles)
/** Adjectives of nationality or place before a title: Russian, Israeli, Chinese, Kenyan. */
const demonym = /(?:an|ian|ese|ish|i|ic|ch|ean)$/i

/**
 * Find name runs in `text` between `from` and `to`. `isCommonWord(word)`
 * tells whether a lowercase word is used as an ordinary word in the document
 * (so a capitalised “Speaking” opening a sentence is not a name).
 */
export function findNameRuns(text: string, from: number, to: number, isCommonWord: (lower: string) => boolean, words?: DocumentWords): NameRun[] {
  const tokens = tokenize(text, from, to, words)
  const runs = emptyList<NameRun>()
  let index = 0
  while (index < tokens.length) {
    if (!tokens.mayStartName(index) || !startsName(text, tokens, index, from, isCommonWord)) {
      index++
      continue
    }
    let last = index
    while (last + 1 < tokens.length && continuesName(text, tokens, index, last, isCommonWord)) last++
    while (last > index && nameParticles.has(lowerOf(tokens.at(last)!))) last--
    const run = describeRun(text, tokens, index, last)
    if (run) runs.push(run)
    index = last + 1
  }
  return runs
}

const apostrophe = 0x27
const rightQuote = 0x2019
const period = 0x2e
const hyphen = 0x2d
const isApostrophe = (code: number) => code === apostrophe || code === rightQuote

/**
 * The tokens of a range, each made when first read: most words are lowercase, and only
 * capitalised words and their neighbours are read (`mayStartName` tells the others from the
 * text). Each run of the document's words, or each match of `tokenPattern`, is one token.
 */
class Tokens {
  readonly length: number
  private readonly made: Array<Token | undefined>

  constructor(
    private readonly text: string,
    private readonly to: number,
    /** Start and end of each token's run (its token is these, trimmed). */
    private readonly starts: ArrayLike<number>,
    private readonly ends: ArrayLike<number>,
    private readonly offset: number,
    length: number
  ) {
    this.length = length
    this.made = new Array(length)
  }

  /** The token at `index`, `undefined` outside the range. */
  at(index: number): Token | undefined {
    if (index < 0 || index >= this.length) return undefined
    return (this.made[index] ??= makeToken(this.text, this.starts[this.offset + index]!, Math.min(this.ends[this.offset + index]!, this.to)))
  }

  /** Whether the token at `index` may be capitalised: its first character is a capital or outside ASCII (`startsName` is false for the others). */
  mayStartName(index: number): boolean {
    return mayBeCapitalisedCode(this.text.charCodeAt(this.starts[this.offset + index]!))
  }
}

/** Tokens from `from` to `to`: the document's shared runs when given (`tokenPattern`'s matches), else the pattern's own. */
function tokenize(text: string, from: number, to: number, words?: DocumentWords): Tokens {
  const shared = words && runsIn(words, from, to)
  if (shared) return new Tokens(text, to, words!.starts, words!.ends, shared[0], shared[1] - shared[0])
  const starts: number[] = []
  const ends: number[] = []
  tokenPattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = tokenPattern.exec(text)) && match.index < to) {
    starts.push(match.index)
    ends.push(match.index + match[0].length)
  }
  // Typed like the document's runs: a `Tokens` holding a plain array had another shape, for which the code reading tokens was compiled again.
  return new Tokens(text, to, Int32Array.from(starts), Int32Array.from(ends), 0, starts.length)
}

/**
 * A run from `start` to `end` as a token: its possessive, a final period and trailing hyphens
 * and apostrophes trimmed. A run opens with a letter or digit, which no trim removes: a token
 * is never empty.
 */
function makeToken(text: string, start: number, end: number): Token {
  let value = text.slice(start, end)
  // Most words end in a letter: the trims below look at the last character before any pattern runs.
  let possessive = false
  let last = value.charCodeAt(value.length - 1)
  if (last === apostrophe || last === rightQuote || (last === 0x73 && value.length > 1 && isApostrophe(value.charCodeAt(value.length - 2)))) {
    const owner = /['’]s?$/.exec(value)!
    if (value.length > owner[0].length) {
      possessive = owner[0].length === 2 || /s['’]$/.test(value)
      value = value.slice(0, -owner[0].length)
      end -= owner[0].length
      last = value.charCodeAt(value.length - 1)
    }
  }
  // A trailing period ends a sentence unless the token is an initial or a known abbreviation (J., Dr.), not a short surname (Lee., Ng.).
  if (last === period && value.length > 2 && !/^\p{Lu}\.$/u.test(value) && !abbreviations.has(lowerCase(value))) {
    value = value.slice(0, -1)
    end--
    last = value.charCodeAt(value.length - 1)
  }
  if (last === hyphen || isApostrophe(last)) {
    value = value.replace(/[-’']+$/, (tail) => {
      end -= tail.length
      return ''
    })
  }
  return {start, end, text: value, possessive, facts: isPlainLowerCase(value) ? undefined : factsOf(value)}
}

/** Abbreviations written with a period inside or before a name (Dr., Sen., Jr.): the period is theirs, not a sentence end. */
const abbreviations = new Set([
  ...titles.filter((title) => title.endsWith('.')),
  'jr.', 'sr.', 'st.', 'mt.', 'ft.', 'inc.', 'co.', 'corp.', 'ltd.', 'bros.', 'messrs.', 'mme.', 'mlle.', 'hon.', 'supt.', 'cmdr.', 'adm.', 'sens.', 'reps.', 'govs.', 'pres.', 'atty.', 'gens.'
])

/** Days and months are capitalised but name nobody. */
// Not “may”, a first name as often as a month.
const calendar = new Set([...weekdayNames, ...monthNames.filter((month) => month !== 'may')])

/** What `readNameWord` says of a word without the document: no name, a name, or a name unless the document uses the word in lowercase. */
const NOT_NAME = 0
const NAME = 1
const NAME_UNLESS_COMMON = 2

/** What a word is, the same in every document. */
interface WordFacts {
  readonly lower: string
  /** `NOT_NAME`, `NAME` or `NAME_UNLESS_COMMON` (`readNameWord`). */
  readonly verdict: number
  /** `isFirstName` of the word, once asked. */
  firstName: boolean | undefined
}

/**
 * Facts of the words seen, for every document: the same capitalised words come back in every
 * article (lowercasing one, five look-ups for its verdict and one for a first name, each time,
 * were a tenth of the extraction); only the common-word test depends on the document, and is
 * made at each call. Keys are copies, so that no document is kept alive.
 */
const wordFacts = new Map<string, WordFacts>()

function factsOf(word: string): WordFacts {
  let facts = wordFacts.get(word)
  if (facts === undefined) {
    if (wordFacts.size >= 50_000) wordFacts.clear()
    facts = {lower: lowerCase(word), verdict: readNameWord(word), firstName: undefined}
    wordFacts.set(ownCopy(word), facts)
  }
  return facts
}

/** The token in lowercase. */
function lowerOf(token: Token): string {
  return token.facts === undefined ? token.text : token.facts.lower
}

/** `isFirstName` of the token's word. */
function firstName(token: Token): boolean {
  const facts = token.facts
  if (facts === undefined) return isFirstName(token.text)
  return (facts.firstName ??= isFirstName(token.text))
}

function isNameWord(token: Token, isCommonWord: (lower: string) => boolean): boolean {
  // Plain lowercase words have no facts: no capital, no name.
  const facts = token.facts
  if (facts === undefined) return false
  return facts.verdict === NAME || (facts.verdict === NAME_UNLESS_COMMON && !isCommonWord(facts.lower))
}

/** False when the first character is ASCII and no capital letter (what `capitalised` would say, without running it). */
function mayBeCapitalised(text: string): boolean {
  return mayBeCapitalisedCode(text.charCodeAt(0))
}

function mayBeCapitalisedCode(first: number): boolean {
  return first >= 0x80 || (first >= 0x41 && first <= 0x5a)
}

/** Whether a word is a name word (`NAME`), none (`NOT_NAME`), or one unless the document uses it in lowercase. */
function readNameWord(text: string): number {
  const first = text.charCodeAt(0)
  if (!(first >= 0x41 && first <= 0x5a) && !capitalised.test(text)) return NOT_NAME
  const lower = lowerCase(text)
  if (stopwords.has(lower) || reportingVerb(lower) || calendar.has(lower) || indefinitePronouns.has(lower) || sentenceOpeners.has(lower)) return NOT_NAME
  // A title word, or a word in capitals (an acronym), is a name word even when the document uses it in lowercase.
  return isTitleWord(lower) || text === text.toUpperCase() ? NAME : NAME_UNLESS_COMMON
}

function isTitleWord(lower: string): boolean {
  return titleWords.has(lower)
}

/**
 * A first name that is also a common word (Bill, Will, Mark) starts a name
 * inside a sentence, where its capital is no sentence start; at a sentence
 * start only when a name word that is no common word follows (“Bill Morneau
 * said”, not “Will voters care?”).
 */
function startsName(text: string, tokens: Tokens, index: number, from: number, isCommonWord: (lower: string) => boolean): boolean {
  const token = tokens.at(index)!
  if (isNameWord(token, isCommonWord)) return !opensWithModifier(text, tokens, index, from)
  if (token.facts === undefined || !mayBeCapitalised(token.text) || !capitalised.test(token.text)) return false
  const lower = lowerOf(token)
  if (speaksBeforeVerb(text, tokens, index, lower, from) || speaksAfterVerb(text, tokens, index, lower, from)) return true
  if (!firstName(token)) return false
  if (reportingVerb(lower) || calendar.has(lower)) return false
  const next = tokens.at(index + 1)
  const touching = next !== undefined && oneSpaceBetween(text, token.end, next.start)
  // A function word (Will, May) needs a capitalised word after it even inside a sentence.
  if (!opensSentence(text, token.start, from)) return !stopwords.has(lower) || (touching && capitalised.test(next.text) && !stopwords.has(lowerOf(next)))
  return touching && !stopwords.has(lower) && isNameWord(next, isCommonWord)
}

/**
 * A capitalised word alone right before a reporting verb is a surname even
 * when it is a common word (“Sharp said”, “Will wrote”), unless it is a
 * role, a plural or a function word (“Officials said”, “They said”).
 */
function speaksBeforeVerb(text: string, tokens: Tokens, index: number, lower: string, from: number): boolean {
  const token = tokens.at(index)!
  const next = tokens.at(index + 1)
  if (!next || text.slice(token.end, next.start) !== ' ' || !reportingVerb(next.text) || /ing$/.test(next.text) || capitalised.test(next.text)) return false
  if (roleSet.has(lower) || indefinitePronouns.has(lower) || calendar.has(lower) || reportingVerb(lower)) return false
  // A capitalised function word inside a sentence is a surname: “…,” From said.
  if (stopwords.has(lower)) return firstName(token) || (!speakerPronounWords.has(lower) && !opensSentence(text, token.start, from))
  return !/s$/.test(lower) || firstName(token)
}

/** Numbers and time words that open a sentence capitalised: “Two years before …”, “Hours later, …”, “First, …”. */
const numberWords = new Set([
  ...cardinalUnits.slice(2),
  ...cardinalTens,
  'hundreds', 'thousands', 'millions', 'dozens', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'next',
  'minutes', 'hours', 'days', 'weeks', 'months', 'years'
])
/** What follows an opening participle or adverb: “Weighing in on …”, “Hastily politicizing …”, “Based on …”. */
const phraseAfterOpener = /^(?:,|\s+(?:in|on|to|at|for|with|from|into|up|out|about|by|after|before|during|since|upon|over|the|a|an|his|her|their|its|\p{Ll}+ing)(?![\p{L}]))/u

/**
 * A capitalised word alone at a sentence start that opens a phrase, not a name: a number or time word
 * (“Two years before, …”, “Hours later, …”), a participle or an adverb in -ly (“Weighing in on the
 * discussion, …”, “Hastily politicizing …”, “Based on …”). A first name, or a capitalised word after it, is a name.
 */
function opensWithModifier(text: string, tokens: Tokens, index: number, from: number): boolean {
  const token = tokens.at(index)!
  const lower = lowerOf(token)
  const number = numberWords.has(lower)
  if (!number && !(lower.length >= 5 && /(?:ing|ly|ed)$/.test(lower))) return false
  if (firstName(token) || !opensSentence(text, token.start, from)) return false
  const next = tokens.at(index + 1)
  if (next && oneSpaceBetween(text, token.end, next.start) && capitalised.test(next.text)) return false
  return number ? /^(?:,|\s+\p{Ll})/u.test(text.slice(token.end, token.end + 2)) : phraseAfterOpener.test(text.slice(token.end, token.end + 16))
}

/**
 * A capitalised word inside a sentence right after a reporting verb, ending its clause, is a
 * surname even when it is a common word: “…,” said Small, who attended the rally.
 */
function speaksAfterVerb(text: string, tokens: Tokens, index: number, lower: string, from: number): boolean {
  const token = tokens.at(index)!
  const verb = tokens.at(index - 1)
  if (!verb || text.slice(verb.end, token.start) !== ' ' || !reportingVerb(verb.text) || /ing$/.test(verb.text) || capitalised.test(verb.text)) return false
  if (opensSentence(text, verb.start, from) || roleSet.has(lower) || indefinitePronouns.has(lower) || calendar.has(lower) || stopwords.has(lower) || reportingVerb(lower)) return false
  return /^(?:[,.;]|\s*$)/.test(text.slice(token.end, token.end + 1))
}

/** Pronouns and determiners never surnames, even capitalised inside a sentence (“…,” He said in a bad transcript). */
const speakerPronounWords = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'who', 'which', 'one', 'some', 'many', 'all', 'both', 'each', 'most', 'others', 'another'])

/** Whether only spaces, quote marks or brackets stand between a sentence end (or the range start) and `offset`. */
function opensSentence(text: string, offset: number, from: number): boolean {
  for (let at = offset - 1; at >= Math.max(0, from - 1); at--) {
    const code = text.charCodeAt(at)
    if (isSpaceCode(code)) continue
    // A closing mark after a comma is inside a sentence: “…,” From said.
    if ((code === 0x201d || code === 0x22 || code === 0x2019 || code === 0x27) && at > 0 && text[at - 1] === ',') return false
    // A letter, digit, comma or semicolon before it: inside a sentence.
    return !(/[\p{L}\p{N},;]/u.test(text[at]!))
  }
  return true
}

/** Whether one space, no more, stands from `end` to `start` (what `text.slice(end, start) === ' '` says, without the slice). */
function oneSpaceBetween(text: string, end: number, start: number): boolean {
  return start === end + 1 && text.charCodeAt(end) === 0x20
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 9
}

function continuesName(text: string, tokens: Tokens, first: number, last: number, isCommonWord: (lower: string) => boolean): boolean {
  const current = tokens.at(last)!
  const next = tokens.at(last + 1)!
  if (current.possessive) return false
  if (next.start !== current.end + 1) return false
  const between = text.charCodeAt(current.end)
  if (between !== 0x20 && between !== 0xa0) return false
  if (nameParticles.has(lowerOf(next))) {
    const after = tokens.at(last + 2)
    return after !== undefined && oneSpaceBetween(text, next.end, after.start) && isNameWord(after, isCommonWord)
  }
  if (isNameWord(next, isCommonWord)) return true
  // A surname that is also a common word, after a first name alone: “Will Young”, “Tim Guest”.
  return (first === last || titleWords.has(lowerOf(tokens.at(last - 1)!)) || roleSet.has(lowerOf(tokens.at(last - 1)!))) && firstName(current) && capitalised.test(next.text) && (!stopwords.has(lowerOf(next)) || firstName(next)) && !reportingVerb(lowerOf(next)) && !calendar.has(lowerOf(next))
}

/** Most runs have no role: one shared empty list, not one per run (a document holds every run until its quotes are attributed). */
const noRoles: readonly string[] = Object.freeze([])

/** Split a run into its titles and its name; find lowercase roles before it. */
function describeRun(text: string, tokens: Tokens, first: number, last: number): NameRun | undefined {
  const words: string[] = []
  for (let index = first; index <= last; index++) words.push(lowerOf(tokens.at(index)!))
  const roles: string[] = []
  let nameIndex = 0
  // Adjectives of nationality then a title: “Russian President”, “Israeli Prime Minister”.
  let scan = 0
  while (scan < words.length - 1 && demonym.test(words[scan]!) && !matchTitle(words, scan)) scan++
  let titleEnd = scan
  let matched = matchTitle(words, titleEnd)
  // After a title, the last word is the name even when it is a title too: “Mr. King”, “Sen. Major”.
  while (matched > 0 && !(roles.length > 0 && titleEnd + matched >= words.length)) {
    roles.push(words.slice(titleEnd, titleEnd + matched).join(' '))
    if (scan > 0) roles.push([...words.slice(0, scan), ...words.slice(titleEnd, titleEnd + matched)].join(' '))
    titleEnd += matched
    matched = matchTitle(words, titleEnd)
  }
  // A capitalised role opening a sentence stands as a title: “Columnist George Will”, “Pollster Dan Ames”.
  if (roles.length === 0 && words.length > 1 && roleSet.has(words[0]!) && !stopwords.has(words[0]!)) {
    roles.push(words[0]!)
    titleEnd = 1
  }
  // A title after capitalised modifiers of a body: “Senate Minority Leader Harry Reid”, “House Budget Committee Chairman Tom Price”.
  if (roles.length === 0 && words.length > 2 && !firstName(tokens.at(first)!)) {
    const inner = innerTitle(words)
    if (inner) {
      roles.push(words.slice(inner.at, inner.end).join(' '), words.slice(0, inner.end).join(' '))
      titleEnd = inner.end
    }
  }
  if (roles.length > 0) nameIndex = titleEnd
  // Modifiers then a first name and a surname: “Ranking Democrat Dianne Feinstein” is Dianne Feinstein.
  else if (words.length > 2 && !firstName(tokens.at(first)!)) nameIndex = innerFirstName(text, tokens, first, last, words)
  if (nameIndex >= words.length) return undefined
  // Lowercase roles right before the run: “deputy head Moussa Abu Marzouk”, “the director Pieter Janssen”.
  const runStart = tokens.at(first)!.start
  const windowStart = Math.max(0, runStart - 60)
  // Both patterns below end at the run: a look at the last character before it (space skipped) first
  // spares slicing the 60 characters before every run and scanning them from every position.
  let lastAt = runStart - 1
  while (lastAt >= windowStart && isWhiteSpace(text.charCodeAt(lastAt))) lastAt--
  const lastBefore = lastAt >= windowStart ? text[lastAt]! : ''
  const role = lastAt < runStart - 1 && lastBefore !== '' && isLowercaseOrHyphen(lastBefore.charCodeAt(0)) ? lowercaseWordsAtEnd(text.slice(windowStart, runStart)) : null
  let phraseStart = runStart
  if (role && roleSet.has(role[2]!) && !stopwords.has(role[2]!)) {
    const before = text.slice(windowStart, runStart)
    const phrase = role[1]!
    const words = phrase.split(/\s+/)
    // “deputy head”, “chief executive”: keep the first word only when it belongs to the role.
    const kept = words.length > 1 && (roleSet.has(phrase) || /^(?:deputy|chief|senior|former|acting|vice|assistant|head|lead)$/.test(words[0]!)) ? phrase : role[2]!
    roles.push(role[2]!, phrase)
    phraseStart = runStart - (before.length - before.lastIndexOf(kept))
  }
  // Appositive after: “Pieter Janssen, the director,” (the pattern only where a comma, space and t, a or i follow).
  const lastToken = tokens.at(last)!
  const after = mayOpenAppositive(text, lastToken.end) ? /^,\s+(?:the|a|an|its|their)\s+((?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+))\s*[,.;]/u.exec(text.slice(lastToken.end, lastToken.end + 80)) : null
  if (after && roleSet.has(after[2]!)) roles.push(after[2]!, after[1]!.toLowerCase())
  // Appositive before: “the negotiator, Ambassador Keiko Tanaka,”
  const appositiveBefore = lastBefore === ',' ? /(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)),\s+$/u.exec(text.slice(windowStart, runStart)) : null
  if (appositiveBefore && roleSet.has(appositiveBefore[2]!)) roles.push(appositiveBefore[2]!, appositiveBefore[1]!.toLowerCase())

  const nameToken = tokens.at(first + nameIndex)!
  return {
    start: tokens.at(first)!.start,
    end: lastToken.end,
    name: text.slice(nameToken.start, lastToken.end),
    nameStart: nameToken.start,
    phraseStart,
    roles: roles.length > 1 ? [...new Set(roles)] : roles.length === 0 ? noRoles : roles,
    titled: roles.length > 0,
    possessive: lastToken.possessive
  }
}

/** Whether a comma, white space and one of t, a, i (the, a, an, its, their) follow `at`: only then can the appositive pattern match. */
function mayOpenAppositive(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2c || !isWhiteSpace(text.charCodeAt(at + 1))) return false
  let next = at + 2
  while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next++
  const code = text.charCodeAt(next)
  return code === 0x74 || code === 0x61 || code === 0x69
}

const wordsAtEnd = /(?:^|\s)((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))\s+$/u
const surrogate = /[\uD800-\uDFFF]/
const lowercaseLetter = /\p{Ll}/u

/**
 * `wordsAtEnd.exec(value)`: the last lowercase word before trailing space, with
 * the one before it when only space stands between them ([, both, last]), read
 * backwards from the end instead of trying the pattern at every position.
 */
function lowercaseWordsAtEnd(value: string): readonly [string, string, string] | null {
  if (surrogate.test(value)) return wordsAtEnd.exec(value) as [string, string, string] | null
  let end = value.length
  while (end > 0 && isWhiteSpace(value.charCodeAt(end - 1))) end--
  if (end === value.length) return null
  let start = end
  while (start > 0 && isLowercaseOrHyphen(value.charCodeAt(start - 1))) start--
  if (start === end || (start > 0 && !isWhiteSpace(value.charCodeAt(start - 1)))) return null
  const last = value.slice(start, end)
  let gap = start
  while (gap > 0 && isWhiteSpace(value.charCodeAt(gap - 1))) gap--
  let first = gap
  while (first > 0 && isLowercaseOrHyphen(value.charCodeAt(first - 1))) first--
  const both = start > 0 && first < gap && (first === 0 || isWhiteSpace(value.charCodeAt(first - 1)))
  const phrase = both ? value.slice(first, end) : last
  return [value.slice(both ? Math.max(0, first - 1) : start - (start > 0 ? 1 : 0)), phrase, last]
}

function isLowercaseOrHyphen(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || code === 0x2d
  return lowercaseLetter.test(String.fromCharCode(code))
}


/** How many words of a title start at `index` (0 if none). */
/**
 * Index (in the run) of a first name after the run's first word with a
 * surname after it: “Ranking Democrat Dianne Feinstein”. Not in a place
 * (“San Francisco Chronicle”) nor before a body's word; else 0.
 */
function innerFirstName(text: string, tokens: Tokens, first: number, last: number, words: readonly string[]): number {
  for (let index = first + 1; index < last; index++) {
    if (!firstName(tokens.at(index)!)) continue
    if (placeNames.has(words.slice(0, index - first + 1).join(' '))) return 0
    return nameKind(text.slice(tokens.at(index)!.start, tokens.at(last)!.end), false) === 'person' ? index - first : 0
  }
  return 0
}

/** The last title inside a run, after one or more modifiers and before at least one name word (“Burger King Chief Executive Jose Cil”: chief executive). */
function innerTitle(words: readonly string[]): {at: number; end: number} | undefined {
  let found: {at: number; end: number} | undefined
  for (let at = 1; at < words.length - 1; at++) {
    const matched = matchTitle(words, at)
    // A title word as the last word before a suffix is a surname: “Martin Luther King Jr.”
    if (matched === 0 || at + matched >= words.length || /^(?:jr|sr|ii|iii|iv)\.?$/.test(words[at + matched]!)) continue
    found = {at, end: at + matched}
    at += matched - 1
  }
  return found
}

function matchTitle(words: readonly string[], index: number): number {
  // Checked before reading: a read past the end costs a recompilation.
  if (index < 0 || index >= words.length) return 0
  const word = words[index]!
  for (const parts of titlesByFirst.get(word) ?? []) {
    if (index + parts.length > words.length) continue
    let same = true
    for (let offset = 0; offset < parts.length; offset++) {
      const word = words[index + offset]!
      const part = parts[offset]!
      if (word !== part && word !== part.replace(/\.$/, '')) {
        same = false
        break
      }
    }
    if (same) return parts.length
  }
  return 0
}
