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
import {resolveRules} from './extract.js'
import {extractOne} from './extract-one.js'
import {loadDocument} from './source/document.js'
import {isSourceFormat, sourceFormats} from './source/formats.js'
import {checkMaxSize} from './size-limit.js'

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
    yield extractOne(document, options, position, true, loadDocument)
  }
}

