/**
 * From a speaker mention to the entity it stands for: names by their entity,
 * pronouns by salience (recent, subject, the last speaker; gender and number
 * agreeing), descriptions by the roles and titles seen earlier. What cannot
 * be resolved stays as written, as an unnamed source.
 */

import type {MentionCandidate, ResolvedSpeaker, TextRange} from '../types.js'
import {firstPerson, leaderRoles, organizationNouns, personRoles, roleGender, speakerPronouns} from '../lexicon/roles.js'
import type {DocumentEntity, EntityMention, EntityTable} from './build.js'
import {findNameRuns} from './names.js'
import {nameKind} from './kind.js'
import {findMentions} from '../attribution/candidates.js'
import {definiteDeterminers, indefiniteDeterminers} from '../lexicon/determiners.js'

export interface ResolveContext {
  readonly text: string
  readonly table: EntityTable
  /** Sentence index of an offset. */
  readonly sentenceAt: (offset: number) => number
  /** Range of a sentence by index. */
  readonly sentenceRange?: (index: number) => TextRange | undefined
  /** Speaker-like mentions of the quote's sentence, in order (for a pronoun whose antecedent is unnamed). */
  readonly sentenceMentions?: readonly MentionCandidate[]
  /** Speaker of the previous attributed quote, with its sentence and where the quote ended. */
  readonly previousSpeaker?: {readonly speaker: ResolvedSpeaker; readonly sentence: number; readonly end?: number}
}

/** How far back (in sentences) a pronoun or description looks. */
const window = 8
const organizations = new Set(organizationNouns)
const roles = new Set(personRoles)
/** Nouns for a kind of body that a name stands for (“Google … the company”), not writings or offices. */
const bodyKinds = new Set(['company', 'firm', 'group', 'agency', 'union', 'party', 'network', 'newspaper', 'broadcaster', 'bank', 'airline', 'carrier', 'university', 'club', 'team', 'organization', 'organisation', 'foundation', 'institute', 'coalition', 'alliance', 'league', 'federation', 'association'])

export function resolveMention(candidate: MentionCandidate, context: ResolveContext): ResolvedSpeaker | null {
  const mention = {start: candidate.start, end: candidate.end, text: candidate.text}
  switch (candidate.type) {
    case 'name':
      return resolveName(candidate, context, mention)
    case 'pronoun':
      return resolvePronoun(candidate, context, mention)
    case 'description':
      return resolveDescription(candidate, context, mention)
    case 'unnamed':
      return speakerOf(tidyDescription(candidate.text), 'unnamed', mention, 0.9)
  }
}

function resolveName(candidate: MentionCandidate, context: ResolveContext, mention: ResolvedSpeaker['mention']): ResolvedSpeaker | null {
  const {table} = context
  // The head of a noun phrase is its last name: “Oilers head coach Ken Hitchcock”.
  const own = lastMentionIn(table.mentions, candidate)
  if (own) return speakerOf(own.entity.name, own.entity.kind, mention, 1)
  const run = findNameRuns(context.text, candidate.start, candidate.end, table.isCommonWord, table.words).at(-1)
  const name = run?.name ?? candidate.text
  const fitting = new Set(table.entitiesNamed(name).filter((entity) => entity.kind === 'person'))
  if (fitting.size > 0) {
    const best = mostSalient(candidate.start, context, (entity) => fitting.has(entity))
    if (best) return speakerOf(best.entity.name, 'person', mention, 0.95)
  }
  // A name that is no person we know of: a body (“Hamas said”), or a person named once with a title.
  const bare = name.replace(/^the\s+/i, '')
  const typed = nameKind(bare, run?.titled ?? false)
  // A place or an adjective that a rule still points at speaks for its government or people (“Israel said”).
  const kind = typed === 'person' ? 'person' : 'organization'
  return speakerOf(bare, kind, mention, typed === 'place' || typed === 'other' ? 0.7 : 0.9)
}

function resolvePronoun(candidate: MentionCandidate, context: ResolveContext, mention: ResolvedSpeaker['mention']): ResolvedSpeaker | null {
  // “I laughed and said, “…””: the writer, whom the text does not name.
  if (candidate.text === firstPerson) return speakerOf(firstPerson, 'unnamed', mention, 0.9)
  const facts = speakerPronouns.get(candidate.text.toLowerCase())
  if (!facts) return null
  // “A spokeswoman for the company … what she called”: the pronoun takes the sentence's unnamed subject.
  const earlier = (context.sentenceMentions ?? []).filter((mention) => mention.end <= candidate.start)
  const subject = earlier[0]
  if (subject && (subject.type === 'unnamed' || subject.type === 'description') && !earlier.some((mention) => mention.type === 'name')) {
    const head = subject.text.toLowerCase().split(/\s+/).find((word) => roleGender.has(word))
    const gender = head ? roleGender.get(head) : undefined
    if (!gender || !facts.gender || gender === facts.gender) {
      const resolved = resolveMention(subject, {...context, sentenceMentions: []})
      if (resolved) return speakerOf(resolved.name, resolved.kind, mention, Math.min(resolved.certainty, 0.8))
    }
  }
  // Gender agreement is a hard filter where a title or role tells the gender; a first-name list is a guess (Joan, Sasha, Andrea vary).
  const admit = (entity: DocumentEntity) => {
    if (facts.organization && !facts.gender) return entity.kind === 'organization'
    return entity.kind === 'person' && (entity.gender === null || entity.gender === facts.gender || !entity.genderCertain)
  }
  const best = mostSalient(candidate.start, context, admit, facts.gender)
  if (!best && facts.organization) {
    const body = recentBody(candidate, context)
    if (body) return speakerOf(body.name, body.kind, mention, Math.min(body.certainty, 0.8))
  }
  if (!best) {
    // “they” / “it” right after a body named as a speaker.
    const previous = context.previousSpeaker
    if (facts.organization && previous && previous.speaker.kind !== 'person' && context.sentenceAt(candidate.start) - previous.sentence <= 2) {
      return speakerOf(previous.speaker.name, previous.speaker.kind, mention, 0.75)
    }
    return unresolved(candidate, mention)
  }
  // Only people whose first name guesses the other gender are near (“she” after three men): nobody we can name.
  const disagrees = facts.gender !== null && best.entity.gender !== null && best.entity.gender !== facts.gender
  if (disagrees) return unresolved(candidate, mention)
  return speakerOf(best.entity.name, best.entity.kind, mention, best.clear ? 0.9 : 0.7)
}

/** A pronoun kept with its mention (and the rule's cue), so that nothing said is dropped. */
function unresolved(candidate: MentionCandidate, mention: ResolvedSpeaker['mention']): ResolvedSpeaker {
  return speakerOf(candidate.text.toLowerCase(), 'unresolved', mention, 0.5)
}

function resolveDescription(candidate: MentionCandidate, context: ResolveContext, mention: ResolvedSpeaker['mention']): ResolvedSpeaker | null {
  const words = candidate.text.toLowerCase().split(/\s+/).slice(1)
  const head = roleHead(words)
  if (organizations.has(head) || organizations.has(words.join(' '))) {
    // “Google … the company said”: a bare “the company” is the body named last, in this or the two sentences before.
    const named = words.length === 1 && /^the\s/i.test(candidate.text) && bodyKinds.has(head) ? recentBody(candidate, context, true) : null
    if (named) return speakerOf(named.name, named.kind, mention, Math.min(named.certainty, 0.8))
    return speakerOf(tidyDescription(candidate.text), 'organization', mention, 0.85)
  }
  const modifiers = words.slice(0, words.length - head.split(' ').length)
  const fits = (entity: DocumentEntity) => {
    if (entity.kind !== 'person') return false
    if (entity.roles.has(head)) return true
    return leaderRoles.has(head) && [...entity.roles].some((role) => leaderRoles.has(role))
  }
  // Prefer entities whose roles carry the same modifiers (“the Russian president”).
  const sameModifiers = (entity: DocumentEntity) => fits(entity) && modifiers.every((modifier) => [...entity.roles].some((role) => role.includes(modifier)))
  const best = mostSalient(candidate.start, context, sameModifiers) ?? mostSalient(candidate.start, context, fits)
  if (!best) return speakerOf(tidyDescription(candidate.text), 'unnamed', mention, 0.8)
  return speakerOf(best.entity.name, 'person', mention, best.clear ? 0.9 : 0.75)
}

/** “The union rejected the offer. “…,” it said”: the body named last in this or the two sentences before. */
function recentBody(candidate: MentionCandidate, context: ResolveContext, namedOnly = false): ResolvedSpeaker | null {
  const current = context.sentenceAt(candidate.start)
  for (let index = current; index >= Math.max(0, current - 2); index--) {
    const range = context.sentenceRange?.(index)
    if (!range) continue
    const end = Math.min(range.end, candidate.start)
    const mentions = mentionsBetween(context, index, range.start, end, end === range.end)
    for (let at = mentions.length - 1; at >= 0; at--) {
      const mention = mentions[at]!
      if (mention.type === 'pronoun' || mention.type === 'unnamed' || (namedOnly && mention.type !== 'name')) continue
      const resolved = resolveMention(mention, {...context, sentenceMentions: []})
      if (resolved?.kind === 'organization') return resolved
    }
  }
  return null
}

/** Mentions read by `recentBody`, by table and range: each “it said” reads the same sentences again. */
const readMentions = new WeakMap<EntityTable, Map<string, MentionCandidate[]>>()

/** `findMentions` from `start` to `end` in sentence `index` (`whole` when the range is all of it), read once per table. */
function mentionsBetween(context: ResolveContext, index: number, start: number, end: number, whole: boolean): readonly MentionCandidate[] {
  const {table} = context
  let read = readMentions.get(table)
  if (!read) readMentions.set(table, (read = new Map()))
  const key = `${start}:${end}`
  let mentions = read.get(key)
  if (!mentions) {
    // A whole sentence's name runs are the table's (found with the same words); a sentence cut at the pronoun is read again.
    const runs = whole ? table.runs[index] : undefined
    mentions = findMentions(context.text, [{start, end}], table.isCommonWord, table.words, runs && (() => runs))
    read.set(key, mentions)
  }
  return mentions
}

/** The role a description ends with: “the Kremlin leader” → leader, “the prime minister” → prime minister. */
function roleHead(words: readonly string[]): string {
  const two = words.slice(-2).join(' ')
  return words.length > 1 && (roles.has(two) || organizations.has(two)) ? two : (words[words.length - 1] ?? '')
}

/**
 * The most salient person or body before `offset` among those `admit` lets
 * through: mentioned recently (in sentences), as a subject, as the previous
 * speaker, or introduced as a subject since the previous quote (which beats
 * the previous speaker: “Mary Nicholson … agreed. “…,” she wrote.”). Only the
 * mentions of the last `window` sentences are read, so a look-up costs the
 * same anywhere in a document of any length. `clear` says that it wins by a
 * margin.
 */
function mostSalient(
  offset: number,
  context: ResolveContext,
  admit: (entity: DocumentEntity) => boolean,
  gender?: 'male' | 'female' | null
): {entity: DocumentEntity; clear: boolean} | undefined {
  const sentence = context.sentenceAt(offset)
  const {mentions} = context.table
  const previous = context.previousSpeaker
  const scores = new Map<DocumentEntity, number>()
  for (let index = firstMentionFrom(mentions, sentence - window); index < mentions.length; index++) {
    const mention = mentions[index]!
    if (mention.start >= offset) break
    if (mention.inQuote || mention.caption) continue
    // A bare surname that two people share (“Fiorina” for Carly or Frank) is the one the pronoun's gender fits.
    const entity = gender && mention.entity.gender !== null && mention.entity.gender !== gender ? sharerOfGender(mention, context.table, gender) : mention.entity
    if (!admit(entity)) continue
    const distance = sentence - mention.sentence
    let value = 1 / (1 + distance) + (mention.subject ? 0.5 : 0) + (distance === 0 ? 0.3 : 0)
    // A subject brought in after the last quote is who the story turned to.
    if (mention.subject && previous?.end !== undefined && mention.start > previous.end && previous.speaker.name !== entity.name) value += 0.7
    if (value > (scores.get(entity) ?? Number.NEGATIVE_INFINITY)) scores.set(entity, value)
  }
  let first: {entity: DocumentEntity; score: number} | undefined
  let second = Number.NEGATIVE_INFINITY
  for (let [entity, score] of scores) {
    if (previous && previous.speaker.name === entity.name && sentence - previous.sentence <= window) score += 0.6
    if (gender && entity.gender === null) score -= 0.2
    // A first-name list is a guess (Joan, Sasha, Andrea vary): it lowers the score; a title rules out (in `admit`).
    if (gender && entity.gender !== null && entity.gender !== gender) score -= 0.6
    if (!first || score > first.score) {
      if (first) second = Math.max(second, first.score)
      first = {entity, score}
    } else {
      second = Math.max(second, score)
    }
  }
  if (!first) return undefined
  return {entity: first.entity, clear: first.score - second >= 0.3}
}

/** The one other person of gender `gender` whose name the mention's words may be a form of, else the mention's own entity. */
function sharerOfGender(mention: EntityMention, table: EntityTable, gender: 'male' | 'female'): DocumentEntity {
  if (mention.text.includes(' ')) return mention.entity
  let named = namedPeople.get(table)
  if (!named) namedPeople.set(table, (named = new Map()))
  let people = named.get(mention.text)
  if (!people) named.set(mention.text, (people = table.entitiesNamed(mention.text).filter((entity) => entity.kind === 'person')))
  if (people.length < 2) return mention.entity
  const others = people.filter((entity) => entity !== mention.entity && entity.gender === gender)
  return others.length === 1 ? others[0]! : mention.entity
}

/** People by the one-word name that may stand for them, looked up once per table. */
const namedPeople = new WeakMap<EntityTable, Map<string, DocumentEntity[]>>()

/** Index of the first mention in sentence `sentence` or later (mentions are in text order). */
function firstMentionFrom(mentions: readonly EntityMention[], sentence: number): number {
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (mentions[middle]!.sentence < sentence) low = middle + 1
    else high = middle
  }
  return low
}

/** The last entity mention inside `range` (mentions are in text order). */
function lastMentionIn(mentions: readonly EntityMention[], range: TextRange): EntityMention | undefined {
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (mentions[middle]!.end <= range.start) low = middle + 1
    else high = middle
  }
  let found: EntityMention | undefined
  for (let index = low; index < mentions.length && mentions[index]!.start < range.end; index++) found = mentions[index]
  return found
}

/** “A spokesman for the authority” → “a spokesman for the authority”. */
function tidyDescription(value: string): string {
  const first = /^\p{L}+/u.exec(value)?.[0] ?? ''
  const lower = first.toLowerCase()
  const opens = definiteDeterminers.has(lower) || indefiniteDeterminers.has(lower)
  return (opens ? lower + value.slice(first.length) : value).replace(/\s+/g, ' ').trim()
}

/**
 * A resolved speaker, always made here: one shape for every speaker (spread copies and literals
 * with a whole-number certainty gave others, for which the code reading the previous speaker was
 * compiled again in each fresh process).
 */
function speakerOf(name: string, kind: ResolvedSpeaker['kind'], mention: ResolvedSpeaker['mention'], certainty: number): ResolvedSpeaker {
  return {name, kind, mention, certainty}
}
