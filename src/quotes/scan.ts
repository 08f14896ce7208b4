/**
 * Find quotation spans: one linear pass over the paragraphs pairing marks.
 *
 * Each mark is judged by what stands on either side of it (like CommonMark's
 * flanking rules): a mark between two letters is an apostrophe or a gershayim
 * (don’t, Hy”d), one followed by text can open, one preceded by text can
 * close. Openers wait on a small stack; a closer ends the nearest opener of
 * its own kind. A quote left open at the end of a paragraph continues when the
 * next paragraph opens with the same mark (the convention for multi-paragraph
 * quotes); otherwise it is closed at the paragraph end or dropped, with a
 * warning, so one bad mark costs at most its own paragraph.
 */

import type {TextRange} from '../types.js'
import {markPairs, markPattern, pairByOpen, closingMarks, spacedMarks, type MarkPair} from './marks.js'

/** A quotation found in the plain text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** First character inside the marks. */
  readonly start: number
  /** Just after the last character inside the marks. */
  readonly end: number
  /** Just after the closing mark (`end` when the quote was left open). */
  readonly close: number
  readonly openMark: string
  readonly closeMark: string
  /** Index of the paragraph holding the opening mark. */
  readonly paragraph: number
  /** Index of the paragraph holding the closing mark. */
  readonly lastParagraph: number
}

export interface ScanFinding {
  readonly reason: string
  readonly ruleId: 'unclosed-mark' | 'stray-mark'
  readonly start: number
  readonly end: number
}

interface Opener {
  readonly pair: MarkPair
  readonly position: number
  readonly length: number
  readonly paragraph: number
}

/**
 * Deeper nesting than this is not prose: the oldest opener above the bottom
 * one is forgotten, with a warning. The bottom one stays, as it may open a
 * quote that the paragraph's end closes.
 */
const maxDepth = 32

const word = /[\p{L}\p{N}]/u
const space = /\s/u
/** What may stand right before an opening mark besides space. */
const beforeOpen = /[\p{Ps}\p{Pi}\p{Pd}:;,/“”‘"'«»‹›„‚「『]/u
/** The end of a sentence or clause right before a mark. */
const sentenceEnd = /[.!?,;…]/u
/** A closing single mark and one or two spaces before a double mark: ‘…,’ ”. */
const nestedCloseBefore = /['’][ \u00A0]{1,2}$/u
/** The quote's last punctuation and a space before a mark: “…, ” he said. */
const punctuationThenSpace = /[.!?,;…—–-]\s$/u
/** What may stand right after a closing mark besides space. */
const afterClose = /[\p{P}\p{S}]/u
/** Apostrophes that begin a word: ’90s, 'em, rock 'n' roll, 'til, 'tis. */
const elision = /^(?:\d\d(?:s|\b)|(?:em|til|cause|tis|twas)\b|n['’]\s)/iu
/** Every mark, as the table spells it. */
const tableMark: ReadonlyMap<string, string> = new Map(markPairs.flatMap((pair) => [pair.open, ...pair.close, ...(pair.looseClose ?? [])]).map((mark) => [mark, mark]))
const cjkOpen = new Set(['「', '『'])
const cjkClose = new Set(['」', '』'])

/** Find the quotation spans of `text`, paragraph by paragraph. */
export function scanQuotes(text: string, paragraphs: readonly TextRange[]): {spans: QuoteSpan[]; findings: ScanFinding[]} {
  const spans: QuoteSpan[] = []
  const findings: ScanFinding[] = []
  let stack: Opener[] = []
  /** Opening mark that the next paragraph must begin with to continue the quote. */
  let carried: Opener | undefined

  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!
    const body = text.slice(paragraph.start, paragraph.end)
    let skipUntil = -1

    // Carried only when this paragraph reopens with the same mark: skip that mark.
    if (carried) {
      stack = [carried]
      skipUntil = carried.pair.open.length
      carried = undefined
    }

    markPattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = markPattern.exec(body))) {
      const local = match.index
      if (local < skipUntil) continue
      // The table's own string, not the match's: a span (and the quote made of it) keeps one shared string per mark.
      const mark = tableMark.get(match[0]) ?? match[0]
      const position = paragraph.start + local
      const previous = local === 0 ? '' : body[local - 1]!
      const next = body[local + mark.length] ?? ''
      const role = judge(body, local, mark, previous, next)
      if (role.close) {
        const depth = findOpener(stack, mark, role.open && !role.closeFirst)
        if (depth !== -1) {
          const opener = stack[depth]!
          for (let index = stack.length - 1; index > depth; index--) warnUnclosed(stack[index]!, findings)
          stack.length = depth
          spans.push(makeSpan(text, opener, position, mark, paragraphIndex))
          continue
        }
      }
      if (role.stray) {
        findings.push({reason: `Stray quotation mark \`${mark}\` between spaces: ignored`, ruleId: 'stray-mark', start: position, end: position + mark.length})
        continue
      }
      if (!role.open && !role.close) continue
      if (role.open) {
        if (stack.length === maxDepth) warnUnclosed(stack.splice(1, 1)[0]!, findings)
        stack.push({pair: pairByOpen.get(mark)!, position, length: mark.length, paragraph: paragraphIndex})
      } else if (mark !== '’' && mark !== "'") {
        findings.push({reason: `Unmatched closing quotation mark \`${mark}\``, ruleId: 'stray-mark', start: position, end: position + mark.length})
      }
    }

    // Left open: continue into the next paragraph when it reopens with the same mark.
    const bottom = stack[0]
    const nextParagraph = paragraphs[paragraphIndex + 1]
    if (bottom && nextParagraph && text.startsWith(bottom.pair.open, nextParagraph.start)) {
      for (let index = stack.length - 1; index > 0; index--) warnUnclosed(stack[index]!, findings)
      carried = bottom
    } else if (bottom) {
      for (let index = stack.length - 1; index > 0; index--) warnUnclosed(stack[index]!, findings)
      closeOrDrop(text, bottom, paragraph, paragraphIndex, spans, findings)
    }
    stack = []
  }

  return {spans: outermost(text, spans), findings}
}

/** What a mark can do where it stands; `closeFirst`: it closes an open quote rather than open a nested one. */
function judge(body: string, local: number, mark: string, previous: string, next: string): {open: boolean; close: boolean; stray?: boolean; closeFirst?: boolean} {
  if (cjkOpen.has(mark)) return {open: true, close: false}
  if (cjkClose.has(mark)) return {open: false, close: true}
  // Between two letters or digits: an apostrophe (don’t), a gershayim (Hy”d) or a prime (5'11).
  if (word.test(previous) && word.test(next)) return {open: false, close: false}
  const single = mark === "'" || mark === '‘' || mark === '’'
  if (single && elision.test(body.slice(local + 1, local + 8))) return {open: false, close: false}
  // Inches after feet: 5'11"
  if (mark === '"' && /\d['′]\d{1,2}$/.test(body.slice(Math.max(0, local - 6), local))) return {open: false, close: false}
  const spaced = spacedMarks.has(mark)
  const previousIsSpace = previous === '' || space.test(previous)
  const nextIsSpace = next === '' || space.test(next)
  const double = pairByOpen.get(mark)?.double ?? mark === '”'
  // A nested quote's closing single mark is often set off by a space from the outer closing one: ‘…,’ ” / '…,' ''.
  const afterNestedClose = double && previous === ' ' && nestedCloseBefore.test(body.slice(Math.max(0, local - 3), local))
  // “ You know, …”: a mark that only ever opens in English, padded with a space before the first word.
  const paddedOpen = mark === '“' && nextIsSpace && (previousIsSpace || beforeOpen.test(previous)) && /^\s[\p{L}\p{N}…]/u.test(body.slice(local + 1, local + 3))
  if (!spaced && previousIsSpace && nextIsSpace && !afterNestedClose) {
    // “…, ” he said: a closing mark set off by a space after the quote's last punctuation still closes an open quote.
    const close = double && previous !== '' && punctuationThenSpace.test(body.slice(Math.max(0, local - 3), local))
    return {open: paddedOpen, close, stray: double && !paddedOpen, closeFirst: close}
  }
  if (paddedOpen) return {open: true, close: false}
  // “…!”After / ."We: a mark between the end of a sentence and a letter, the space left out.
  const unspaced = double && sentenceEnd.test(previous) && word.test(next)
  const open = pairByOpen.has(mark) && next !== '' && (spaced || !nextIsSpace) && (previousIsSpace || beforeOpen.test(previous) || (unspaced && mark !== '”'))
  const close = closingMarks.has(mark) && previous !== '' && (spaced || !previousIsSpace || afterNestedClose) && (nextIsSpace || afterClose.test(next) || unspaced)
  return {open, close}
}

/**
 * The opener a closing mark ends: the nearest of its own kind, else the innermost double one
 * that takes it loosely, past single marks left open ("… was 'I'm busy,’” she said).
 */
function findOpener(stack: readonly Opener[], mark: string, canOpen: boolean): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    if (stack[index]!.pair.close.includes(mark)) return index
  }
  if (canOpen) return -1
  for (let index = stack.length - 1; index >= 0; index--) {
    const pair = stack[index]!.pair
    if (pair.looseClose?.includes(mark)) return index
    if (pair.double) return -1
  }
  return -1
}

function makeSpan(text: string, opener: Opener, closeAt: number, closeMark: string, lastParagraph: number): QuoteSpan {
  let start = opener.position + opener.length
  let end = closeAt
  // Guillemets are often padded with (no-break) spaces: « texte ».
  if (spacedMarks.has(opener.pair.open)) {
    while (start < end && space.test(text[start]!)) start++
    while (end > start && space.test(text[end - 1]!)) end--
  }
  return {
    open: opener.position,
    start,
    end,
    close: closeAt + closeMark.length,
    openMark: opener.pair.open,
    closeMark,
    paragraph: opener.paragraph,
    lastParagraph
  }
}

/**
 * The reason of an unclosed-mark warning, one string per mark and outcome: text with thousands of
 * stray marks gets a warning for each (none is capped away), and a string built per warning was
 * most of their memory.
 */
type UnclosedOutcome = 'ignored' | 'closed at the end of the paragraph'
const unclosedReasons: Record<UnclosedOutcome, Map<string, string>> = {ignored: new Map(), 'closed at the end of the paragraph': new Map()}

function unclosedReason(mark: string, outcome: UnclosedOutcome): string {
  const reasons = unclosedReasons[outcome]
  let reason = reasons.get(mark)
  if (reason === undefined) {
    reason = `Unclosed quotation mark \`${mark}\`: ${outcome}`
    reasons.set(mark, reason)
  }
  return reason
}

function warnUnclosed(opener: Opener, findings: ScanFinding[]): void {
  if (!opener.pair.double) return
  findings.push({
    reason: unclosedReason(opener.pair.open, 'ignored'),
    ruleId: 'unclosed-mark',
    start: opener.position,
    end: opener.position + opener.length
  })
}

/**
 * An unclosed double mark where a quote usually starts (paragraph or sentence
 * start, after a colon, comma or dash) most likely lost its closing mark: close it at
 * the paragraph end. Anything else is dropped. Both are reported.
 */
function closeOrDrop(text: string, opener: Opener, paragraph: TextRange, paragraphIndex: number, spans: QuoteSpan[], findings: ScanFinding[]): void {
  if (!opener.pair.double) return
  const before = text.slice(Math.max(paragraph.start, opener.position - 3), opener.position).trimEnd()
  const atQuoteStart = before === '' || /[:,—–.!?]$/u.test(before)
  let end = paragraph.end
  while (end > opener.position + opener.length && space.test(text[end - 1]!)) end--
  const hasContent = end > opener.position + opener.length
  if (atQuoteStart && hasContent) {
    spans.push({
      open: opener.position,
      start: opener.position + opener.length,
      end,
      close: end,
      openMark: opener.pair.open,
      closeMark: '',
      paragraph: opener.paragraph,
      lastParagraph: paragraphIndex
    })
    findings.push({
      reason: unclosedReason(opener.pair.open, 'closed at the end of the paragraph'),
      ruleId: 'unclosed-mark',
      start: opener.position,
      end: opener.position + opener.length
    })
  } else {
    warnUnclosed(opener, findings)
  }
}

/** Keep quotes that no other quote encloses (a nested quote stays in the text of its outer one). */
function outermost(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  spans.sort((a, b) => a.open - b.open || b.close - a.close)
  const kept: QuoteSpan[] = []
  let reach = -1
  for (const span of spans) {
    if (span.open < reach) continue
    if (!word.test(text.slice(span.start, span.end))) continue
    kept.push(span)
    reach = span.close
  }
  return kept
}
