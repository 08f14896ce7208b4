/**
 * Markdown: paragraphs, headings and table cells become plain-text
 * paragraphs (link and emphasis syntax dropped, escapes and references
 * decoded); code and raw HTML are skipped. Offsets map back into the Markdown.
 */

import type {Nodes, Parents} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {TextRange} from '../types.js'
import type {SourceDocument} from './document.js'
import {appendAligned} from './decode.js'
import {PlainTextBuilder} from './offset-map.js'

const paragraphLike = new Set(['paragraph', 'heading', 'tableCell'])

export function markdownToDocument(source: string): SourceDocument {
  const tree = fromMarkdown(source)
  const builder = new PlainTextBuilder()
  const paragraphs: TextRange[] = []

  const inline = (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      appendAligned(builder, node.value, source.slice(start, end), start)
    } else if (node.type === 'break') {
      builder.appendSeparator(' ', start ?? 0)
    } else if ('children' in node) {
      for (const child of node.children) inline(child)
    }
  }

  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (paragraphLike.has(node.type)) {
      const start = builder.length
      for (const child of (node as Parents).children) inline(child)
      builder.trimEnd()
      if (builder.length > start) paragraphs.push({start, end: builder.length})
      builder.appendSeparator('\n\n', node.position?.end.offset ?? source.length)
      continue
    }
    if ('children' in node) {
      const children = (node as Parents).children
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
  builder.trimEnd()
  return {source, format: 'markdown', text: builder.text, paragraphs, map: builder.map(source.length)}
}
