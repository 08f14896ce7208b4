/**
 * What a document shows: the text as whosaid read it. For plain text that
 * is the source; for HTML and Markdown it is the source without its markup,
 * character references decoded (`&ldquo;The <em>bridge</em>` reads “The
 * bridge), made by the same loader the pipeline uses, so the report never
 * shows `<p>` soup. Quotes keep their source offsets; `place` turns a source
 * offset into one in the shown text.
 */

import {loadDocument} from '../source/document.js'
import type {SourceFormat} from '../types.js'

export interface DocumentView {
  readonly text: string
  /** The offset in `text` of the first plain character at or after source offset `offset`. */
  readonly place: (offset: number) => number
}

/** The shown text of a source, and where its source offsets fall in it. */
export function documentView(source: string, format: SourceFormat): DocumentView {
  if (format === 'text') return {text: source, place: (offset) => offset}
  const {text, map} = loadDocument(source, format)
  // The map gives each plain character's source start, in order: search it.
  const place = (offset: number) => {
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (map.start(middle) < offset) low = middle + 1
      else high = middle
    }
    return low
  }
  return {text, place}
}
