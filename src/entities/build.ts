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
import {genderFromRoles, genderOf, type Gender} from './gender.js'
import {namesCompatible, nameKeys} from './name-key.js'
import {findNameRuns, type NameRun} from './names.js'
import {getGender} from '../lexicon/first-names.js'
import {tokenizeDocument, type DocumentWords} from '../parse/tokens.js'

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
}


/** Build the entity table of a document; `documentWords` are its words, read once (`tokenizeDocument`). */
export function buildEntities(text: string, sentences: readonly Sentence[], quotes: readonly TextRange[], documentWords = tokenizeDocument(text)): EntityTable {
  const common = documentWords.common
  const isCommonWord = (lower: string) => common.has(lower)
  const entities: DocumentEntity[] = []
  const pending: Array<NameRun & {sentence: number; inQuote: boolean}> = []
  const others: Array<NameRun & {sentence: number}> = []
  const mentions: Array<Omit<EntityMention, 'subject'>> = []
  const runs: NameRun[][] = []
  let quoteIndex = 0

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]!
    const sentenceRuns = findNameRuns(text, sentence.start, sentence.end, isCommonWord, documentWords)
    runs.push(sentenceRuns)
    for (const run of sentenceRuns) {
      while (quoteIndex < quotes.length && quotes[quoteIndex]!.end <= run.start) quoteIndex++
      const quote = quotes[quoteIndex]
      const inQuote = quote !== undefined && quote.start <= run.start && run.end <= quote.end
      const words = run.name.split(/\s+/)
      const looksPersonal = words.length > 1 && knownFirstName(words[0]!.replace(/\.$/, '')) && !isCommonWord(words[0]!.toLowerCase())
      if (run.titled || looksPersonal) {
        const entity = findOrCreate(entities, run)
        mentions.push({start: run.start, end: run.end, text: text.slice(run.start, run.end), entity, sentence: sentenceIndex, inQuote})
      } else {
        pending.push({...run, sentence: sentenceIndex, inQuote})
      }
    }
  }

  const positions = new Map<DocumentEntity, number[]>()
  for (const mention of mentions) {
    const list = positions.get(mention.entity) ?? []
    list.push(mention.start)
    positions.set(mention.entity, list)
  }
  const byKey = new Map<string, DocumentEntity[]>()
  for (const entity of entities) {
    for (const key of new Set(nameKeys(entity.name))) byKey.set(key, [...(byKey.get(key) ?? []), entity])
  }
  // Shorter forms join the nearest entity they fit.
  for (const run of pending) {
    const candidates = new Set(nameKeys(run.name).flatMap((key) => byKey.get(key) ?? []))
    const fitting = [...candidates].filter((entity) => namesCompatible(run.name, entity.name))
    if (fitting.length === 0) {
      others.push(run)
      continue
    }
    const entity = nearest(fitting, run.start, positions)
    entity.aliases.add(run.name)
    for (const role of run.roles) entity.roles.add(role)
    mentions.push({start: run.start, end: run.end, text: text.slice(run.start, run.end), entity, sentence: run.sentence, inQuote: run.inQuote})
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
    const owned = /['’]s?$/.test(text.slice(mention.end, mention.end + 2)) && /^['’]/.test(text.slice(mention.end, mention.end + 1))
    const afterPreposition = objectPosition.test(text.slice(Math.max(0, mention.start - 20), mention.start))
    const subject = !subjectTaken && !mention.inQuote && !owned && !afterPreposition
    if (!mention.inQuote && !afterPreposition) subjectTaken = true
    const full = {...mention, subject}
    withSubjects.push(full)
    mention.entity.mentions.push(full)
  }
  for (const entity of entities) {
    entity.gender = genderOf(entity.name, [...entity.roles])
    entity.genderCertain = genderFromRoles([...entity.roles]) !== null
  }

  return {entities: entities.filter((entity) => entity.mentions.length > 0), mentions: withSubjects, others, isCommonWord, runs, words: documentWords}
}

function findOrCreate(entities: DocumentEntity[], run: NameRun): DocumentEntity {
  const keys = nameKeys(run.name)
  let found: DocumentEntity | undefined
  for (const entity of entities) {
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
  if (!found) {
    found = {id: `e${entities.length + 1}`, name: run.name, kind: 'person', gender: null, aliases: new Set(), roles: new Set(), mentions: []}
    entities.push(found)
  }
  found.aliases.add(run.name)
  for (const role of run.roles) found.roles.add(role)
  if (run.name.split(/\s+/).length > found.name.split(/\s+/).length) found.name = run.name
  return found
}

/** The entity mentioned closest before `offset` (else closest after it). */
function nearest(entities: readonly DocumentEntity[], offset: number, positions: ReadonlyMap<DocumentEntity, number[]>): DocumentEntity {
  let best = entities[0]!
  let bestDistance = Number.POSITIVE_INFINITY
  for (const entity of entities) {
    for (const position of positions.get(entity) ?? []) {
      // A mention after the offset counts as farther than any before it.
      const distance = position <= offset ? offset - position : 1e12 + position - offset
      if (distance < bestDistance) {
        best = entity
        bestDistance = distance
      }
    }
  }
  return best
}

const firstNames = new Map<string, boolean>()

/** Whether the first-name list knows `word` (memoised: the same names recur in every run). */
function knownFirstName(word: string): boolean {
  let known = firstNames.get(word)
  if (known === undefined) {
    if (firstNames.size > 50_000) firstNames.clear()
    known = getGender(word, 'en') !== 'unknown'
    firstNames.set(word, known)
  }
  return known
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
