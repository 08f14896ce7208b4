/**
 * The whole pipeline over one document, given how to read its source format
 * (`extract.ts` gives every reader; the CLI loads the HTML and Markdown
 * readers only when a document needs one).
 *
 *   source → plain text + offset map → paragraphs → sentences (parse-english's
 *   boundaries, no tree) → quote spans → words (read once) → entities → kinds
 *   and attribution → quotes in source offsets
 */

import type {Entity, Extraction, Finding, Options, Quote, Rule, SourceFormat, Span, TextRange} from './types.js'
import {attributeQuotes} from './attribution/attribute.js'
import type {RuleFinding} from './attribution/run-rule.js'
import {defaultRules} from './attribution/default-rules.js'
import {defineRule} from './attribution/define-rule.js'
import {buildEntities, entitySnapshot} from './entities/build.js'
import {splitSentences} from './parse/sentences.js'
import {tokenizeDocument} from './parse/tokens.js'
import {scanQuotes} from './quotes/scan.js'
import type {SourceDocument} from './source/document.js'
import {isSourceFormat, unknownFormat} from './source/formats.js'
import {checkOptionKeys} from './options.js'
import {checkMaxSize, oversize} from './size-limit.js'

const optionKeys = ['format', 'rules', 'minConfidence', 'maxSize'] as const

/** Reads a source of a format into a `SourceDocument`. */
export type SourceReader = (source: string, format: SourceFormat) => SourceDocument

/** `extractQuotes` with the source read by `load`. */
export function extractWith(source: string, given: Options | undefined, load: SourceReader): Extraction {
  if (typeof source !== 'string') throw new TypeError(`Expected a string to extract quotes from, not \`${source === null ? 'null' : typeof source}\``)
  const options = checkOptionKeys(given, optionKeys, 'extractQuotes')
  const {format = 'text', minConfidence = 0} = options
  if (!isSourceFormat(format)) throw unknownFormat(format)
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new RangeError(`\`minConfidence\` must be a number from 0 to 1, not \`${String(minConfidence)}\``)
  }
  const rules = resolveRules(options.rules)
  const tooLarge = oversize(source, checkMaxSize(options.maxSize))
  if (tooLarge) throw new RangeError(`Cannot extract quotes from a document ${tooLarge}: pass a larger \`maxSize\` to read it`)

  const document = load(source, format)
  const {text, paragraphs, map} = document
  const {spans, findings} = scanQuotes(text, paragraphs)
  const sentences = splitSentences(text, paragraphs)
  // One reading of the words, shared by the entity table and every quote's context.
  const words = tokenizeDocument(text)
  const table = buildEntities(text, sentences, spans, words)
  const view = {text, paragraphs, sentences, spans, isCommonWord: table.isCommonWord, entities: table.entities, runs: table.runs, words}
  const ruleFindings: RuleFinding[] = []
  const attributions = attributeQuotes(view, table, rules, minConfidence, ruleFindings)

  const toSpan = (range: TextRange): Span => {
    const start = map.start(range.start)
    const end = Math.max(start, map.end(range.end))
    return {text: source.slice(start, end), start, end}
  }

  const quotes: Quote[] = spans.map((span, index) => {
    const decided = attributions[index]!
    const {text: quoteText, start, end} = toSpan(span)
    const plain = text.slice(span.start, span.end)
    // Fields set in the order they print, the optional ones only when present (a conditional spread
    // `...(x ? {} : {decoded})` builds and copies a small object for every quote).
    const quote: Mutable<Quote> = {id: `q${index + 1}`, text: quoteText, start, end} as Mutable<Quote>
    if (plain !== quoteText) quote.decoded = plain
    quote.kind = decided.kind
    quote.speaker = decided.speaker ? {name: decided.speaker.name, mention: toSpan(decided.speaker.mention), kind: decided.speaker.kind} : null
    quote.cue = decided.cue ? toSpan(decided.cue) : null
    quote.rule = decided.rule
    quote.confidence = decided.confidence
    if (decided.continues !== undefined) quote.continues = `q${decided.continues + 1}`
    quote.marks = {open: span.openMark, close: span.closeMark}
    return quote
  })

  const entities: Entity[] = table.entities.map((entity) => entitySnapshot(entity, toSpan))
  // Bodies named as speakers are entities too (looked up by name: a long document has thousands of entities).
  const named = new Set(entities.map((entity) => entity.name))
  for (const quote of quotes) {
    if (quote.speaker?.kind !== 'organization' || named.has(quote.speaker.name)) continue
    named.add(quote.speaker.name)
    entities.push({id: `e${entities.length + 1}`, name: quote.speaker.name, kind: 'organization', gender: null, aliases: [quote.speaker.name], roles: [], mentions: [quote.speaker.mention]})
  }
  const messages: Finding[] = document.messages.map((finding) => ({...finding, source: 'whosaid' as const}))
  for (const finding of [...findings, ...ruleFindings]) {
    const {start, end} = toSpan(finding)
    messages.push({reason: finding.reason, ruleId: finding.ruleId, source: 'whosaid', start, end})
  }
  return {quotes, entities, messages}
}

type Mutable<T> = {-readonly [Key in keyof T]: T[Key]}

/** The rules to use: the defaults, a replacement list, or what a function made of the defaults. */
export function resolveRules(rules: Options['rules']): readonly Rule[] {
  if (rules === undefined) return defaultRules
  const list = typeof rules === 'function' ? rules(defaultRules) : rules
  if (!Array.isArray(list)) throw new TypeError(`\`rules\` must be an array of rules or a function returning one, not \`${typeof list}\``)
  const seen = new Set<string>()
  return list.map((rule) => {
    const checked = defaultRules.includes(rule) ? rule : defineRule(rule)
    if (seen.has(checked.id)) throw new TypeError(`Duplicate rule id \`${checked.id}\``)
    seen.add(checked.id)
    return checked
  })
}
