/**
 * The source readers of the CLI: plain text at once, the HTML and Markdown
 * readers (parse5, micromark and their extensions: most of the startup time
 * of a thread) only once a document of their format comes, so that a run
 * over plain text never loads them, in the main thread or in any worker.
 */

import type {SourceDocument} from '../source/document.js'
import {textToDocument} from '../source/text.js'
import type {SourceFormat} from '../types.js'

type Reader = (source: string) => SourceDocument

const loaded: Partial<Record<SourceFormat, Reader>> = {text: textToDocument}

/** Load the reader of `format` (at once when it is loaded already). */
export async function prepareReader(format: SourceFormat): Promise<void> {
  if (loaded[format]) return
  if (format === 'html') {
    loaded.html = (await import('../source/html.js')).htmlToDocument
  } else {
    const {markdownToDocument} = await import('../source/markdown.js')
    loaded.markdown = (source) => markdownToDocument(source, 'markdown')
    loaded.mdx = (source) => markdownToDocument(source, 'mdx')
  }
}

/** Whether the reader of `format` is loaded. */
export function readerReady(format: SourceFormat): boolean {
  return loaded[format] !== undefined
}

/** Read `source` with the loaded reader of `format` (`prepareReader` first). */
export function readSource(source: string, format: SourceFormat): SourceDocument {
  const reader = loaded[format]
  if (!reader) throw new Error(`The ${format} reader is not loaded`)
  return reader(source)
}
