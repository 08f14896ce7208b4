/**
 * Sentences of a document, one paragraph at a time.
 *
 * The boundaries are parse-english's, drawn by `segmentSentences` without
 * building the tree (`splitSentencesWithParser` builds it, as the reference
 * the tests compare against). parse-latin (behind retext-english) slows down
 * on very long strings, so a paragraph longer than `maxChunk` is read in
 * pieces cut at sentence ends (or, failing that, at spaces), by both paths
 * alike. The nlcst tree of a sentence is built only for a rule that asks
 * (`sentenceNodes`): keeping the nodes of every sentence would cost far more
 * time and memory than the text itself.
 */

import type {Nodes, Sentence as SentenceNode} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {TextRange} from '../types.js'
import {segmentSentences} from './segment.js'

export interface Sentence extends TextRange {
  readonly paragraph: number
}

export const maxChunk = 8000

const parser = new ParseEnglish()

/** Split `text`'s paragraphs into sentences. */
export function splitSentences(text: string, paragraphs: readonly TextRange[]): Sentence[] {
  const sentences: Sentence[] = []
  for (let index = 0; index < paragraphs.length; index++) {
    for (const chunk of chunks(text, paragraphs[index]!)) {
      for (const range of segmentSentences(text, chunk.start, chunk.end)) sentences.push({start: range.start, end: range.end, paragraph: index})
    }
  }
  return sentences
}

/** `splitSentences` by building parse-english's tree of each paragraph: slower, the same ranges. */
export function splitSentencesWithParser(text: string, paragraphs: readonly TextRange[]): Sentence[] {
  const sentences: Sentence[] = []
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    for (const chunk of chunks(text, paragraph)) {
      const tree = parser.parse(text.slice(chunk.start, chunk.end))
      for (const paragraphNode of tree.children) {
        if (paragraphNode.type !== 'ParagraphNode') continue
        for (const child of paragraphNode.children) {
          if (child.type !== 'SentenceNode' || !child.position) continue
          sentences.push({start: chunk.start + (child.position.start.offset ?? 0), end: chunk.start + (child.position.end.offset ?? 0), paragraph: index})
        }
      }
    }
  }
  return sentences
}

/** Cut a long paragraph into pieces at sentence ends, else spaces, else anywhere. */
export function chunks(text: string, paragraph: TextRange, size = maxChunk): TextRange[] {
  const pieces: TextRange[] = []
  let start = paragraph.start
  while (paragraph.end - start > size) {
    const window = text.slice(start, start + size)
    let cut = -1
    const sentenceEnd = /[.!?…]["”’»)]?\s+/g
    let match: RegExpExecArray | null
    while ((match = sentenceEnd.exec(window))) if (match.index > size / 2) cut = match.index + match[0].length
    if (cut === -1) {
      const lastSpace = window.search(/\s\S*$/)
      cut = lastSpace > size / 2 ? lastSpace + 1 : size
    }
    pieces.push({start, end: start + cut})
    start += cut
  }
  if (paragraph.end > start) pieces.push({start, end: paragraph.end})
  return pieces
}

/** nlcst sentence nodes of `range` of `text`, positions as offsets into `text`. */
export function sentenceNodes(text: string, range: TextRange): SentenceNode[] {
  const nodes: SentenceNode[] = []
  for (const paragraph of parser.parse(text.slice(range.start, range.end)).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      shift(child, range.start)
      nodes.push(child)
    }
  }
  return nodes
}

function shift(node: Nodes, delta: number): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      current.position = {
        start: {...current.position.start, offset: (current.position.start.offset ?? 0) + delta},
        end: {...current.position.end, offset: (current.position.end.offset ?? 0) + delta}
      }
    }
    if ('children' in current) stack.push(...(current.children as Nodes[]))
  }
}
