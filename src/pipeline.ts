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
import {attributeQuotes, type Attribution} from './attribution/attribute.js'
import type {RuleFinding} from './attribution/run-rule.js'
import {defaultRules} from './attribution/default-rules.js'
import {defineRule} from './attribution/define-rule.js'
import {buildEntities, entitySnapshot} from './entities/build.js'
import {splitSentences} from './parse/sentences.js'
import {tokenizeDocument} from './parse/tokens.js'
import {scanQuotes, type QuoteSpan} from './quotes/scan.js'
import type {SourceDocument} from './source/document.js'
import {isSourceFormat, unknownFormat} from './source/formats.js'
import {checkOptionKeys} from './options.js'
import {checkMaxSize, oversize} from './size-limit.js'
import {emptyList} from './shapes.js'

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
  const {text, map} = document
  const {spans, attributions, entities: found, findings, ruleFindings} = attributeDocument(document, rules, minConfidence)

  const toSpan = (range: TextRange): Span => {
    const start = map.start(range.start)
    const end = Math.max(start, map.end(range.end))
    return {text: source.slice(start, end), start, end}
  }

  // Entities first: their working form (every mention, with its sentence and entity) is then free before the quotes are built.
  const entities = emptyList<Entity>()
  for (const entity of found) entities.push(entitySnapshot(entity, toSpan))
  found.length = 0
  const quotes: Quote[] = new Array(spans.length)
  const marksOf = marksTable()
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!
    const decided = attributions[index]!
    // Each span and attribution is let go once its quote is made: on a text of one-word quotes they are as large as the quotes.
    spans[index] = undefined!
    attributions[index] = undefined!
    const {text: quoteText, start, end} = toSpan(span)
    const plain = text.slice(span.start, span.end)
    const id = `q${index + 1}`
    const speaker = decided.speaker ? {name: decided.speaker.name, mention: toSpan(decided.speaker.mention), kind: decided.speaker.kind} : null
    const cue = decided.cue ? toSpan(decided.cue) : null
    const marks = marksOf(span.openMark, span.closeMark)
    const {kind, rule, confidence} = decided
    // Every field in one literal, in the order they print (the optional ones only when present): a
    // literal holds its own fields, where fields added after it went to a second object per quote
    // (64 bytes, 40 % of a quote of one word).
    if (decided.continues === undefined) {
      quotes[index] = plain === quoteText ? {id, text: quoteText, start, end, kind, speaker, cue, rule, confidence, marks} : {id, text: quoteText, start, end, decoded: plain, kind, speaker, cue, rule, confidence, marks}
    } else {
      const continues = `q${decided.continues + 1}`
      quotes[index] = plain === quoteText ? {id, text: quoteText, start, end, kind, speaker, cue, rule, confidence, continues, marks} : {id, text: quoteText, start, end, decoded: plain, kind, speaker, cue, rule, confidence, continues, marks}
    }
  }

  // Bodies named as speakers are entities too (looked up by name: a long document has thousands of entities).
  const named = new Set(entities.map((entity) => entity.name))
  for (const quote of quotes) {
    if (quote.speaker?.kind !== 'organization' || named.has(quote.speaker.name)) continue
    named.add(quote.speaker.name)
    entities.push({id: `e${entities.length + 1}`, name: quote.speaker.name, kind: 'organization', gender: null, aliases: [quote.speaker.name], roles: [], mentions: [quote.speaker.mention]})
  }
  const messages = emptyList<Finding>()
  for (const finding of document.messages) messages.push({...finding, source: 'whosaid'})
  // Each list in turn, not a spread of both: a text of stray marks has a finding per mark.
  for (const list of [findings, ruleFindings]) {
    for (const finding of list) {
      const {start, end} = toSpan(finding)
      messages.push({reason: finding.reason, ruleId: finding.ruleId, source: 'whosaid', start, end})
    }
  }
  return {quotes, entities, messages}
}

/**
 * Quotes, sentences, words, entities and attributions of a document; only what the result is
 * built from is returned, so the rest (sentences, words, name runs, every mention) is free by
 * then (on dense text it is several times the input, and a heap that holds it grows the more).
 */
function attributeDocument(document: SourceDocument, rules: readonly Rule[], minConfidence: number) {
  const {text, paragraphs} = document
  const {spans, findings} = scanQuotes(text, paragraphs)
  const sentences = splitSentences(text, paragraphs)
  // One reading of the words, shared by the entity table and every quote's context.
  const words = tokenizeDocument(text)
  const table = buildEntities(text, sentences, spans, words)
  const view = {text, paragraphs, sentences, spans, isCommonWord: table.isCommonWord, entities: table.entities, runs: table.runs, words}
  const ruleFindings: RuleFinding[] = []
  const attributions: Array<Attribution | undefined> = attributeQuotes(view, table, rules, minConfidence, ruleFindings)
  return {spans: spans as Array<QuoteSpan | undefined>, attributions, entities: table.entities, findings, ruleFindings}
}

/**
 * One `marks` object for each pair of marks, shared by the document's quotes that have it (a
 * document of one-word quotes had one a quote). The table holds a few dozen pairs.
 */
function marksTable(): (open: string, close: string) => Quote['marks'] {
  const byPair = new Map<string, Quote['marks']>()
  return (open, close) => {
    const key = `${open}\u0000${close}`
    let marks = byPair.get(key)
    if (marks === undefined) {
      marks = {open, close}
      byPair.set(key, marks)
    }
    return marks
  }
}
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
