import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

const speakerOf = (text: string) => {
  const [quote] = extractQuotes(text).quotes
  return quote?.speaker ? {name: quote.speaker.name, kind: quote.speaker.kind} : null
}

describe('speakers and cues in other forms', () => {
  it.each([
    ['The singer said through a spokeswoman: “I am grateful for the support.”', 'the singer', 'unnamed'],
    ['Senator Joan Price spoke last. “The bill is dead,” in her words.', 'Joan Price', 'person'],
    ['The negotiator, Ambassador Keiko Tanaka, left early. “The text is final,” Tanaka said.', 'Keiko Tanaka', 'person'],
    ['Dr. Rachel Okafor led the study. “The results are clear,” she said.', 'Rachel Okafor', 'person'],
    ['The union rejected the offer on Monday. “This is an insult,” it said in a statement.', 'the union', 'organization'],
    ['Finance Minister Lars Holm: ‘No new taxes’', 'Lars Holm', 'person'],
    ['“We will sue,” the ministry said.', 'the ministry', 'organization'],
    ['“We are looking into it,” officials said.', 'officials', 'unnamed'],
    ['Chairwoman Mary Chen opened the meeting. “We have a quorum,” the chairwoman said.', 'Mary Chen', 'person'],
    ['“Talks will resume,” an Indian delegate told a newspaper.', 'an Indian delegate', 'unnamed'],
    ['Pieter Janssen, the director, was firm. “The museum stays open,” the director said.', 'Pieter Janssen', 'person']
  ])('%s', (text, name, kind) => {
    expect(speakerOf(text)).toEqual({name, kind})
  })
})
