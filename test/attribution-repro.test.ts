import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

/** Speaker names of a text's quotes, in order. */
const speakers = (text: string) => extractQuotes(text).quotes.map((quote) => quote.speaker?.name ?? null)

// Bugs reported on real news (issue 10), each in three shapes of our own writing.
describe('names that are also common words', () => {
  it('keeps a first name written lowercase earlier in the document', () => {
    expect(speakers('The budget bill passed on Tuesday. “It is fine,” said Bill Morneau.')).toEqual(['Bill Morneau'])
    expect(speakers('It was her will to stay. “We won the vote,” said Will Young.')).toEqual(['Will Young'])
    expect(speakers('Rates hit the lowest mark in a decade. “Borrowers will feel it,” said Mark Hamrick, an analyst.')).toEqual(['Mark Hamrick'])
  })

  it('keeps a surname that is a common word after a first name', () => {
    expect(speakers('The guest list was short. “Nobody came,” said Tim Guest.')).toEqual(['Tim Guest'])
  })

  it('does not read a common word opening a sentence as a name', () => {
    const {entities} = extractQuotes('Will voters care? “They will,” said Ana Ruiz. Mark the date, she added.')
    expect(entities.map((entity) => entity.name)).toEqual(['Ana Ruiz'])
  })
})

describe('short surnames', () => {
  it('ends a name before a sentence-ending period, however short the surname', () => {
    expect(speakers('“We won,” said Ann Lee. The crowd cheered.')).toEqual(['Ann Lee'])
    expect(speakers('“The rate is too high,” said Wei Li. Markets fell.')).toEqual(['Wei Li'])
    expect(speakers('“No comment,” said Kevin Ng.')).toEqual(['Kevin Ng'])
  })

  it('keeps the period of an abbreviation inside a name', () => {
    expect(speakers('“We will appeal,” said Martin Luther King Jr. in a statement.')[0]).toMatch(/^Martin Luther King Jr/)
  })
})

describe('titles of local office', () => {
  it('reads Councilwoman, Councilman and Police Chief as titles that tell who “she” or “he” is', () => {
    const text =
      'Mayor John Ford opened the meeting. Councilwoman Priya Nair objected to the plan. “Who will pay for this?” she asked.'
    expect(speakers(text)).toEqual(['Priya Nair'])
    const chief = 'Officer Dan Cole arrived first. Police Chief Amara Diallo later spoke to reporters. “We are still searching,” she said.'
    expect(speakers(chief)).toEqual(['Amara Diallo'])
    const council = 'Councilwoman Rosa Diaz voted no. Councilman Ed Park voted yes. “It is a good deal,” he said.'
    expect(speakers(council)).toEqual(['Ed Park'])
  })
})

describe('a one-word name opening a sentence', () => {
  it('is a person when it is the subject of a reporting verb', () => {
    expect(speakers('Burton explained from a podium. “I love cats,” he said.')).toEqual(['Burton'])
    expect(speakers('Okafor argued the point at length. “The numbers do not add up,” he said.')).toEqual(['Okafor'])
    expect(speakers('Lindqvist wrote back within the hour. “I stand by the story,” she wrote.')).toEqual(['Lindqvist'])
  })
})

describe('unresolved pronouns', () => {
  it('keep their mention and cue and are marked unresolved', () => {
    for (const text of ['The storm hit at dawn. “Everything is gone,” she said.', 'Fog closed the airport. “We waited nine hours,” he told reporters.', 'The vote failed. “This is not over,” they said.']) {
      const [quote] = extractQuotes(text).quotes
      expect(quote!.speaker?.kind).toBe('unresolved')
      expect(quote!.speaker?.mention.text).toMatch(/^(?:she|he|they)$/)
      expect(quote!.cue).not.toBeNull()
    }
  })
})
