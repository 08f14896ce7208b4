/**
 * A document as the pipeline sees it: the plain text, its paragraphs, and
 * the way back to the source.
 */

import type {SourceFormat, TextRange} from '../types.js'
import type {OffsetMap} from './offset-map.js'
import {htmlToDocument} from './html.js'
import {markdownToDocument} from './markdown.js'
import {textToDocument} from './text.js'

export interface SourceDocument {
  readonly source: string
  readonly format: SourceFormat
  /** The source with markup removed and references decoded. */
  readonly text: string
  /** Paragraph ranges in `text`, in order, not overlapping. */
  readonly paragraphs: readonly TextRange[]
  readonly map: OffsetMap
}

/** Turn a source string into a `SourceDocument`. */
export function loadDocument(source: string, format: SourceFormat = 'text'): SourceDocument {
  switch (format) {
    case 'text':
      return textToDocument(source)
    case 'html':
      return htmlToDocument(source)
    case 'markdown':
      return markdownToDocument(source)
    default:
      throw new TypeError(`Unknown format \`${String(format)}\`: expected 'text', 'html' or 'markdown'`)
  }
}
