/**
 * Memory on quote-dense input (issue 15: “memory within a small multiple of the input”).
 *
 * Peak memory is what V8 lets the heap grow to, about twice to three times what is live at its
 * last full collection; so these tests bound what is live, deterministically: each row of
 * `scripts/hostile-rows.js` is extracted in a process of its own whose heap is capped
 * (`--max-old-space-size`) below what the extraction held at once before the working state was
 * let go early (sentences, words and name runs before the quotes are built, each span and
 * attribution once its quote is made, one `marks` object per pair of marks).
 */

import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

const root = new URL('..', import.meta.url).pathname

/** Extract `kb` KB of a hostile row with the heap capped at `megabytes`; whether it ran out of memory. */
function fitsIn(row: string, kb: number, megabytes: number): boolean {
  const script = `
const {extractQuotes} = await import(${JSON.stringify(root + 'dist/index.js')})
const {rows} = await import(${JSON.stringify(root + 'scripts/hostile-rows.js')})
const row = rows[${JSON.stringify(row)}]
extractQuotes(row.make(${kb}), {format: row.format})
`
  try {
    execFileSync(process.execPath, [`--max-old-space-size=${megabytes}`, '--input-type=module', '-e', script], {stdio: 'pipe'})
    return true
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? '')
    if (stderr.includes('heap out of memory')) return false
    throw error
  }
}

describe('memory on quote-dense input', () => {
  it('shares one `marks` object among the quotes of a document with the same marks', () => {
    const {quotes} = extractQuotes('“Yes,” she said. “No,” he said. «Oui», dit-elle.')
    expect(quotes.map((quote) => quote.marks)).toEqual([
      {open: '“', close: '”'},
      {open: '“', close: '”'},
      {open: '«', close: '»'}
    ])
    expect(quotes[0]!.marks).toBe(quotes[1]!.marks)
    expect(quotes[2]!.marks).not.toBe(quotes[0]!.marks)
    // Not across documents: a caller changing one result changes no other.
    expect(extractQuotes('“Yes,” she said.').quotes[0]!.marks).not.toBe(quotes[0]!.marks)
  })

  // What a caller keeps: a quote is one object of its own fields (a literal of four fields with six
  // added after it took a second object for them): 162 → 146 bytes a quote of one word, with its id.
  it('keeps under 155 bytes a quote of one word', () => {
    const script = `
const {extractQuotes} = await import(${JSON.stringify(root + 'dist/index.js')})
extractQuotes('“a” '.repeat(2000))
gc(); gc()
const base = process.memoryUsage().heapUsed
const {quotes} = extractQuotes('“a” '.repeat(100000))
gc(); gc()
console.log((process.memoryUsage().heapUsed - base) / quotes.length)
`
    const perQuote = Number(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {encoding: 'utf8'}))
    expect(perQuote).toBeGreaterThan(20)
    expect(perQuote).toBeLessThan(155)
  }, 60_000)

  // Before: 61–70 MB for 500 KB of `“a” “a” …` (125,000 quotes), now 46–50 MB.
  it('500 KB of one-word quotes in a 56 MB heap', () => {
    expect(fitsIn('one-word quotes', 500, 56)).toBe(true)
  }, 60_000)

  // Before: 49–52 MB for 500 KB of `“a “a “a …` (167,000 warnings, none capped away), now 41–42 MB:
  // one reason string per mark and outcome, not one built per warning.
  it('500 KB of unclosed marks in a 46 MB heap', () => {
    expect(fitsIn('unclosed marks', 500, 46)).toBe(true)
    const {messages} = extractQuotes('“a “b. “c', {format: 'text'})
    expect(messages.map((message) => message.reason)).toEqual(['Unclosed quotation mark `“`: ignored', 'Unclosed quotation mark `“`: ignored', 'Unclosed quotation mark `“`: closed at the end of the paragraph'])
  }, 60_000)

  // Before: 46–50 MB for 500 KB of `Ann Lee spoke. “Hi,” she said. …`, now 36–40 MB.
  it('500 KB of pronoun prose in a 43 MB heap', () => {
    expect(fitsIn('pronoun prose, two people', 500, 43)).toBe(true)
  }, 60_000)
})
