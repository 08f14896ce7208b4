import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

const attributed = (text: string) => extractQuotes(text).quotes.map((quote) => [quote.speaker?.name ?? null, quote.cue?.text ?? null, quote.rule])

// A quote ending in “.”, “?” or “!” has its attribution cut off into a sentence of its own by the capital after it.
describe('an attribution sentence after a quote that ends its own sentence', () => {
  it('reads “…?” Name asked. as one sentence', () => {
    expect(attributed('Mayor Ines Varga faced the council. “Where did the money go?” Varga asked.')).toEqual([['Ines Varga', 'asked', 'quote-speaker-cue']])
  })

  it('reads “….” Title Name said on Monday. with a tail of place, time or audience', () => {
    expect(attributed('The river rose again overnight. “We are doing all we can.” Mr. Okafor said on Monday. Crews worked through the rain.')).toEqual([
      ['Okafor', 'said', 'quote-speaker-cue']
    ])
  })

  it('lets the next cue-less quote keep that speaker', () => {
    expect(attributed('Coach Dana Whitfield was furious. “Was that a foul?” Whitfield shouted to reporters. “It was a dive.”')).toEqual([
      ['Dana Whitfield', 'shouted', 'quote-speaker-cue'],
      ['Dana Whitfield', null, 'previous-speaker']
    ])
  })

  it('reads “…?” Name went on, … with a verb and its particle as the attribution', () => {
    expect(attributed('Coach Dana Whitfield smiled. “Can it happen to anyone?” Piet Lind went on, as if he had not heard her. “Then fight back.”')).toEqual([
      ['Piet Lind', 'went on', 'quote-speaker-cue'],
      ['Piet Lind', null, 'previous-speaker']
    ])
  })

  it('leaves a cue that opens the next quote (“….” She added, “…”) to that quote', () => {
    expect(attributed('As warden Lena Brandt told the county board, “We closed the east wing last year.” She added, “It will not reopen.”')).toEqual([
      ['Lena Brandt', 'told', 'speaker-cue-quote'],
      ['Lena Brandt', 'added', 'speaker-cue-quote']
    ])
  })

  it('does not take a new statement after the quote as its attribution', () => {
    expect(attributed('The crowd waited. “We will win.” Varga said the vote would be close.')[0]?.[0]).toBeNull()
    expect(attributed('The crowd waited. “We will win.” Prices rose on Monday.')[0]?.[0]).toBeNull()
  })
})
