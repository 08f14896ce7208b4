/**
 * Run the attribution rules over every quote of a document, in order: the
 * first rule that matches decides, and its mention is resolved to the
 * document's entity. Mentions (words quoted as words) are never attributed.
 */

import type {AttributedSpan, MentionCandidate, QuoteKind, ResolvedSpeaker, Rule, RuleContext, RuleMatch, TextRange} from '../types.js'
import type {EntityTable} from '../entities/build.js'
import {resolveMention} from '../entities/resolve.js'
import {classifyKind} from '../quotes/kind.js'
import {linkSplitQuotes} from '../quotes/split.js'
import {isSpeakerPronoun} from './candidates.js'
import {calibratedConfidence} from './calibration.js'
import {defaultRules} from './default-rules.js'
import {buildContext, sentenceIndexAt, type DocumentView} from './context.js'

export interface Attribution {
  readonly kind: QuoteKind
  readonly speaker: ResolvedSpeaker | null
  readonly cue: (TextRange & {readonly text: string}) | null
  readonly rule: string | null
  readonly confidence: number
  readonly continues: number | undefined
}

const defaultConfidence = 0.8

export function attributeQuotes(view: DocumentView, table: EntityTable, rules: readonly Rule[], minConfidence = 0): Attribution[] {
  const links = linkSplitQuotes(view.text, view.spans)
  const previous: AttributedSpan[] = []
  const results: Attribution[] = []
  let lastSpeaker: {speaker: ResolvedSpeaker; sentence: number; end: number} | undefined

  for (let index = 0; index < view.spans.length; index++) {
    const span = view.spans[index]!
    const earlier = previous[index - 1]
    const sameSentence = earlier && sentenceIndexAt(view.sentences, earlier.open) === sentenceIndexAt(view.sentences, span.open)
    // Kind first (it reads the context); the rules then see the same context with the kind set.
    const context = buildContext(view, index, 'partial', links[index], previous)
    const kind = classifyKind(context, sameSentence ? earlier.kind : undefined, view.isCommonWord)
    context.quote = {...context.quote, kind}

    let decided: Attribution = {kind, speaker: null, cue: null, rule: null, confidence: 0, continues: links[index]}
    if (kind !== 'mention') {
      for (const rule of rules) {
        const match = runRule(rule, context)
        if (!match) continue
        const speaker = toSpeaker(match.speaker, context, view, table, lastSpeaker)
        const calibrated = speaker && defaultRules.includes(rule) ? calibratedConfidence(rule.id, speaker, speaker.certainty) : undefined
        const confidence = speaker ? round(calibrated ?? (match.confidence ?? rule.confidence ?? defaultConfidence) * speaker.certainty) : 0
        const cue = match.cue ? {start: match.cue.start, end: match.cue.end, text: view.text.slice(match.cue.start, match.cue.end)} : null
        decided = {kind, speaker: confidence >= minConfidence ? speaker : null, cue, rule: rule.id, confidence, continues: links[index]}
        break
      }
    }
    if (decided.speaker && decided.speaker.kind !== 'unresolved') lastSpeaker = {speaker: decided.speaker, sentence: sentenceIndexAt(view.sentences, span.open), end: span.close}
    results.push(decided)
    previous.push({start: span.start, end: span.end, open: span.open, close: span.close, paragraph: span.lastParagraph, kind, speaker: decided.speaker})
  }
  return results
}

function runRule(rule: Rule, context: RuleContext): RuleMatch | undefined {
  if (typeof rule.match === 'function') return rule.match(context) ?? undefined
  const pattern = withIndices(rule.match)
  pattern.lastIndex = 0
  const match = pattern.exec(context.outside)
  const speaker = match?.indices?.groups?.speaker
  if (!match || !speaker) return undefined
  const cue = match.indices?.groups?.cue
  const toText = (range: [number, number]) => ({start: context.outsideToText(range[0]), end: context.outsideToText(range[1] - 1) + 1})
  return {speaker: toText(speaker), cue: cue ? toText(cue) : null}
}

const compiled = new WeakMap<RegExp, RegExp>()
function withIndices(pattern: RegExp): RegExp {
  let found = compiled.get(pattern)
  if (!found) {
    // One match from the start, with group indices: drop g/y, add d.
    const flags = pattern.flags.replace(/[dgy]/g, '')
    found = new RegExp(pattern.source, flags + 'd')
    compiled.set(pattern, found)
  }
  return found
}

function toSpeaker(
  found: TextRange | ResolvedSpeaker,
  context: RuleContext,
  view: DocumentView,
  table: EntityTable,
  lastSpeaker: {speaker: ResolvedSpeaker; sentence: number; end: number} | undefined
): ResolvedSpeaker | null {
  if ('name' in found) return found
  const candidate = candidateFor(found, context, view)
  return resolveMention(candidate, {
    text: view.text,
    table,
    sentenceAt: (offset) => sentenceIndexAt(view.sentences, offset),
    sentenceMentions: context.mentions,
    sentenceRange: (index) => view.sentences[index],
    previousSpeaker: lastSpeaker
  })
}

/** The candidate a rule pointed at, or one made from the range's own text. */
function candidateFor(range: TextRange, context: RuleContext, view: DocumentView): MentionCandidate {
  const known = context.mentions.find((mention) => mention.start === range.start && mention.end === range.end)
  if (known) return known
  const text = view.text.slice(range.start, range.end)
  const type = isSpeakerPronoun(text) ? 'pronoun' : /^(?:the|its|their)\s/i.test(text) ? 'description' : /^(?:a|an|one)\s/i.test(text) ? 'unnamed' : 'name'
  return {start: range.start, end: range.end, text, type}
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
