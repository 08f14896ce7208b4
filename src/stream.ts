/**
 * `extractStream`: `extractQuotes` over a stream of documents, for pipelines.
 *
 * Pull-based: the next document is read from the input only when the
 * consumer asks for the next result, so a slow writer slows the reader
 * (backpressure) and nothing accumulates. One bad document — not an object,
 * a source that is not a string, one over `maxSize`, one whose extraction
 * throws — becomes an error result for that document only.
 */

import type {Entity, Finding, Options, Quote, SourceFormat} from './types.js'
import {extractQuotes, resolveRules} from './extract.js'
import {ownCopy} from './own-copy.js'
import {isSourceFormat, sourceFormats} from './source/document.js'
import {checkMaxSize, defaultMaxSize, oversize} from './size-limit.js'

/** One document of the stream. */
export interface StreamDocument {
  readonly id: string
  readonly source: string
  /** Overrides `options.format` for this document. */
  readonly format?: SourceFormat
}

/** Options of `extractStream`: those of `extractQuotes` (a source over `maxSize` is an error result). */
export type StreamOptions = Options

/** What one document gave: its extraction, or why it has none. */
export type StreamResult =
  | {readonly id: string; readonly quotes: Quote[]; readonly entities: Entity[]; readonly messages: Finding[]}
  | {readonly id: string; readonly error: string}

/** Check the options once, before any document is read: only misuse throws. */
export function checkStreamOptions(options: StreamOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected an object as \`options\`, not \`${options === null ? 'null' : typeof options}\``)
  const {format = 'text', minConfidence = 0} = options
  checkMaxSize(options.maxSize)
  if (!isSourceFormat(format)) throw new TypeError(`Unknown format \`${String(format)}\`: expected ${sourceFormats.map((name) => `'${name}'`).join(', ')}`)
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new RangeError(`\`minConfidence\` must be a number from 0 to 1, not \`${String(minConfidence)}\``)
  }
  resolveRules(options.rules)
}

/**
 * Extract the quotes of each document of `documents` (an iterable or async
 * iterable of `{id, source, format?}`), yielding one result per document, in
 * input order.
 */
export async function* extractStream(
  documents: Iterable<StreamDocument> | AsyncIterable<StreamDocument>,
  options: StreamOptions = {}
): AsyncGenerator<StreamResult, void, undefined> {
  if (documents === null || typeof documents !== 'object' || !(Symbol.asyncIterator in documents || Symbol.iterator in documents)) {
    throw new TypeError(`Expected an iterable of documents as \`documents\`, not \`${documents === null ? 'null' : typeof documents}\``)
  }
  checkStreamOptions(options)
  let position = 0
  for await (const document of documents) {
    position++
    yield extractOne(document, options, position)
  }
}

/**
 * One document's result; never throws. Shared with the CLI, which prints the
 * result and drops it at once: with `kept` false its strings are left as
 * slices of the source (a tenth of the CLI's work was copying them).
 */
export function extractOne(document: StreamDocument, options: StreamOptions, position: number, kept = true): StreamResult {
  const id = document !== null && typeof document === 'object' && (typeof document.id === 'string' || typeof document.id === 'number') ? String(document.id) : `#${position}`
  if (document === null || typeof document !== 'object') return {id, error: `expected a document \`{id, source}\`, not \`${document === null ? 'null' : typeof document}\``}
  const {source, format = options.format ?? 'text'} = document
  if (typeof source !== 'string') return {id, error: `expected a string as \`source\`, not \`${source === null ? 'null' : typeof source}\``}
  if (!isSourceFormat(format)) return {id, error: `unknown format \`${String(format)}\`: expected ${sourceFormats.map((name) => `'${name}'`).join(', ')}`}
  const tooLarge = oversize(source, options.maxSize ?? defaultMaxSize)
  if (tooLarge) return {id, error: tooLarge}
  try {
    const {quotes, entities, messages} = extractQuotes(source, {...options, format})
    return kept ? {id, quotes: quotes.map(detach), entities: entities.map(detachEntity), messages} : {id, quotes, entities, messages}
  } catch (error) {
    return {id, error: (error as Error)?.message ?? String(error)}
  }
}

function detachSpan<T extends {readonly text: string}>(span: T): T {
  return {...span, text: ownCopy(span.text)}
}

function detach(quote: Quote): Quote {
  return {
    ...quote,
    text: ownCopy(quote.text),
    ...(quote.decoded === undefined ? {} : {decoded: ownCopy(quote.decoded)}),
    speaker: quote.speaker ? {...quote.speaker, name: ownCopy(quote.speaker.name), mention: detachSpan(quote.speaker.mention)} : null,
    cue: quote.cue ? detachSpan(quote.cue) : null
  }
}

function detachEntity(entity: Entity): Entity {
  return {...entity, name: ownCopy(entity.name), aliases: entity.aliases.map(ownCopy), roles: entity.roles.map(ownCopy), mentions: entity.mentions.map(detachSpan)}
}
