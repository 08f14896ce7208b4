/**
 * One document's work, the same in the main thread and in a worker thread:
 * extraction (contained: it never throws), and the places of its warnings as
 * `line:column`, which need the source, so they are computed where it is.
 */

import {extractOne, type StreamResult} from '../stream.js'
import type {InputDocument} from './inputs.js'

export interface DocumentSettings {
  readonly minConfidence: number
  readonly maxSize: number
}

export type DocumentOutcome = StreamResult & {
  /** `line:column` of each message, in order. */
  readonly places?: readonly string[]
  /** Characters read, for progress. */
  readonly size: number
}

export function processDocument(input: InputDocument, settings: DocumentSettings, position: number): DocumentOutcome {
  // Characters, not bytes, here: the byte limit was applied when the file was read.
  const result = extractOne({id: input.id, source: input.text, format: input.format}, {minConfidence: settings.minConfidence, maxSize: Number.POSITIVE_INFINITY}, position)
  if ('error' in result) return {...result, size: input.text.length}
  return {...result, places: result.messages.map((message) => place(input.text, message.start)), size: input.text.length}
}

/** 1-based `line:column` of `offset`. */
export function place(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return `${line}:${offset - lineStart + 1}`
}
