/**
 * retext plugin: whosaid inside a unified pipeline.
 *
 * The quotes go to `file.data.quotes` and the document's entities to
 * `file.data.entities`; warnings (unclosed marks, …) become vfile messages.
 * whosaid reads the file's text itself, one paragraph at a time (so long
 * documents stay linear), and leaves the tree as it is.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Entity, Options, Quote} from './types.js'
import {extractQuotes} from './extract.js'

declare module 'vfile' {
  interface DataMap {
    /** Quotes found by whosaid. */
    quotes: Quote[]
    /** People and bodies of the document, found by whosaid. */
    entities: Entity[]
  }
}

/** Options of the retext plugin: those of `extractQuotes` but `format` (retext reads text). */
export type RetextWhosaidOptions = Omit<Options, 'format'>

export default function retextWhosaid(options: RetextWhosaidOptions = {}) {
  return function (_tree: Root, file: VFile): undefined {
    const source = String(file)
    const {quotes, entities, messages} = extractQuotes(source, {...options, format: 'text'})
    file.data.quotes = quotes
    file.data.entities = entities
    const pointAt = pointFinder(source)
    for (const finding of messages) {
      const message = file.message(finding.reason, {
        place: {start: pointAt(finding.start), end: pointAt(finding.end)},
        ruleId: finding.ruleId,
        source: 'whosaid'
      })
      message.fatal = false
    }
  }
}

/** Line and column (1-based) of offsets, by binary search over line starts. */
function pointFinder(source: string): (offset: number) => {line: number; column: number; offset: number} {
  const starts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }
}
