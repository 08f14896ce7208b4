/**
 * Sentence boundaries exactly where parse-english draws them, without
 * building the tree.
 *
 * The pipeline's default rules read only sentence ranges, and building
 * parse-english's nlcst (a node with two position objects per token, then
 * eighteen passes over them) took as long as all the rest of extraction. This
 * module replays parse-latin 7 and parse-english 7 step by step on small
 * nodes that hold offsets only: the same tokens, the same merges in the same
 * order (each below names the plugin it follows), the same position updates —
 * including those that leave a sentence's start behind its children, as
 * `mergeAffixExceptions` does after `mergeAffixSymbol` emptied a sentence.
 * Passes that only move marks between words of one sentence
 * (`mergeRemainingFullStops`) change no boundary and are left out.
 * test/segment.test.ts compares both on the corpus, the fixtures and random
 * text; `sentenceNodes` still builds the real tree for a rule that asks.
 */

import type {TextRange} from '../types.js'
import {lowerCase} from './lower-case.js'
import {
  abbreviations,
  abbreviationsSensitive,
  affixSymbol,
  digitStart,
  elisionAffix,
  elisionPrefix,
  lowerInitial,
  numerical,
  punctuation,
  whiteSpace,
  word,
  wordSymbolInner
} from './expressions.js'

const WORD = 1
const SPACE = 2
const PUNCTUATION = 3
const SYMBOL = 4
const TEXT = 5
const SENTENCE = 6

interface Node {
  readonly kind: number
  start: number
  end: number
  /** Sentences: their children. Words: their parts once a mark joined them (`partsOf`); until then one text node. */
  children: Node[] | undefined
}

type Modifier = (child: Node, index: number, parent: Node[]) => number | undefined

/** Kind of each UTF-16 code unit (0: not yet looked up), as parse-latin's `tokenize` classes one `charAt`. */
const kinds = new Uint8Array(65_536)

function classify(code: number): number {
  const character = String.fromCharCode(code)
  const kind = whiteSpace.test(character) ? SPACE : punctuation.test(character) ? PUNCTUATION : word.test(character) ? WORD : SYMBOL
  kinds[code] = kind
  return kind
}

const SLASH = 1
const APOSTROPHE = 2
const AMPERSAND = 4
const HYPHEN = 8
const PERIOD = 16

function markBit(code: number): number {
  return code === 0x2f ? SLASH : code === 0x27 || code === 0x2019 ? APOSTROPHE : code === 0x26 ? AMPERSAND : code === 0x2d ? HYPHEN : code === 0x2e ? PERIOD : 0
}

const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/
const apostrophe = /^['’]$/

/**
 * Sentence ranges of `value` from `from` to `to` (offsets into `value`), as
 * parse-english's `parse(value.slice(from, to))` gives them (shifted by `from`).
 */
export function segmentSentences(value: string, from = 0, to = value.length): TextRange[] {
  const text = (node: Node) => value.slice(node.start, node.end)
  const isMark = (node: Node | undefined) => node !== undefined && (node.kind === PUNCTUATION || node.kind === SYMBOL)

  // ParseLatin#tokenize: runs of one kind; punctuation and symbols continue only with the same character (or a surrogate).
  const tokens: Node[] = []
  const length = to
  /** Marks seen, so that a pass whose mark is absent is skipped. */
  let marks = 0
  let index = from
  while (index < length) {
    const start = index
    let code = value.charCodeAt(index)
    const kind = kinds[code] || classify(code)
    index++
    if (kind === WORD || kind === SPACE) {
      while (index < length) {
        const next = value.charCodeAt(index)
        if ((kinds[next] || classify(next)) !== kind) break
        index++
      }
    } else {
      marks |= markBit(code)
      while (index < length) {
        const next = value.charCodeAt(index)
        if ((kinds[next] || classify(next)) !== kind || (next !== code && (next < 0xd800 || next > 0xdfff))) break
        code = next
        index++
      }
    }
    tokens.push({kind, start, end: index, children: undefined})
  }

  // Sentence plugins, over every token of the value.
  // A pass whose mark the value lacks would change nothing.
  if (marks & (SLASH | APOSTROPHE)) mergeElisions(tokens)
  if (marks & AMPERSAND) modifyMarks(value, tokens, 0x26, (child, index, siblings) => {
    // mergeInitialWordSymbol: “&” before a word.
    if (!isMark(child) || !isCharacter(child, 0x26)) return undefined
    const next = siblings[index + 1]
    if ((index > 0 && siblings[index - 1]!.kind === WORD) || !(next && next.kind === WORD)) return undefined
    siblings.splice(index, 1)
    partsOf(next).unshift(child)
    next.start = child.start
    return index - 1
  })
  if (marks & HYPHEN) modifyMarks(value, tokens, 0x2d, (child, index, siblings) => {
    // mergeFinalWordSymbol: a final hyphen joins the word before.
    if (index === 0 || !isMark(child) || !isCharacter(child, 0x2d)) return undefined
    const previous = siblings[index - 1]
    const next = siblings[index + 1]
    if ((next && next.kind === WORD) || !previous || previous.kind !== WORD) return undefined
    siblings.splice(index, 1)
    partsOf(previous).push(child)
    previous.end = child.end
    return index
  })
  modifyMarks(value, tokens, -1, (child, index, siblings) => {
    // mergeInnerWordSymbol: “U.S”, “e-mail”, “AT&T”.
    if (index === 0 || !isMark(child)) return undefined
    const previous = siblings[index - 1]!
    if (previous.kind !== WORD) return undefined
    let position = index - 1
    const merged: Node[] = []
    let queue: Node[] = []
    while (siblings[++position]) {
      const sibling = siblings[position]!
      if (sibling.kind === WORD) {
        for (const node of queue) merged.push(node)
        for (const node of partsOf(sibling)) merged.push(node)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(text(sibling))) {
        queue.push(sibling)
      } else {
        break
      }
    }
    if (merged.length === 0) return undefined
    position -= queue.length
    siblings.splice(index, position - index)
    const parts = partsOf(previous)
    for (const node of merged) parts.push(node)
    previous.end = merged[merged.length - 1]!.end
    return index
  })
  if (marks & SLASH) modifyMarks(value, tokens, 0x2f, (child, index, siblings) => {
    // mergeInnerWordSlash: “w/o”, “km/h”.
    const previous = siblings[index - 1]
    if (!previous || previous.kind !== WORD || !isMark(child) || !isCharacter(child, 0x2f)) return undefined
    const previousValue = text(previous)
    let tail = child
    const queue = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (next && next.kind === WORD) {
      nextValue = text(next)
      tail = next
      queue.push(...partsOf(next))
      count++
    }
    if (previousValue.length >= 3 || (nextValue !== '' && nextValue.length >= 3)) return undefined
    partsOf(previous).push(...queue)
    siblings.splice(index, count)
    previous.end = tail.end
    return index
  })
  if (marks & PERIOD) modifyMarks(value, tokens, 0x2e, (child, index, siblings) => {
    // mergeInitialisms: the final period of “U.S.”.
    if (index === 0 || child.kind !== PUNCTUATION || !isCharacter(child, 0x2e)) return undefined
    const previous = siblings[index - 1]!
    const parts = previous.children
    // A word with no parts yet is one text node: length 1.
    if (previous.kind !== WORD || !parts || parts.length === 1 || parts.length % 2 === 0) return undefined
    let position = parts.length
    let allDigits = true
    while (parts[--position]) {
      const part = text(parts[position]!)
      if (position % 2 === 0) {
        if (part.length > 1) return undefined
        if (!numerical.test(part)) allDigits = false
      } else if (part !== '.') {
        if (position < parts.length - 2) break
        return undefined
      }
    }
    if (allDigits) return undefined
    siblings.splice(index, 1)
    parts.push(child)
    previous.end = child.end
    return index
  })

  // ParseLatin#tokenizeParagraph: split after each run of terminal marks.
  const paragraph: Node[] = []
  let first = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index === tokens.length - 1 || (token.kind === PUNCTUATION && isTerminalMarker(value, token))) {
      paragraph.push({kind: SENTENCE, start: tokens[first]!.start, end: token.end, children: tokens.slice(first, index + 1)})
      first = index + 1
    }
  }

  // Paragraph plugins, in parse-english's order.
  modify(paragraph, (sentence, index, parent) => {
    // mergeEnglishPrefixExceptions: “Mr.”, “Jan.”, “Inc.”.
    const children = sentence.children
    if (!children) return undefined
    const period = children[children.length - 1]
    const before = children[children.length - 2]
    if (!period || period.kind !== PUNCTUATION || !isCharacter(period, 0x2e) || !before || before.kind !== WORD) return undefined
    const word = text(before)
    if (!abbreviations.test(lowerCase(word)) && !abbreviationsSensitive.test(word)) return undefined
    partsOf(before).push(period)
    children.pop()
    before.end = period.end
    return joinNext(sentence, index, parent)
  })
  modify(paragraph, (child, index, parent) => {
    // mergeNonWordSentences
    const children = child.children
    if (!children || children.some((node) => node.kind === WORD)) return undefined
    const previous = parent[index - 1]
    if (previous?.children) {
      previous.children.push(...children)
      parent.splice(index, 1)
      previous.end = child.end
      return index
    }
    const next = parent[index + 1]
    if (next?.children) {
      next.children.unshift(...children)
      next.start = child.start
      parent.splice(index, 1)
    }
    return undefined
  })
  modify(paragraph, (child, index, parent) => {
    // mergeAffixSymbol: a closing mark after a full stop stays with its sentence: `.”`, `.)`.
    const children = child.children
    if (!children || children.length === 0 || index === 0) return undefined
    const previous = parent[index - 1]
    const head = children[0]!
    if (!previous || previous.kind !== SENTENCE || !isMark(head) || !affixSymbol.test(text(head))) return undefined
    children.shift()
    previous.children!.push(head)
    previous.end = head.end
    const second = children[0]
    if (second) child.start = second.start
    return index - 1
  })
  modify(paragraph, (child, index, parent) => {
    // mergeInitialLowerCaseLetterSentences
    if (child.kind !== SENTENCE || index === 0) return undefined
    const previous = parent[index - 1]!
    const children = child.children!
    if (children.length === 0 || previous.kind !== SENTENCE) return undefined
    for (const node of children) {
      if (node.kind === WORD) {
        if (!lowerInitial.test(text(node))) return undefined
        previous.children!.push(...children)
        parent.splice(index, 1)
        previous.end = child.end
        return index
      }
      if (isMark(node)) return undefined
    }
    return undefined
  })
  modify(paragraph, (child, index, parent) => {
    // mergeInitialDigitSentences
    const previous = parent[index - 1]
    if (!previous || previous.kind !== SENTENCE || child.kind !== SENTENCE) return undefined
    const head = child.children![0]
    if (!head || head.kind !== WORD || !digitStart.test(text(head))) return undefined
    previous.children!.push(...child.children!)
    parent.splice(index, 1)
    previous.end = child.end
    return index
  })
  modify(paragraph, (child, index, parent) => {
    // mergePrefixExceptions: “etc.”, “cf.”, single letters, small numbers.
    const children = child.children
    if (!children || children.length <= 1) return undefined
    const period = children[children.length - 1]!
    if (!isMark(period) || !isCharacter(period, 0x2e)) return undefined
    const node = children[children.length - 2]
    if (!node || node.kind !== WORD || !abbreviationPrefix.test(lowerCase(text(node)))) return undefined
    partsOf(node).push(period)
    children.pop()
    node.end = period.end
    return joinNext(child, index, parent)
  })
  modify(paragraph, (child, index, parent) => {
    // mergeAffixExceptions: a sentence that opens with a comma or semicolon continues the one before.
    const previous = parent[index - 1]
    if (!previous?.children || !child.children || child.children.length === 0) return undefined
    for (const node of child.children) {
      if (node.kind === WORD) return undefined
      if (isMark(node)) {
        const mark = text(node)
        if (mark !== ',' && mark !== ';') return undefined
        previous.children.push(...child.children)
        previous.end = child.end
        parent.splice(index, 1)
        return index
      }
    }
    return undefined
  })
  // makeInitialWhiteSpaceSiblings (a visit: the index moves on after an insertion).
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index]!
    const head = child.children?.[0]
    if (!head || head.kind !== SPACE) continue
    child.children!.shift()
    paragraph.splice(index, 0, head)
    const next = child.children![0]
    if (next) child.start = next.start
  }
  modify(paragraph, (child, index, parent) => {
    // makeFinalWhiteSpaceSiblings
    const children = child.children
    const tail = children?.[children.length - 1]
    if (!children || !tail || tail.kind !== SPACE) return undefined
    children.pop()
    parent.splice(index + 1, 0, tail)
    const previous = children[children.length - 1]
    if (previous) child.end = previous.end
    return index
  })
  modify(paragraph, (child, index, parent) => {
    // breakImplicitSentences: two or more line breaks inside a sentence end it.
    if (child.kind !== SENTENCE) return undefined
    const children = child.children!
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!
      if (node.kind !== SPACE || node.end - node.start < 2 || !breaksTwice(value, node)) continue
      child.children = children.slice(0, position)
      const end = child.end
      child.end = children[position - 1]!.end
      const insertion: Node = {kind: SENTENCE, start: children[position + 1]!.start, end, children: children.slice(position + 1)}
      parent.splice(index + 1, 0, node, insertion)
      return index + 1
    }
    return undefined
  })

  const sentences: TextRange[] = []
  // removeEmptyNodes drops sentences left without children.
  for (const node of paragraph) if (node.kind === SENTENCE && node.children!.length > 0) sentences.push({start: node.start, end: node.end})
  return sentences

  /** Whether a token is the one character `code` (what `text(node) === character` says, without the slice). */
  function isCharacter(node: Node, code: number): boolean {
    return node.end - node.start === 1 && value.charCodeAt(node.start) === code
  }

  /** parse-english's elision merges (a visit, like `unist-util-visit-children`): “rock ’n’ roll”, “’twas”, “o’ clock”, “w/”. */
  function mergeElisions(siblings: Node[]): void {
    for (let index = 0; index < siblings.length; index++) {
      const child = siblings[index]!
      if (!isMark(child)) continue
      const length = siblings.length
      const mark = text(child)
      if (mark === '/') {
        // Read only inside the list: a read before its start costs a recompilation.
        const sibling = index > 0 ? siblings[index - 1] : undefined
        if (sibling && sibling.kind === WORD && lowerCase(text(sibling)) === 'w') {
          siblings.splice(index, 1)
          partsOf(sibling).push(child)
          sibling.end = child.end
        }
      } else if (apostrophe.test(mark)) {
        const sibling = index > 0 ? siblings[index - 1] : undefined
        if (
          index > 2 &&
          index < length - 1 &&
          sibling!.kind === WORD &&
          siblings[index - 2]!.kind === SPACE &&
          siblings[index + 1]!.kind === SPACE &&
          elisionPrefix.test(lowerCase(text(sibling!)))
        ) {
          siblings.splice(index, 1)
          partsOf(sibling!).push(child)
          sibling!.end = child.end
          continue
        }
        if (index !== length - 1 && siblings[index + 1]!.kind === WORD && (index === 0 || siblings[index - 1]!.kind !== WORD)) {
          const next = siblings[index + 1]!
          const lower = lowerCase(text(next))
          const other = siblings[index + 2]
          if (elisionAffix.test(lower)) {
            siblings.splice(index, 1)
            partsOf(next).unshift(child)
            next.start = child.start
          } else if (lower === 'n' && other && other.kind === PUNCTUATION && apostrophe.test(text(other))) {
            siblings.splice(index, 1)
            siblings.splice(index + 1, 1)
            const parts = partsOf(next)
            parts.unshift(child)
            parts.push(other)
            next.start = child.start
            next.end = other.end
          }
        }
      }
    }
  }
}

/** The parts of a word, made when a mark first joins it: most words never need them. */
function partsOf(word: Node): Node[] {
  return (word.children ??= [{kind: TEXT, start: word.start, end: word.end, children: undefined}])
}

/** Whether white space holds two line breaks or more (`\r\n` counting once). */
function breaksTwice(value: string, node: Node): boolean {
  let breaks = 0
  for (let at = node.start; at < node.end; at++) {
    const code = value.charCodeAt(at)
    if (code === 10 || (code === 13 && value.charCodeAt(at + 1) !== 10)) if (++breaks === 2) return true
  }
  return false
}

/** The next sentence joins `sentence` (after an abbreviation); the pass then looks again one step back. */
function joinNext(sentence: Node, index: number, parent: Node[]): number | undefined {
  const next = parent[index + 1]
  if (!next || next.kind !== SENTENCE) return undefined
  sentence.children!.push(...next.children!)
  parent.splice(index + 1, 1)
  sentence.end = next.end
  return index - 1
}

/** Whether a punctuation token is all terminal marks (`terminalMarker`, read by character codes). */
function isTerminalMarker(value: string, node: Node): boolean {
  for (let at = node.start; at < node.end; at++) {
    const code = value.charCodeAt(at)
    if (code !== 0x21 && code !== 0x2e && code !== 0x3f && code !== 0x2026 && code !== 0x203d) return false
  }
  return node.end > node.start
}

/**
 * `modify` for a modifier that leaves every word and space alone (it returns `undefined` for
 * them), and every mark but the one character `code` (of `value`) when that is not -1: those are skipped
 * here, without a call, as they are most tokens.
 */
function modifyMarks(value: string, children: Node[], code: number, modifier: Modifier): void {
  let index = 0
  while (index < children.length) {
    const child = children[index]!
    if ((child.kind !== PUNCTUATION && child.kind !== SYMBOL) || (code !== -1 && (child.end - child.start !== 1 || value.charCodeAt(child.start) !== code))) {
      index++
      continue
    }
    const next = modifier(child, index, children)
    index = next === undefined ? index + 1 : Math.max(0, next)
  }
}

/** `unist-util-modify-children`: a returned number is the next index to visit (below 0: the start). */
function modify(children: Node[], modifier: Modifier): void {
  let index = 0
  while (index < children.length) {
    const next = modifier(children[index]!, index, children)
    index = next === undefined ? index + 1 : Math.max(0, next)
  }
}
