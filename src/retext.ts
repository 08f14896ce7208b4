/**
 * retext plugin: whosaid inside a unified pipeline.
 *
 * It reads the nlcst tree it is given, not the file: after remark-retext or
 * rehype-retext the file is Markdown or HTML, while the tree holds the prose
 * (`said *Finance Minister*` is the words `said Finance Minister`, `&ldquo;`
 * is `“`). The quotes and entities go to `file.data.whosaid`, with offsets
 * into the file; warnings (unclosed marks, …) become vfile messages placed
 * with vfile-location. The tree is left as it is.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Entity, Options, Quote} from './types.js'
import {extractQuotes} from './extract.js'
import {relocate} from './retext/relocate.js'
import {treeText} from './retext/tree-text.js'

/** What the plugin puts in `file.data.whosaid`. */
export interface WhosaidData {
  /** Quotes found, with offsets into the file. */
  quotes: Quote[]
  /** People and bodies of the document. */
  entities: Entity[]
}

declare module 'vfile' {
  interface DataMap {
    /** Quotes and entities found by whosaid (`whosaid/retext`). */
    whosaid: WhosaidData
  }
}

/** Options of the retext plugin: those of `extractQuotes` but `format` (the tree is already prose). */
export type RetextWhosaidOptions = Omit<Options, 'format'>

/** Where each message's `ruleId` is explained. */
const messagesUrl = 'https://github.com/whosaid/whosaid#messages'

export default function retextWhosaid(options: RetextWhosaidOptions = {}) {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected an options object for \`retextWhosaid\`, not \`${options === null ? 'null' : typeof options}\``)
  if ('format' in options) throw new TypeError('Unexpected option `format` for `retextWhosaid`: the tree is already prose (use remark-retext or rehype-retext for Markdown or HTML)')
  return function (tree: Root, file: VFile): undefined {
    const source = file.value === undefined || file.value === null ? undefined : String(file)
    const {text, map} = treeText(tree, source)
    const found = extractQuotes(text, {...options, format: 'text'})
    const {quotes, entities, messages} = relocate(found, text, map, source ?? text)
    file.data.whosaid = {quotes, entities}
    const place = location(source ?? text)
    for (const finding of messages) {
      const start = place.toPoint(finding.start)
      const end = place.toPoint(finding.end)
      const message = file.message(finding.reason, {
        ...(start && end ? {place: {start, end}} : {}),
        ruleId: finding.ruleId,
        source: 'whosaid'
      })
      message.fatal = false
      message.url = `${messagesUrl}`
    }
  }
}
