import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

const speakers = (text: string) => extractQuotes(text).quotes.map((quote) => quote.speaker && {name: quote.speaker.name, kind: quote.speaker.kind, mention: quote.speaker.mention.text})

describe('speaker mentions', () => {
  it('carries an unresolved pronoun to the next quote of its paragraph, as it carries names', () => {
    expect(speakers('The storm hit at dawn. “It is all gone,” she said, weeping. “All of it.”')).toEqual([
      {name: 'she', kind: 'unresolved', mention: 'she'},
      {name: 'she', kind: 'unresolved', mention: 'she'}
    ])
    expect(speakers('“Stay back,” he shouted. “Now.”')[1]).toEqual({name: 'he', kind: 'unresolved', mention: 'he'})
  })

  it('reports the writer’s “I” as an unnamed speaker, not the last person named', () => {
    expect(speakers('When Dr. Ana Cole asked about the test, I laughed and said, “I never cheat.”')).toEqual([{name: 'I', kind: 'unnamed', mention: 'I'}])
    expect(speakers('My aunt pressed me, so I had to reply: “Of course I will come.”')).toEqual([{name: 'I', kind: 'unnamed', mention: 'I'}])
    expect(speakers('“I quit,” I told Mayor Ruth Dale.')).toEqual([{name: 'I', kind: 'unnamed', mention: 'I'}])
  })

  it('does not take the numeral of “World War I” for the writer', () => {
    expect(speakers('Veterans of World War I described the memorial as “long overdue.”')[0]?.mention).not.toBe('I')
  })

  it('finds the pronoun of a contraction before a reporting verb', () => {
    expect(speakers('Nobody believed him. He’s claiming that the count was “rigged from the start.”')).toEqual([{name: 'he', kind: 'unresolved', mention: 'He'}])
    expect(speakers('Mayor Jo Tam spoke first. She’s called the plan “a disaster.”')).toEqual([{name: 'Jo Tam', kind: 'person', mention: 'She'}])
    expect(speakers('The residents met at noon. They’ve described the smell as “unbearable.”')[0]?.mention).toBe('They')
  })

  it('resolves a bare “the company” to the body named last, and keeps it as written when none is', () => {
    expect(speakers('Google reported record profits on Monday. “We are pleased,” the company said.')).toEqual([{name: 'Google', kind: 'organization', mention: 'the company'}])
    expect(speakers('Senator Ann Lee toured the plant. “We are pleased,” the company said.')).toEqual([{name: 'the company', kind: 'organization', mention: 'the company'}])
  })

  it('does not take a known body opening a sentence before a verb for a person', () => {
    const {entities} = extractQuotes('Google said it would appeal. “We disagree,” a spokesman said.')
    expect(entities.find((entity) => entity.name === 'Google')?.kind).not.toBe('person')
  })
})
