/**
 * HTML: the article text (paragraphs, headings, block quotes, list items,
 * captions, table cells) becomes plain text, one paragraph a block; script,
 * style, navigation and forms are skipped. Offsets map back into the HTML.
 */

import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import type {TextRange} from '../types.js'
import type {SourceDocument} from './document.js'
import {appendWithReferences} from './decode.js'
import {PlainTextBuilder} from './offset-map.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const skipped = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'form', 'button', 'select', 'option',
  'textarea', 'input', 'iframe', 'svg', 'math', 'canvas', 'head', 'object', 'video', 'audio', 'map'
])

const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul'
])

export function htmlToDocument(source: string): SourceDocument {
  const tree = parse(source, {sourceCodeLocationInfo: true})
  const builder = new PlainTextBuilder()
  const paragraphs: TextRange[] = []
  let paragraphStart = -1

  const endParagraph = (sourceOffset: number) => {
    if (paragraphStart === -1) return
    builder.trimEnd()
    if (builder.length > paragraphStart) paragraphs.push({start: paragraphStart, end: builder.length})
    builder.appendSeparator('\n\n', sourceOffset)
    paragraphStart = -1
  }

  // Iterative walk: deep documents must not overflow the stack.
  const stack: Array<{node: Node; exit?: boolean}> = [{node: tree}]
  while (stack.length > 0) {
    const {node, exit} = stack.pop()!
    const element = 'tagName' in node ? (node as Element) : undefined
    if (exit) {
      endParagraph(element?.sourceCodeLocation?.endOffset ?? source.length)
      continue
    }
    if (node.nodeName === '#text') {
      const location = (node as DefaultTreeAdapterMap['textNode']).sourceCodeLocation
      if (!location) continue
      const raw = source.slice(location.startOffset, location.endOffset)
      if (paragraphStart === -1) {
        if (raw.trim() === '') continue
        paragraphStart = builder.length
        const leading = raw.length - raw.trimStart().length
        appendWithReferences(builder, raw.slice(leading), location.startOffset + leading)
      } else {
        appendWithReferences(builder, raw, location.startOffset)
      }
      continue
    }
    if (element) {
      if (skipped.has(element.tagName)) continue
      if (element.tagName === 'br') {
        if (paragraphStart !== -1) builder.appendSeparator(' ', element.sourceCodeLocation?.startOffset ?? 0)
        continue
      }
      if (blocks.has(element.tagName)) {
        endParagraph(element.sourceCodeLocation?.startOffset ?? 0)
        stack.push({node, exit: true})
      }
    }
    if ('childNodes' in node) {
      const children = node.childNodes
      for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!})
    }
  }
  endParagraph(source.length)
  builder.trimEnd()
  return {source, format: 'html', text: builder.text, paragraphs, map: builder.map(source.length)}
}
