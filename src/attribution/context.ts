/**
 * The context of one quote, as rules see it: its sentence (widened to hold
 * the whole quote, and the attribution that follows a `?”`), the text around
 * it, and the speaker phrases and cues outside quotes.
 */

import {emptyList} from '../shapes.js'
import type {AttributedSpan, QuoteKind, RuleContext, TextRange} from '../types.js'
import type {Sentence as SentenceNode} from 'nlcst'
import {phrasalCues, reportingVerb} from '../lexicon/cues.js'
import {sentenceNodes, type Sentence} from '../parse/sentences.js'
import type {QuoteSpan} from '../quotes/scan.js'
import {findCandidates} from './candidates.js'
import type {NameRun} from '../entities/names.js'
import type {DocumentWords} from '../parse/tokens.js'
import {isTitleCase} from '../parse/title-case.js'
import {isWhiteSpace} from '../parse/white-space.js'

/** Stands for the quote in `context.outside`, for RegExp rules: U+FFFC OBJECT REPLACEMENT CHARACTER. */
export const quotePlaceholder = '\uFFFC'

export interface DocumentView {
  readonly text: string
  readonly paragraphs: readonly TextRange[]
  readonly sentences: readonly Sentence[]
  readonly spans: readonly QuoteSpan[]
  readonly isCommonWord: (lower: string) => boolean
  readonly entities: RuleContext['entities']
  /** Name runs of each sentence, from the entity table. */
  readonly runs: ReadonlyArray<readonly NameRun[]>
  /** The document's words, read once (`tokenizeDocument`). */
  readonly words?: DocumentWords
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceIndexAt(sentences: readonly TextRange[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  let found = 0
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.start <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

/** A context still being made: ours to finish (its kind) until a rule sees it. */
export type DraftContext = RuleContext & {quote: RuleContext['quote'] & {kind: QuoteKind}}

/**
 * What the quotes of one document share from one context to the next: the paragraph and the
 * sentence of the last quote (quotes of one sentence, “…,” she said, “…”, get the same objects).
 */
export interface SharedRanges {
  paragraph?: RuleContext['paragraph']
  sentence?: RuleContext['sentence']
  headline?: boolean
}

/**
 * One quote's context. What no default rule reads is made when first read: the nlcst nodes, the
 * text outside the quote and its offsets (a RegExp rule's), so a quote costs only what is used.
 */
class QuoteContext implements DraftContext {
  readonly text: string
  quote: DraftContext['quote']
  readonly paragraph: RuleContext['paragraph']
  readonly sentence: RuleContext['sentence']
  readonly before: string
  readonly after: string
  readonly previous: RuleContext['previous']
  readonly mentions: RuleContext['mentions']
  readonly cues: RuleContext['cues']
  readonly headline: boolean
  readonly entities: RuleContext['entities']
  #nodes: SentenceNode[] | undefined
  #outside: string | undefined

  constructor(
    text: string,
    quote: DraftContext['quote'],
    paragraph: RuleContext['paragraph'],
    sentence: RuleContext['sentence'],
    before: string,
    after: string,
    previous: RuleContext['previous'],
    found: {mentions: RuleContext['mentions']; cues: RuleContext['cues']},
    headline: boolean,
    entities: RuleContext['entities']
  ) {
    this.text = text
    this.quote = quote
    this.paragraph = paragraph
    this.sentence = sentence
    this.before = before
    this.after = after
    this.previous = previous
    this.mentions = found.mentions
    this.cues = found.cues
    this.headline = headline
    this.entities = entities
  }

  /** Parsed on first use: no default rule reads them, and keeping every sentence's tree would cost far more memory than the text. */
  get nodes(): SentenceNode[] {
    return (this.#nodes ??= sentenceNodes(this.text, this.sentence))
  }

  get outside(): string {
    return (this.#outside ??= this.before + quotePlaceholder + this.after)
  }

  get outsideToText(): (at: number) => number {
    const start = this.sentence.start
    const {open, close} = this.quote
    const length = this.before.length
    return (at) => (at < length ? start + at : at === length ? open : close + at - length - 1)
  }
}

export function buildContext(
  view: DocumentView,
  index: number,
  kind: QuoteKind,
  continues: number | undefined,
  previous: readonly AttributedSpan[],
  shared: SharedRanges = {}
): DraftContext {
  const {text, spans, paragraphs} = view
  const span = spans[index]!
  const range = quoteSentence(view, span)
  // Speaker phrases and cues are read near the quote only, and no further than its eighth
  // neighbouring quote on either side: in a run-on “sentence” (a page of quotes with no full stop,
  // or a list of one-word quotes) the cost per quote stays small and bounded.
  const reach = {
    // (No negative index: reading one is a slow look-up of a property named “-1”.)
    start: Math.max(range.start, span.open - maxReach, index >= 8 ? spans[index - 8]!.close : 0),
    end: Math.min(range.end, span.close + maxReach, spans[index + 8]?.open ?? text.length)
  }
  const parts = outsideNearbyQuotes(text, reach, spans, Math.max(0, index - 8), Math.min(spans.length, index + 9))
  const before = text.slice(range.start, span.open)
  const after = text.slice(span.close, range.end)
  // Ranges written out, not spread: spreading these ranges for every quote cost more than reading its candidates.
  let paragraph = shared.paragraph
  let sentence = shared.sentence
  if (paragraph?.index !== span.paragraph || sentence?.start !== range.start || sentence.end !== range.end) {
    const {start, end} = paragraphs[span.paragraph]!
    if (paragraph?.index !== span.paragraph) paragraph = shared.paragraph = {start, end, index: span.paragraph, text: text.slice(start, end)}
    if (sentence?.start !== range.start || sentence.end !== range.end) sentence = shared.sentence = {start: range.start, end: range.end, text: text.slice(range.start, range.end)}
    shared.headline = isHeadline(sentence.text, paragraph, range)
  }
  const quote = {index, start: span.start, end: span.end, open: span.open, close: span.close, text: text.slice(span.start, span.end), kind, continues}
  return new QuoteContext(text, quote, paragraph, sentence, before, after, previous, candidatesOf(view, parts), shared.headline!, view.entities)
}

/**
 * Parts of \`range\` outside the quotes \`spans[from]\` to \`spans[to - 1]\` (what \`outsideQuotes\` gives, with no
 * copy of the spans), less those of white space only: no word, so no speaker or cue, stands in them, and
 * quotes with only spaces between them (a list of one-word quotes) then read the same parts, once.
 */
function outsideNearbyQuotes(text: string, range: TextRange, spans: readonly QuoteSpan[], from: number, to: number): TextRange[] {
  const parts: TextRange[] = []
  let cursor = range.start
  for (let at = from; at < to; at++) {
    const quote = spans[at]!
    if (quote.close <= cursor || quote.open >= range.end) continue
    if (quote.open > cursor && !onlyWhiteSpace(text, cursor, quote.open)) parts.push({start: cursor, end: quote.open})
    cursor = Math.max(cursor, quote.close)
  }
  if (cursor < range.end && !onlyWhiteSpace(text, cursor, range.end)) parts.push({start: cursor, end: range.end})
  return parts
}

function onlyWhiteSpace(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false
  return true
}

/** The last parts read and what was found in them: quotes of one sentence (“…,” she said, “…”) mostly read the same parts. */
const lastRead = new WeakMap<DocumentView, {parts: readonly TextRange[]; found: ReturnType<typeof findCandidates>}>()

/** `findCandidates` of `parts`, read again only when they differ from the previous quote's. */
function candidatesOf(view: DocumentView, parts: readonly TextRange[]): ReturnType<typeof findCandidates> {
  const last = lastRead.get(view)
  if (last && sameParts(last.parts, parts)) return last.found
  const found = findCandidates(view.text, parts, view.isCommonWord, (part) => runsIn(view, part), view.words)
  lastRead.set(view, {parts, found})
  return found
}

function sameParts(a: readonly TextRange[], b: readonly TextRange[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index]!.start !== b[index]!.start || a[index]!.end !== b[index]!.end) return false
  return true
}

/** The name runs of the sentences that a range covers, those wholly inside it. */
function runsIn(view: DocumentView, range: TextRange): NameRun[] {
  const found = emptyList<NameRun>()
  for (let at = sentenceIndexAt(view.sentences, range.start); at < view.sentences.length && view.sentences[at]!.start < range.end; at++) {
    const runs = view.runs[at]
    if (runs) for (const run of runs) if (run.start >= range.start && run.end <= range.end) found.push(run)
  }
  return found
}

/** Capitalised words of a name (“Mr. Prince”, “Sen. Ann Lee”) then a reporting verb, or the verb then such a name. */
const nameThenVerb = /^(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,4}(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?=[\s,.;:!?]|$)(.*)$/su
const verbThenName = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u
/** What may follow “Trump said” in an attribution sentence of its own: its end, a comma clause, a place, time or audience. */
const attributionTail = /^(?:\s*[.,;!?]|\s+(?:to|on|in|at|during|after|before|as|while|from|with|when|of|about|via|reporters|today|yesterday|later|afterward|afterwards|again)\b)/u

/**
 * Whether a sentence is only the attribution of the quote closed before it:
 * “…?” Trump asked. / “…” Mr. Prince said on Monday. / “…” Said Ann Lee, who … .
 * Its capital comes from the sentence break after `?”` or `.”`, not from a new statement.
 */
function opensWithAttribution(sentence: string): boolean {
  const inverted = verbThenName.exec(sentence)
  if (inverted && reportingVerb(inverted[1]!.toLowerCase())) return true
  const match = nameThenVerb.exec(sentence)
  if (match === null) return false
  // A verb and its particle: “…?” Trump went on, as if … / “…” Ruiz shot back.
  const particle = phrasalCues.get(match[1]!)
  const tail = particle !== undefined && match[2]!.startsWith(' ' + particle) ? match[2]!.slice(particle.length + 1) : match[2]!
  return (reportingVerb(match[1]!) !== undefined || tail !== match[2]) && attributionTail.test(tail)
}

/** The sentence range holding a whole quote, and a lowercase attribution cut off after `?”`. */
function quoteSentence(view: DocumentView, span: QuoteSpan): TextRange {
  const {sentences, text} = view
  const first = sentences[sentenceIndexAt(sentences, span.open)]
  const lastIndex = sentenceIndexAt(sentences, Math.max(span.open, span.close - 1))
  let last = sentences[lastIndex]
  let start = first ? Math.min(first.start, span.open) : span.open
  // “X said:” closing the previous paragraph introduces a quote that opens this one.
  const paragraphStart = view.paragraphs[span.paragraph]!.start
  const previousParagraph = span.paragraph > 0 ? view.paragraphs[span.paragraph - 1] : undefined
  if (span.open === paragraphStart && previousParagraph && /:\s*$/.test(text.slice(previousParagraph.end - 2, previousParagraph.end))) {
    start = sentences[sentenceIndexAt(sentences, previousParagraph.end - 1)]?.start ?? start
  }
  let end = last ? Math.max(last.end, span.close) : span.close
  const next = sentences[lastIndex + 1]
  if (last && next && next.paragraph === last.paragraph && onlyWhiteSpace(text, span.close, last.end) && (/^(?:\p{Ll}|[—–―-])/u.test(text.slice(next.start, next.start + 1)) || opensWithAttribution(text.slice(next.start, next.end)))) {
    last = next
    end = next.end
  }
  return {start, end}
}

/** How far before and after its marks a quote's speaker phrases and cues are looked for: far beyond any news sentence. */
const maxReach = 600

/** A line with no final punctuation that is its own paragraph: a headline, standfirst or caption. */
function isHeadline(sentence: string, paragraph: TextRange, range: TextRange): boolean {
  if (range.start !== paragraph.start || range.end < paragraph.end) return false
  return !endsWithStop(sentence) || (sentence.length < 160 && isTitleCase(sentence))
}

/** What \`/[.!?…]["”’»)]*\\s*$/u\` says, read from the end (that pattern is tried from every position of the sentence). */
function endsWithStop(sentence: string): boolean {
  let at = sentence.length
  while (at > 0 && isWhiteSpace(sentence.charCodeAt(at - 1))) at--
  while (at > 0 && closers.includes(sentence[at - 1]!)) at--
  return at > 0 && stops.includes(sentence[at - 1]!)
}

const closers = '"”’»)'
const stops = '.!?…'


