/**
 * The noun phrase right before a reporting verb is who spoke, whatever its
 * noun: “the announcer said”, “a friend commented”, “my father often said”,
 * “Scott’s family has called”. A determiner (or an owner’s name) opens it; no
 * list of roles is needed, since the verb tells that someone is speaking.
 */

import type {MentionCandidate, TextRange} from '../types.js'
import {reportingVerb} from '../lexicon/cues.js'
import {definiteDeterminers, indefiniteDeterminers, passiveAuxiliaries, prepositions, verbPreludes} from '../lexicon/determiners.js'
import {speakerPronouns} from '../lexicon/roles.js'
import {stopwords} from '../lexicon/stopwords.js'

export interface PhraseWord extends TextRange {
  readonly lower: string
  readonly value: string
}

/** Reporting verbs that are also nouns: “a campaign email”, “the party platform calls” read as nouns unless a plural or an adverb says verb. */
const nounLikeVerbs = new Set(['email', 'tweet', 'post', 'text', 'report', 'comment', 'call', 'claim', 'remark', 'note', 'answer', 'reply', 'charge', 'promise', 'pledge', 'vow', 'demand', 'protest', 'query', 'estimate', 'forecast', 'brief', 'address', 'cry', 'echo', 'plea', 'counter', 'caution', 'stress', 'welcome', 'praise', 'thank', 'rail', 'snap', 'shrug', 'sigh', 'laugh', 'joke', 'rant', 'hail', 'beam', 'blast', 'slam', 'taunt', 'tease', 'term', 'state', 'chant', 'sneer', 'scoff'])
/** Quantifiers that stand alone for people as the subject of a reporting verb. */
const quantifierSubjects = new Set(['another', 'several', 'some', 'others', 'many', 'most', 'both', 'few', 'one'])
/** At most this many modifiers between the determiner and the noun: “the bespectacled, 71-year-old diplomat”. */
const maxModifiers = 5
const maxPreludes = 3

/** Speaker phrases ending right before each reporting verb of `words`. `between(a, b)` is the text between two words. */
export function findCueSubjects(words: readonly PhraseWord[], between: (a: number, b: number) => string): MentionCandidate[] {
  const found: MentionCandidate[] = []
  for (let index = 1; index < words.length; index++) {
    const verb = words[index]!
    const lemma = reportingVerb(verb.lower)
    if (lemma === undefined || verb.lower.endsWith('ing')) continue
    const phrase = phraseBefore(words, index, between, lemma)
    if (phrase) found.push(phrase)
  }
  return found
}

function phraseBefore(words: readonly PhraseWord[], verbIndex: number, between: (a: number, b: number) => string, lemma: string): MentionCandidate | undefined {
  let head = verbIndex - 1
  let preludes = 0
  let passive = false
  // “has called”, “often said”, “, however, argue”
  while (head > 0 && preludes < maxPreludes && verbPreludes.has(words[head]!.lower) && /^[\s,]+$/.test(between(head, head + 1))) {
    passive ||= passiveAuxiliaries.has(words[head]!.lower)
    head--
    preludes++
  }
  // “the winner was declared”: the phrase is what was spoken of (“he was quoted as saying” is not this verb form).
  if (passive) return undefined
  if (!/^\s+$/.test(between(head, head + 1)) && !(preludes > 0 && /^,\s+$/.test(between(head, head + 1)))) return undefined
  const noun = words[head]!
  const plural = noun.lower.endsWith('s')
  // A bare plural opening its sentence speaks for a group: “Legal observers note”, “Multiple outlets reported”.
  if (plural && opensSentence(words, head, between) && isHeadNoun(noun.lower) && verb(words, verbIndex, lemma, preludes)) return {start: noun.start, end: noun.end, text: '', type: 'unnamed'}
  // A quantifier standing for people speaks as one of them: “Another tweeted”, “Several said”, “Others shouted”.
  if (quantifierSubjects.has(noun.lower) && !afterPreposition(words, head, between) && verb(words, verbIndex, lemma, preludes)) return {start: noun.start, end: noun.end, text: '', type: 'unnamed'}
  if (!isHeadNoun(noun.value)) return undefined
  // A base form needs a plural subject (“the lawyers argue”) or an auxiliary (“will say”).
  if (preludes === 0 && words[verbIndex]!.lower === lemma && !plural) return undefined
  if (!verb(words, verbIndex, lemma, preludes)) return undefined
  for (let at = head - 1, modifiers = 0; at >= 0 && modifiers <= maxModifiers; at--, modifiers++) {
    if (!modifierGap(between(at, at + 1))) return undefined
    const current = words[at]!
    if (definiteDeterminers.has(current.lower) || indefiniteDeterminers.has(current.lower)) {
      // “the two plaintiffs”, “all the members”: a determiner before a number or quantity opens the phrase.
      let first = at
      if (at > 0 && /^\s+$/.test(between(at - 1, at)) && (definiteDeterminers.has(words[at - 1]!.lower) || words[at - 1]!.lower === 'all')) first = at - 1
      if (afterPreposition(words, first, between)) return undefined
      const type = definiteDeterminers.has(words[first]!.lower) ? 'description' : 'unnamed'
      return {start: words[first]!.start, end: noun.end, text: '', type}
    }
    if (/[’']s?$/.test(current.value) && /^\p{L}/u.test(current.value) && current.value.length > 2) return ownedPhrase(words, at, noun, between)
    if (!isModifier(current.value)) return undefined
    if (plural && /^\p{Lu}/u.test(current.value) && opensSentence(words, at, between)) return {start: current.start, end: noun.end, text: '', type: 'unnamed'}
  }
  return undefined
}

/** An -s form of a verb that is also a noun reads as a noun (“a campaign email”, “the party posts”) unless an adverb stands between. */
function verb(words: readonly PhraseWord[], verbIndex: number, lemma: string, preludes: number): boolean {
  const form = words[verbIndex]!.lower
  return preludes > 0 || !nounLikeVerbs.has(lemma) || (form !== lemma + 's' && form !== lemma + 'es' && (form !== lemma || words[verbIndex - 1]!.lower.endsWith('s')))
}

/** Whether the word at `at` opens its sentence (or the text read). */
function opensSentence(words: readonly PhraseWord[], at: number, between: (a: number, b: number) => string): boolean {
  return at === 0 || /[.!?;:]["”’']*\s+$/u.test(between(at - 1, at))
}

/** “Scott’s family”, “Ivana Trump’s brief”, “the ad’s narrator”: the owner’s name or phrase opens the mention. */
function ownedPhrase(words: readonly PhraseWord[], owner: number, noun: PhraseWord, between: (a: number, b: number) => string): MentionCandidate | undefined {
  let start = owner
  const capitalised = /^\p{Lu}/u.test(words[owner]!.value)
  for (let at = owner - 1, steps = 0; at >= 0 && steps < 3 && /^\s+$/.test(between(at, at + 1)); at--, steps++) {
    const word = words[at]!
    if (definiteDeterminers.has(word.lower) && !/^(?:his|her|its|their|my|our|your)$/.test(word.lower)) {
      start = at
      break
    }
    if (!(capitalised ? /^\p{Lu}/u.test(word.value) : isModifier(word.value))) break
    start = at
  }
  if (afterPreposition(words, start, between)) return undefined
  return {start: words[start]!.start, end: noun.end, text: '', type: 'description'}
}

/** Whether a preposition stands right before the word at `at`: “through the streets”, “under her watch”. */
function afterPreposition(words: readonly PhraseWord[], at: number, between: (a: number, b: number) => string): boolean {
  return at > 0 && prepositions.has(words[at - 1]!.lower) && /^\s+$/.test(between(at - 1, at))
}

/** Only space, or digits of a measure (“the 43-year-old”, “the bespectacled, 71-year-old”), between two words of the phrase. */
function modifierGap(gap: string): boolean {
  return /^\s+$/.test(gap) || /^,?\s+\d[\d.,]*-$/.test(gap)
}

function isHeadNoun(value: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(value) || value.length < 3) return false
  const lower = value
  return !stopwords.has(lower) && !speakerPronouns.has(lower) && !verbPreludes.has(lower) && !definiteDeterminers.has(lower) && !indefiniteDeterminers.has(lower) && !lower.endsWith('ing') && reportingVerb(lower) === undefined
}

function isModifier(value: string): boolean {
  const lower = value.toLowerCase()
  return !stopwords.has(lower) && !speakerPronouns.has(lower) && !verbPreludes.has(lower) && reportingVerb(lower) === undefined && !/[’']s?$/.test(value)
}
