/**
 * The quotation marks we pair, by kind of mark: each opening mark lists the
 * closing marks that end it. Pairing goes by this table, never by a global
 * counter, so an English apostrophe cannot close a French guillemet.
 */

import {emptyList} from '../shapes.js'

export interface MarkPair {
  readonly open: string
  readonly close: readonly string[]
  /** Double marks enclose speech; single marks are also apostrophes, so they warn less. */
  readonly double: boolean
  /**
   * Closing marks of another kind that end this quote when it is the innermost one open and
   * the mark cannot open here: writers and copy desks mix curly and straight marks
   * (“…," or "….”), or type an opening mark where a closing one belongs (“…“ and): keeping
   * them apart loses the quote and swallows the text after it.
   */
  readonly looseClose?: readonly string[]
  readonly note: string
}

export const markPairs: readonly MarkPair[] = [
  {open: '“', close: ['”'], looseClose: ['"', '“'], double: true, note: 'English curly double'},
  {open: '‘', close: ['’'], double: false, note: 'English curly single'},
  {open: '"', close: ['"'], looseClose: ['”', '“'], double: true, note: 'straight double'},
  {open: "'", close: ["'"], double: false, note: 'straight single'},
  {open: '«', close: ['»'], double: true, note: 'guillemets (French, Russian, …), spaces inside allowed'},
  {open: '»', close: ['«'], double: true, note: 'reversed guillemets (German, Danish)'},
  {open: '‹', close: ['›'], double: false, note: 'single guillemets'},
  {open: '›', close: ['‹'], double: false, note: 'reversed single guillemets'},
  {open: '„', close: ['“', '”'], double: true, note: 'low-9 double (German, Polish, …)'},
  {open: '‚', close: ['‘', '’'], double: false, note: 'low-9 single'},
  {open: '「', close: ['」'], double: true, note: 'CJK corner brackets'},
  {open: '『', close: ['』'], double: true, note: 'CJK white corner brackets'},
  {open: '``', close: ["''"], double: true, note: 'Penn Treebank / wire style'},
  {open: "''", close: ["''"], double: true, note: 'two apostrophes as a double mark'},
  {open: '”', close: ['”'], double: true, note: 'same mark at both ends (Swedish, Finnish)'}
]

/**
 * Opening mark → its pair, every pair with `looseClose` (empty where the table has none): one shape
 * for all, so that the scanner is not compiled again when the first pair without it comes.
 */
export const pairByOpen: ReadonlyMap<string, MarkPair> = new Map(
  markPairs.map(({open, close, double, looseClose, note}) => [open, {open, close, double, looseClose: looseClose ?? emptyList<string>(), note}])
)

/** Every mark that can close something. */
export const closingMarks: ReadonlySet<string> = new Set(markPairs.flatMap((pair) => pair.close))

/** Matches any mark, the two-character ones first. */
export const markPattern = /``|''|[“”‘’"'«»‹›„‚「」『』]/g

/** Marks whose inner side may be padded with (no-break) spaces. */
export const spacedMarks: ReadonlySet<string> = new Set(['«', '»', '‹', '›'])
