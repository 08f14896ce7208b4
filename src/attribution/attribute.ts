/**
 * Run the attribution rules over every quote of a document, in order: the
 * first rule that matches decides, and its mention is resolved to the
 * document's entity. Mentions (words quoted as words) are never attributed.
 */

import {emptyList} from '../shapes.js'
import type {AttributedSpan, MentionCandidate, QuoteKind, ResolvedSpeaker, Rule, RuleContext, TextRange} from '../types.js'
import type {EntityTable} from '../entities/build.js'
import {resolveMention} from '../entities/resolve.js'
import {classifyKind, opensMostlyDouble} from '../quotes/kind.js'
import {linkSplitQuotes} from '../quotes/split.js'
import {isSpeakerPronoun} from './candidates.js'
import {calibratedConfidence} from './calibration.js'
import {defaultRules} from './default-rules.js'
import {buildContext, sentenceIndexAt, type DocumentView, type SharedRanges} from './context.js'
import {RuleRunner, type RuleFinding} from './run-rule.js'

export interface Attribution {
  readonly kind: QuoteKind
  readonly speaker: ResolvedSpeaker | null
  readonly cue: (TextRange & {readonly text: string}) | null
  readonly rule: string | null
  readonly confidence: number
  readonly continues: number | undefined
}

const defaultConfidence = 0.8
const ours: ReadonlySet<Rule> = new Set(defaultRules)

/** Attribute every quote; problems with rules (throws, bad results, slowness) go to `findings`. */
export function attributeQuotes(view: DocumentView, table: EntityTable, rules: readonly Rule[], minConfidence = 0, findings: RuleFinding[] = []): Attribution[] {
  const runner = new RuleRunner(findings, rules)
  const links = linkSplitQuotes(view.text, view.spans)
  // One object per quote, both what rules see of it as an earlier quote and what is returned (two per quote were a sixth of the peak memory on a text of one-word quotes).
  const previous = emptyList<AttributedSpan & Attribution>()
  let lastSpeaker: {speaker: ResolvedSpeaker; sentence: number; end: number} | undefined
  const kindDocument = {isCommonWord: view.isCommonWord, doubleMarks: opensMostlyDouble(view.spans.map((span) => span.openMark))}
  // Every field from the start: one shape for every document (fields added as met gave shapes the compiled code had not seen).
  const shared: SharedRanges = {paragraph: undefined, sentence: undefined, headline: undefined}

  for (let index = 0; index < view.spans.length; index++) {
    const span = view.spans[index]!
    const earlier = index > 0 ? previous[index - 1] : undefined
    const sameSentence = earlier && sentenceIndexAt(view.sentences, earlier.open) === sentenceIndexAt(view.sentences, span.open)
    // Kind first (it reads the context); the rules then see the same context with the kind set.
    const context = buildContext(view, index, 'partial', links[index], previous, shared)
    const kind = classifyKind(context, sameSentence ? earlier.kind : undefined, kindDocument)
    // Set in place: the quote object is this context's own, and no rule has seen it yet.
    context.quote.kind = kind

    let decided: Pick<Attribution, 'speaker' | 'cue' | 'rule' | 'confidence'> = noAttribution
    if (kind !== 'mention') {
      for (let at = 0; at < rules.length; at++) {
        const rule = rules[at]!
        const match = runner.run(at, context)
        if (!match) continue
        const speaker = toSpeaker(match.speaker, context, view, table, lastSpeaker)
        const calibrated = speaker && ours.has(rule) ? calibratedConfidence(rule.id, speaker, speaker.certainty) : undefined
        const confidence = speaker ? round(calibrated ?? (match.confidence ?? rule.confidence ?? defaultConfidence) * speaker.certainty) : 0
        const cue = match.cue ? {start: match.cue.start, end: match.cue.end, text: view.text.slice(match.cue.start, match.cue.end)} : null
        decided = {speaker: confidence >= minConfidence ? speaker : null, cue, rule: rule.id, confidence}
        break
      }
    }
    if (decided.speaker && decided.speaker.kind !== 'unresolved') lastSpeaker = {speaker: decided.speaker, sentence: sentenceIndexAt(view.sentences, span.open), end: span.close}
    const {speaker, cue, rule, confidence} = decided
    previous.push({start: span.start, end: span.end, open: span.open, close: span.close, paragraph: span.lastParagraph, kind, speaker, cue, rule, confidence, continues: links[index]})
  }
  runner.finish()
  return previous
}

const noAttribution = Object.freeze({speaker: null, cue: null, rule: null, confidence: 0})

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
