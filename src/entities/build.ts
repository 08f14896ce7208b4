/**
 * Entities of one document: person mentions grouped under one canonical
 * name (the fullest form used), with aliases, roles and gender.
 *
 * Full names come first (two words or more, or a title before them); single
 * words (“Putin”) and shorter forms then join the entity whose name they are
 * part of, the nearest one when several fit.
 */

import type {Span, TextRange} from '../types.js'
import type {Sentence} from '../parse/sentences.js'
import {objectPosition} from '../lexicon/syntax.js'
import {personRoles} from '../lexicon/roles.js'
import {stopwords} from '../lexicon/stopwords.js'
import {demonyms, organizationNames, placeNames} from '../lexicon/gazetteer.js'
import {genderFromRoles, genderOf, isFirstName, type Gender} from './gender.js'
import {namesCompatible, nameKeys} from './name-key.js'
import {findNameRuns, type NameRun} from './names.js'
import {tokenizeDocument, type DocumentWords} from '../parse/tokens.js'
import {reportingVerb} from '../lexicon/cues.js'
import {lowerCase} from '../parse/lower-case.js'
import {isWhiteSpace} from '../parse/white-space.js'
import {emptyList} from '../shapes.js'

export interface DocumentEntity {
  id: string
  name: string
  kind: 'person' | 'organization'
  gender: Gender
  /** The gender comes from a title or role, not from a first-name list. */
  genderCertain?: boolean
  aliases: Set<string>
  roles: Set<string>
  mentions: EntityMention[]
}

export interface EntityMention extends TextRange {
  /** As written, titles included. */
  readonly text: string
  readonly entity: DocumentEntity
  readonly sentence: number
  /** The first mention of a person in its sentence, outside quotes, not owned (’s) nor after a preposition. */
  readonly subject: boolean
  readonly inQuote: boolean
  /** In a caption, photo credit or headline line: never an antecedent. */
  readonly caption: boolean
}

export interface EntityTable {
  readonly entities: DocumentEntity[]
  /** Every mention, in text order. */
  readonly mentions: EntityMention[]
  /** Name runs that are not people (places, bodies), in text order. */
  readonly others: ReadonlyArray<NameRun & {readonly sentence: number}>
  readonly isCommonWord: (lower: string) => boolean
  /** Name runs of each sentence (by index), read once here and reused by the attribution contexts. */
  readonly runs: ReadonlyArray<readonly NameRun[]>
  /** The document's words, read once: later look-ups read them instead of the text. */
  readonly words: DocumentWords
  /** People whose names `name` may be a form of (looked up by name key, not by reading every entity). */
  readonly entitiesNamed: (name: string) => DocumentEntity[]
}

/** The runs of every sentence with none. Not frozen: a frozen array has a shape of its own, for which the code reading runs was compiled again. */
const noRuns: readonly NameRun[] = emptyList<NameRun>()

/** Build the entity table of a document; `documentWords` are its words, read once (`tokenizeDocument`). */
export function buildEntities(text: string, sentences: readonly Sentence[], quotes: readonly TextRange[], documentWords = tokenizeDocument(text)): EntityTable {
  const common = documentWords.common
  const isCommonWord = (lower: string) => common.has(lower)
  const entities: DocumentEntity[] = []
  const pending: Array<NameRun & {sentence: number; inQuote: boolean; caption: boolean}> = []
  const others: Array<NameRun & {sentence: number}> = []
  const mentions: Array<Omit<EntityMention, 'subject'>> = []
  const runs: Array<readonly NameRun[]> = []
  const index = new EntityIndex()
  let quoteIndex = 0

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]!
    const sentenceRuns = findNameRuns(text, sentence.start, sentence.end, isCommonWord, documentWords)
    // Kept until every quote is attributed: a list of exact length (a growing one holds spare room), one shared when empty.
    runs.push(sentenceRuns.length === 0 ? noRuns : sentenceRuns.slice())
    // Read once a sentence, not once a name in it.
    const caption = sentenceRuns.length > 0 && isCaption(text, sentences, sentenceIndex)
    for (const run of sentenceRuns) {
      while (quoteIndex < quotes.length && quotes[quoteIndex]!.end <= run.start) quoteIndex++
      const quote = quotes[quoteIndex]
      const inQuote = quote !== undefined && quote.start <= run.start && run.end <= quote.end
      if (run.titled || looksPersonal(run.name, isCommonWord) || speaksAlone(text, run, sentence)) {
        const entity = findOrCreate(entities, index, run)
        mentions.push({start: run.start, end: run.end, text: text.slice(run.start, run.end), entity, sentence: sentenceIndex, inQuote, caption})
      } else {
        // Written out, not spread: copying a run with `...` was a tenth of the whole extraction.
        const {start, end, name, nameStart, phraseStart, roles, titled, possessive} = run
        pending.push({start, end, name, nameStart, phraseStart, roles, titled, possessive, sentence: sentenceIndex, inQuote, caption})
      }
    }
  }

  const positions = new Map<DocumentEntity, number[]>()
  for (const mention of mentions) {
    const list = positions.get(mention.entity) ?? []
    list.push(mention.start)
    positions.set(mention.entity, list)
  }
  // Shorter forms join the nearest entity they fit.
  for (const run of pending) {
    const fitting = index.named(run.name)
    if (fitting.length === 0) {
      others.push(run)
      continue
    }
    const entity = nearest(fitting, run.start, positions)
    entity.aliases.add(run.name)
    for (const role of run.roles) entity.roles.add(role)
    mentions.push({start: run.start, end: run.end, text: text.slice(run.start, run.end), entity, sentence: run.sentence, inQuote: run.inQuote, caption: run.caption})
  }

  mentions.sort((a, b) => a.start - b.start)
  const withSubjects: EntityMention[] = []
  let lastSentence = -1
  let subjectTaken = false
  for (const mention of mentions) {
    if (mention.sentence !== lastSentence) {
      lastSentence = mention.sentence
      subjectTaken = false
    }
    const owned = ownedAt(text, mention.end)
    // The pattern ends in white space: only then is it run.
    const afterPreposition = mention.start > 0 && isWhiteSpace(text.charCodeAt(mention.start - 1)) && (objectPosition.test(text.slice(Math.max(0, mention.start - 20), mention.start)) || (!subjectTaken && objectAfterModifiers(text, sentences[mention.sentence]!.start, mention.start)))
    const subject = !subjectTaken && !mention.inQuote && !owned && !afterPreposition
    if (!mention.inQuote && !afterPreposition) subjectTaken = true
    const {start, end, text: written, entity, sentence, inQuote, caption} = mention
    const full = {start, end, text: written, entity, sentence, inQuote, caption, subject}
    withSubjects.push(full)
    mention.entity.mentions.push(full)
  }
  for (const entity of entities) {
    entity.gender = genderOf(entity.name, [...entity.roles])
    entity.genderCertain = genderFromRoles([...entity.roles]) !== null
  }

  return {
    entities: entities.filter((entity) => entity.mentions.length > 0),
    mentions: withSubjects,
    others,
    isCommonWord,
    runs,
    words: documentWords,
    entitiesNamed: (name) => index.named(name)
  }
}

/** A verb or preposition, then up to three modifiers ending in a capitalised word or a role, before `start`: “told radio correspondent Steve Inskeep”. */
function objectAfterModifiers(text: string, sentenceStart: number, start: number): boolean {
  // Most first mentions open their sentence or follow a lowercase word that is no role: read the word before first.
  let end = start
  while (end > sentenceStart && isWhiteSpace(text.charCodeAt(end - 1))) end--
  let wordStart = end
  while (wordStart > sentenceStart && !isWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--
  if (wordStart === end) return false
  const last = text.slice(wordStart, end)
  if (!/^\p{Lu}/u.test(last) && !roleWords.has(last)) return false
  const before = modifiedObject.exec(text.slice(Math.max(sentenceStart, start - 80), start))
  if (before === null) return false
  const words = before[1]!.trim().split(/\s+/)
  const modifier = (word: string) => /^\p{Lu}/u.test(word) || roleWords.has(word) || (!stopwords.has(word) && reportingVerb(word) === undefined)
  return words.every(modifier)
}
const modifiedObject = new RegExp(objectPosition.source.replace(/\\s\+\$$/, '') + String.raw`\s+((?:[\p{L}.’'-]+\s+){1,3})$`, 'iu')
const roleWords = new Set(personRoles.filter((role) => !role.includes(' ')))

/** Entities by the keys of their name words: a look-up reads only those sharing a word with the name. */
class EntityIndex {
  private readonly byKey = new Map<string, DocumentEntity[]>()

  add(entity: DocumentEntity): void {
    for (const key of new Set(nameKeys(entity.name))) {
      const list = this.byKey.get(key)
      if (!list) this.byKey.set(key, [entity])
      else if (!list.includes(entity)) list.push(entity)
    }
  }

  /** Entities holding a word of key `key`, in the order they were made. */
  holding(key: string): readonly DocumentEntity[] {
    return this.byKey.get(key) ?? []
  }

  /** Entities whose name `name` may be a form of: read from the shortest list of one of its keys, as a compatible name holds every key. */
  named(name: string): DocumentEntity[] {
    let shortest: readonly DocumentEntity[] | undefined
    for (const key of nameKeys(name)) {
      const list = this.holding(key)
      if (!shortest || list.length < shortest.length) shortest = list
    }
    return (shortest ?? emptyList<DocumentEntity>()).filter((entity) => namesCompatible(name, entity.name))
  }
}

/** A first name then a surname; a first name that is also a common word (Bill, Mark) needs a surname that is none. */
function looksPersonal(name: string, isCommonWord: (lower: string) => boolean): boolean {
  // The words of `name.split(/\s+/)` that are read (the first, the last, how many), found without splitting.
  let firstEnd = -1
  let lastStart = 0
  let count = 1
  for (let at = 0; at < name.length; at++) {
    if (!isWhiteSpace(name.charCodeAt(at))) continue
    if (at === 0 || !isWhiteSpace(name.charCodeAt(at - 1))) {
      count++
      if (firstEnd === -1) firstEnd = at
    }
    lastStart = at + 1
  }
  if (count === 1) return false
  const first = name.slice(0, firstEnd)
  return isFirstName(first) && (!isCommonWord(lowerCase(first)) || !isCommonWord(lowerCase(name.slice(lastStart))) || count === 2)
}

/**
 * A single capitalised word opening its sentence as the subject of a
 * reporting verb is a person (“Burton explained from a podium.”), unless it
 * is written in capitals (an acronym: a body) or ends in an organisation word.
 */
function speaksAlone(text: string, run: NameRun, sentence: TextRange): boolean {
  // Most runs do not open their sentence: that is read first, from the characters.
  for (let at = sentence.start; at < run.start; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false
  if (run.name.includes(' ') || run.possessive || run.name === run.name.toUpperCase()) return false
  // A known body or place that says something is no person (“Google said”, “Israel said”).
  const lower = lowerCase(run.name)
  if (organizationNames.has(lower) || placeNames.has(lower) || demonyms.has(lower)) return false
  const after = /^\s+(?:[\p{Ll}-]+ly\s+)?([\p{Ll}]+)/u.exec(text.slice(run.end, run.end + 40))
  return after !== null && reportingVerb(after[1]!) !== undefined
}

/** A line of its own with no final punctuation (a headline or caption), or a photo credit. */
function isCaption(text: string, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index]!
  const value = text.slice(sentence.start, sentence.end)
  if (/\((?:AP|Getty|Reuters|AFP|EPA)\b|\b(?:Photo|Photograph|Image|Credit)s?\s*(?:by|:|\/)|\/\s*(?:AP|Getty Images|Reuters|AFP)\b/i.test(value)) return true
  const alone = sentences[index - 1]?.paragraph !== sentence.paragraph && sentences[index + 1]?.paragraph !== sentence.paragraph
  return alone && !/[.!?…:]["”’»)]*\s*$/u.test(value)
}

function findOrCreate(entities: DocumentEntity[], index: EntityIndex, run: NameRun): DocumentEntity {
  const keys = nameKeys(run.name)
  let found: DocumentEntity | undefined
  // Two full names must share the last name; one word must be a word of the other: look up that key only.
  for (const entity of index.holding(keys[keys.length - 1]!)) {
    if (entity.kind !== 'person') continue
    const entityKeys = nameKeys(entity.name)
    // Two full names are one person when their last names and first names agree (or one has no first name).
    const sameLast = entityKeys[entityKeys.length - 1] === keys[keys.length - 1]
    const sameFirst = keys.length === 1 || entityKeys.length === 1 || entityKeys[0] === keys[0]
    if ((sameLast && sameFirst) || (keys.length === 1 && namesCompatible(run.name, entity.name))) {
      found = entity
      break
    }
  }
  // The index learns an entity's name when it is made or its name grows: adding the same name again would change nothing.
  let named = false
  if (!found) {
    found = {id: `e${entities.length + 1}`, name: run.name, kind: 'person', gender: null, aliases: new Set(), roles: new Set(), mentions: []}
    entities.push(found)
    named = true
  }
  found.aliases.add(run.name)
  for (const role of run.roles) found.roles.add(role)
  if (wordCount(run.name) > wordCount(found.name)) {
    found.name = run.name
    named = true
  }
  if (named) index.add(found)
  return found
}


/** `value.split(/\s+/).length`, counted without splitting. */
function wordCount(value: string): number {
  let count = 1
  for (let at = 0; at < value.length; at++) if (isWhiteSpace(value.charCodeAt(at)) && (at === 0 || !isWhiteSpace(value.charCodeAt(at - 1)))) count++
  return count
}

/** Whether a possessive ’ or ’s follows `end`: an apostrophe there, then an s, another apostrophe or the end of the text. */
function ownedAt(text: string, end: number): boolean {
  const first = text.charCodeAt(end)
  if (first !== 0x27 && first !== 0x2019) return false
  if (end + 1 >= text.length) return true
  const second = text.charCodeAt(end + 1)
  return second === 0x73 || second === 0x27 || second === 0x2019
}

/** The entity mentioned closest before `offset` (else closest after it); positions are in text order. */
function nearest(entities: readonly DocumentEntity[], offset: number, positions: ReadonlyMap<DocumentEntity, number[]>): DocumentEntity {
  let best = entities[0]!
  let bestDistance = Number.POSITIVE_INFINITY
  for (const entity of entities) {
    const list = positions.get(entity) ?? []
    const after = firstAfter(list, offset)
    // A mention after the offset counts as farther than any before it.
    const distance = after > 0 ? offset - list[after - 1]! : after < list.length ? 1e12 + list[after]! - offset : Number.POSITIVE_INFINITY
    if (distance < bestDistance) {
      best = entity
      bestDistance = distance
    }
  }
  return best
}

/** Index of the first position greater than `offset`. */
function firstAfter(list: readonly number[], offset: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Public form of an entity. */
export function entitySnapshot(entity: DocumentEntity, toSpan: (range: TextRange) => Span) {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    gender: entity.gender,
    aliases: [...entity.aliases],
    roles: [...entity.roles],
    mentions: entity.mentions.map((mention) => toSpan(mention))
  }
}
