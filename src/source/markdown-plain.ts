/**
 * The tree the parser would make of blocks of plain prose (`isPlainBlock` in
 * `markdown-blocks.ts`), made without it: the Markdown reader takes such runs
 * of blocks from here.
 */

import type {BlockContent, Heading, ListItem, Nodes, PhrasingContent, Root, Text} from 'mdast'
import {isItemOpening, plainHeadingPrefix} from './markdown-blocks.js'
import {plainInlines} from './markdown-inline.js'

/**
 * The tree the parser makes of blocks of plain prose (`isPlainBlock`): a
 * paragraph (or a heading, `plainHeadingPrefix`, or a list or block quote of
 * one-line items, `isPlainItemBlock`) for each run of lines, holding the text of those lines, with
 * `emphasis`, `strong`, `link` or `inlineCode` nodes where plain inlines stand (`plainInlines`).
 * Only what `appendTree` reads is set.
 */
export function plainTree(raw: string): Nodes {
  const children: Nodes[] = []
  let lineStart = 0
  let paragraphStart = -1
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = raw.length
    if (lineEnd > lineStart && paragraphStart === -1) paragraphStart = lineStart
    if (paragraphStart !== -1 && (lineEnd === lineStart || lineEnd === raw.length)) {
      const end = lineEnd === lineStart ? lineStart - 1 : lineEnd
      const heading = plainHeadingPrefix(raw, paragraphStart)
      const position = span(paragraphStart, end)
      if (isItemOpening(raw, paragraphStart)) {
        children.push(plainItems(raw, paragraphStart, end))
      } else if (heading > 0) {
        const depth = (heading - 1) as Heading['depth']
        children.push({type: 'heading', depth, children: plainInlineNodes(raw, paragraphStart + heading, end) as PhrasingContent[], position})
      } else {
        children.push({type: 'paragraph', children: plainInlineNodes(raw, paragraphStart, end) as PhrasingContent[], position})
      }
      paragraphStart = -1
    }
    lineStart = lineEnd + 1
  }
  return {type: 'root', children: children as Root['children']}
}

/** A block of plain items (`isPlainItemBlock`): a tight list of one-line items, or a block quote of one line. */
function plainItems(raw: string, start: number, end: number): Nodes {
  const paragraphs: Nodes[] = []
  for (let lineStart = start; lineStart < end; ) {
    let lineEnd = raw.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    paragraphs.push({type: 'paragraph', children: plainInlineNodes(raw, lineStart + 2, lineEnd) as PhrasingContent[], position: span(lineStart + 2, lineEnd)})
    lineStart = lineEnd + 1
  }
  const position = span(start, end)
  if (raw[start] === '>') return {type: 'blockquote', children: paragraphs as BlockContent[], position}
  const items = paragraphs.map((paragraph) => ({type: 'listItem', spread: false, children: [paragraph], position: paragraph.position}))
  return {type: 'list', ordered: false, spread: false, children: items as ListItem[], position}
}

/** The inline nodes of the paragraph `raw[start, end)`: text, plain emphasis and links around text, code spans. */
function plainInlineNodes(raw: string, start: number, end: number): Nodes[] {
  const nodes: Nodes[] = []
  let at = start
  for (const inline of plainInlines(raw, start, end) ?? []) {
    if (inline.start > at) nodes.push(plainText(raw, at, inline.start))
    const position = span(inline.start, inline.end)
    if (inline.type === 'inlineCode') {
      nodes.push({type: 'inlineCode', value: raw.slice(inline.textStart, inline.textEnd), position})
      at = inline.end
      continue
    }
    const children = [plainText(raw, inline.textStart, inline.textEnd)]
    nodes.push(inline.type === 'link' ? {type: 'link', url: raw.slice(inline.textEnd + 2, inline.end - 1), children, position} : {type: inline.type, children, position})
    at = inline.end
  }
  if (end > at) nodes.push(plainText(raw, at, end))
  return nodes
}

function plainText(raw: string, start: number, end: number): Text {
  return {type: 'text', value: raw.slice(start, end), position: span(start, end)}
}

function span(start: number, end: number): NonNullable<Root['position']> {
  return {start: point(start), end: point(end)}
}

/** A point of a plain tree: only its offset is read. */
function point(offset: number): NonNullable<Root['position']>['start'] {
  return {line: 0, column: 0, offset}
}
