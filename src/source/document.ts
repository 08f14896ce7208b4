/**
 * A document as the pipeline sees it: the plain text, its paragraphs, and
 * the way back to the source. The one registry of source formats.
 */

import type {SourceFormat, TextRange} from '../types.js'
import type {OffsetMap} from './offset-map.js'
import {htmlToDocument} from './html.js'
import {markdownToDocument} from './markdown.js'
import {textToDocument} from './text.js'

/** A warning from reading the source (a limit that changed the result), in source offsets. */
export interface SourceFinding {
  readonly reason: string
  readonly ruleId: string
  readonly start: number
  readonly end: number
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
}

/** Every source format and its reader. */
const readers: Readonly<Record<SourceFormat, (source: string) => SourceDocument>> = {
  text: textToDocument,
  html: htmlToDocument,
  markdown: (source) => markdownToDocument(source, 'markdown'),
  mdx: (source) => markdownToDocument(source, 'mdx')
}

/** The names `format` accepts. */
export const sourceFormats: readonly SourceFormat[] = Object.keys(readers) as SourceFormat[]

/** Whether `value` names a source format. */
export function isSourceFormat(value: unknown): value is SourceFormat {
  return typeof value === 'string' && Object.hasOwn(readers, value)
}

/** The misuse error for a format that is not one of ours. */
export function unknownFormat(value: unknown): TypeError {
  return new TypeError(`Unknown format \`${String(value)}\`: expected ${sourceFormats.map((name) => `'${name}'`).join(', ')}`)
}

/** Turn a source string into a `SourceDocument`. */
export function loadDocument(source: string, format: SourceFormat = 'text'): SourceDocument {
  if (!isSourceFormat(format)) throw unknownFormat(format)
  return readers[format](source)
}
