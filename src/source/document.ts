/**
 * A document as the pipeline sees it: the plain text, its paragraphs, and
 * the way back to the source. The one registry of source formats.
 */

import type {SourceFormat, TextRange} from '../types.js'
import type {OffsetMap} from './offset-map.js'
import {htmlToDocument} from './html.js'
import {markdownToDocument} from './markdown.js'
import {isSourceFormat, unknownFormat} from './formats.js'
import {textToDocument} from './text.js'

/** A warning from reading the source (a limit that changed the result), in source offsets. */
export interface SourceFinding {
  readonly reason: string
  readonly ruleId: string
  readonly start: number
  readonly end: number
}

/**
 * A quotation that markup makes (HTML `<q>`, a `<blockquote>` without marks).
 * Its marks are in `SourceDocument.text` (a browser shows them too); these are
 * their plain offsets, for a later stage that wants to know a quote came from
 * markup (it is a quotation by the author's own tagging, not by guessing).
 */
export interface MarkupQuotation {
  readonly element: 'q' | 'blockquote'
  /** Plain offset of the opening mark added. */
  readonly open: number
  /** Plain offsets of the marks that open its later paragraphs (block quotes). */
  readonly reopen: readonly number[]
  /** Plain offset of the closing mark added, `null` if the element had no text after its start. */
  readonly close: number | null
}

export interface SourceDocument {
  readonly source: string
  readonly format: SourceFormat
  /**
   * The source with markup removed, references decoded and format characters
   * (Unicode `Cf`) left out. Quotations that markup makes (`<q>`, a
   * `<blockquote>` without marks) appear here with the marks a browser would
   * show (`“…”`, `‘…’` when nested); those marks map to the tags.
   */
  readonly text: string
  /** Paragraph ranges in `text`, in order, not overlapping. */
  readonly paragraphs: readonly TextRange[]
  readonly map: OffsetMap
  /** Warnings about the reading, in source offsets (never thrown). */
  readonly messages: readonly SourceFinding[]
  /** Quotations made by markup (HTML only; empty otherwise), in document order of their opening. */
  readonly quotations: readonly MarkupQuotation[]
}

/** Every source format and its reader (`formats.ts` lists the same names). */
const readers: Readonly<Record<SourceFormat, (source: string) => SourceDocument>> = {
  text: textToDocument,
  html: htmlToDocument,
  markdown: (source) => markdownToDocument(source, 'markdown'),
  mdx: (source) => markdownToDocument(source, 'mdx')
}

export {isSourceFormat, sourceFormats, unknownFormat} from './formats.js'

/** Turn a source string into a `SourceDocument`. */
export function loadDocument(source: string, format: SourceFormat = 'text'): SourceDocument {
  if (!isSourceFormat(format)) throw unknownFormat(format)
  return readers[format](source)
}
