/**
 * One document's work, the same in the main thread and in a worker thread:
 * extraction (contained: it never throws), the document printed in the
 * output format, what clustering needs of its quotes, and its warnings with
 * their places as `line:column` (which need the source, so they are made
 * where it is). Only strings and small records come back from a worker:
 * cloning a whole extraction between threads cost as much as extracting it.
 */

import {extractOne} from '../extract-one.js'
import {ownCopy} from '../own-copy.js'
import {readSource} from './readers.js'
import type {OutputFormat} from './args.js'
import {readDocument, type InputDocument, type InputFailure, type InputFile} from './inputs.js'
import {documentAsText, jsonPieces} from './report.js'

export interface DocumentSettings {
  readonly minConfidence: number
  /** Largest file in bytes (files read by a worker are checked there). */
  readonly maxSize: number
  readonly format: OutputFormat
  /** Whether to return the quotes to cluster. */
  readonly cluster: boolean
}

/** A non-mention quote, as clustering needs it. */
export interface QuoteItem {
  readonly quote: string
  readonly text: string
  readonly speaker: string | null
}

export type DocumentOutcome =
  | {readonly id: string; readonly error: string; readonly size: number}
  | {
      readonly id: string
      /**
       * The document in the output format, with what follows it (not what goes before), as UTF-8
       * pieces of about 64 KB, encoded as they are read (a worker reads them all to send them).
       */
      readonly output: Iterable<Uint8Array>
      readonly quotes: number
      readonly items: readonly QuoteItem[]
      /** `line:column: warning: reason [rule]` for each message. */
      readonly warnings: readonly string[]
      /** Characters read, for progress. */
      readonly size: number
    }

/**
 * One input, its file read first (in the thread that extracts it: a
 * synchronous read costs less than waiting). In a worker the output is read
 * whole (`whole`): it goes to the main thread in one message.
 */
export function processInput(input: InputDocument | InputFile | InputFailure, settings: DocumentSettings, position: number, whole = false): DocumentOutcome {
  const document = 'file' in input ? readDocument(input, settings.maxSize) : input
  if ('problem' in document) return {id: document.id, error: document.problem, size: 0}
  const outcome = processDocument(document, settings, position)
  return whole && 'output' in outcome ? {...outcome, output: [...outcome.output]} : outcome
}

export function processDocument(input: InputDocument, settings: DocumentSettings, position: number): DocumentOutcome {
  const size = input.text.length
  // No size limit here: the byte limit was applied when the input was read. Nothing of the result
  // outlives this call but the clustering items, copied below, so it is not detached.
  const result = extractOne({id: input.id, source: input.text, format: input.format}, {minConfidence: settings.minConfidence, maxSize: Number.POSITIVE_INFINITY}, position, false, readSource)
  if ('error' in result) return {...result, size}
  // Bytes, not a string: a worker hands them over without a copy, and stdout takes them as they are.
  const output = encodePieces(settings.format === 'json' ? jsonPieces(result, 2) : settings.format === 'ndjson' ? ndjsonPieces(result) : [documentAsText(result), '\n\n'])
  const items = settings.cluster
    ? result.quotes.filter((quote) => quote.kind !== 'mention').map((quote) => ({quote: quote.id, text: ownCopy(quote.decoded ?? quote.text), speaker: quote.speaker ? ownCopy(quote.speaker.name) : null}))
    : []
  const placeOf = places(input.text)
  const warnings = result.messages.map((message) => `${placeOf(message.start)}: warning: ${message.reason} [${message.ruleId}]`)
  return {id: result.id, output, quotes: result.quotes.length, items, warnings, size}
}

const encoder = new TextEncoder()

/** Bytes of a piece of output: a long document is encoded (and written) a piece at a time, never whole. */
const pieceSize = 1 << 16

/**
 * `pieces` joined and encoded as UTF-8, in buffers of about `pieceSize`
 * characters, each made when it is asked for: printed in the main thread, a
 * huge document's output is written as it is made, never held whole (it is
 * eight times the source).
 */
export function* encodePieces(pieces: Iterable<string>): Generator<Uint8Array, void, undefined> {
  let pending = ''
  let any = false
  for (const piece of pieces) {
    pending += piece
    if (pending.length >= pieceSize) {
      any = true
      yield encoder.encode(pending)
      pending = ''
    }
  }
  if (pending.length > 0 || !any) yield encoder.encode(pending)
}

function* ndjsonPieces(result: object): Generator<string> {
  yield* jsonPieces(result)
  yield '\n'
}

/** 1-based `line:column` of `offset`. */
export function place(text: string, offset: number): string {
  return places(text)(offset)
}

/**
 * 1-based `line:column` of offsets in `text`: the line starts are found once,
 * at the first call, and each offset is looked up among them (a document with
 * thousands of warnings is not read again from its start for each).
 */
export function places(text: string): (offset: number) => string {
  let lineStarts: number[] | undefined
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0]
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
    }
    // The last line start at or before `offset` (a line break at `offset` itself belongs to its line).
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return `${low + 1}:${offset - lineStarts[low]! + 1}`
  }
}
