/** The invariants every extraction keeps, whatever the input: asserted by the fuzz suite. */

import {expect} from 'vitest'
import {extractQuotes, type Extraction, type SourceFormat} from '../../src/index.js'

/** Extract (which must not throw) and check every offset and field against the source. */
export function checkExtraction(source: string, format: SourceFormat): Extraction {
  const result = extractQuotes(source, {format})
  const {quotes, entities, messages} = result
  const exact = (span: {text: string; start: number; end: number}, what: string) => {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`).toBe(true)
    expect(0 <= span.start && span.start <= span.end && span.end <= source.length, `${what}: ${span.start}–${span.end} inside the source`).toBe(true)
    expect(source.slice(span.start, span.end), `${what}: text is the source between its offsets`).toBe(span.text)
  }
  let reach = 0
  for (const [index, quote] of quotes.entries()) {
    expect(quote.id).toBe(`q${index + 1}`)
    exact(quote, quote.id)
    // In document order, and no quote inside another.
    expect(quote.start).toBeGreaterThanOrEqual(reach)
    reach = quote.end
    if (quote.speaker) exact(quote.speaker.mention, `${quote.id} speaker mention`)
    if (quote.cue) exact(quote.cue, `${quote.id} cue`)
    if (quote.kind === 'mention') expect(quote.speaker).toBeNull()
    expect(quote.confidence >= 0 && quote.confidence <= 1, `${quote.id} confidence ${quote.confidence}`).toBe(true)
    if (quote.continues !== undefined) expect(Number(quote.continues.slice(1))).toBeLessThan(index + 1)
  }
  for (const entity of entities) {
    for (const mention of entity.mentions) exact(mention, `${entity.id} mention`)
  }
  for (const message of messages) {
    expect(0 <= message.start && message.start <= message.end && message.end <= source.length, `message ${message.ruleId} at ${message.start}–${message.end}`).toBe(true)
  }
  return result
}
