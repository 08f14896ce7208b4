/**
 * The text of an nlcst tree, with the way back to the file it came from.
 *
 * A tree made by remark-retext or rehype-retext holds the prose without the
 * markup: `said *Finance Minister* Ana Lima` has the words `said`, `Finance`,
 * `Minister`, … whose positions point into the Markdown. We read the leaves in
 * order, put a blank line between paragraphs, and map every character back.
 *
 * Positions from hast-util-to-nlcst drift inside a text node after a character
 * reference (`&ldquo;We` gives `We` the offsets of `ld`), so a leaf is placed
 * where it stands: right after the previous leaf if it is there (literally or
 * as a reference or backslash escape), else at its own position.
 */

import type {Nodes, Root} from 'nlcst'
import {referenceAt} from '../source/decode.js'
import {PlainTextBuilder, type OffsetMap} from '../source/offset-map.js'

export interface TreeText {
  /** The prose of the tree, paragraphs separated by a blank line. */
  readonly text: string
  /** From offsets in `text` to offsets in the file (identity without a file). */
  readonly map: OffsetMap
}

/** One matched piece of a leaf: `value` stands for `source.slice(start, end)`. */
interface Piece {
  readonly value: string
  readonly start: number
  readonly end: number
}

/** Read `tree`; `source` is the file's text, when there is one. */
export function treeText(tree: Root, source: string | undefined): TreeText {
  const builder = new PlainTextBuilder()
  let cursor = 0

  const leaf = (value: string, node: Nodes) => {
    if (value === '') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (source === undefined || start === undefined || end === undefined) {
      // No file to point into: offsets are those of the text we build.
      if (source === undefined) builder.appendVerbatim(value, builder.length)
      else builder.appendDecoded(value, cursor, cursor)
      return
    }
    const pieces =
      (start >= cursor && source.slice(start, end) === value ? [{value, start, end}] : undefined) ??
      matchAt(source, cursor, value) ??
      matchAt(source, start, value) ?? [{value, start, end}]
    for (const piece of pieces) {
      if (piece.end - piece.start === piece.value.length && source.slice(piece.start, piece.end) === piece.value) builder.appendVerbatim(piece.value, piece.start)
      else builder.appendDecoded(piece.value, piece.start, piece.end)
    }
    cursor = pieces.at(-1)!.end
  }

  const visit = (node: Nodes) => {
    if ('value' in node) {
      leaf(node.value, node)
      return
    }
    if (node.type === 'ParagraphNode') {
      builder.trimEnd()
      if (builder.length > 0) builder.appendSeparator('\n\n', node.position?.start.offset ?? cursor)
    }
    for (const child of node.children) visit(child)
  }
  visit(tree)
  builder.trimEnd()
  return {text: builder.text, map: builder.map(source?.length ?? builder.length)}
}

/** Match `value` at `source[at]`, character by character, each literal, a reference or an escape. */
function matchAt(source: string, at: number, value: string): Piece[] | undefined {
  const pieces: Piece[] = []
  let index = at
  let offset = 0
  let literalFrom = 0
  const flush = () => {
    if (offset > literalFrom) pieces.push({value: value.slice(literalFrom, offset), start: index - (offset - literalFrom), end: index})
  }
  while (offset < value.length) {
    if (source[index] === value[offset]) {
      index++
      offset++
      continue
    }
    const reference = source[index] === '&' ? referenceAt(source, index) : undefined
    const escaped = source[index] === '\\' && source[index + 1] === value[offset]
    if (reference && value.startsWith(reference.value, offset)) {
      flush()
      pieces.push({value: reference.value, start: index, end: index + reference.length})
      index += reference.length
      offset += reference.value.length
    } else if (escaped) {
      flush()
      pieces.push({value: value[offset]!, start: index, end: index + 2})
      index += 2
      offset++
    } else {
      return undefined
    }
    literalFrom = offset
  }
  flush()
  return pieces
}
