import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {nameKind} from '../src/entities/kind.js'

const speaker = (text: string) => extractQuotes(text).quotes[0]?.speaker ?? null

describe('nameKind', () => {
  it('types places, nationalities, bodies and people', () => {
    expect(nameKind('Nova Scotia', false)).toBe('place')
    expect(nameKind('Dallas', false)).toBe('place')
    expect(nameKind('Mexican', false)).toBe('other')
    expect(nameKind('Republican', false)).toBe('other')
    expect(nameKind('Justice Department', false)).toBe('organization')
    expect(nameKind('NATO', false)).toBe('organization')
    expect(nameKind('Amina Yusuf', false)).toBe('person')
    expect(nameKind('Dallas', true)).toBe('person')
  })
})

describe('names that cannot speak', () => {
  it('never gives a quote to a place', () => {
    expect(speaker('Back in Nevada, he called the ruling “a disgrace.”')?.name).not.toBe('Nevada')
    expect(speaker('Flooding in Nova Scotia was “the worst in memory,” officials said.')?.name).toBe('officials')
    expect(speaker('The storm that hit Dallas was “a monster,” said forecaster Lou Grant.')?.name).toBe('Lou Grant')
  })

  it('never gives a quote to a nationality or a bare modifier', () => {
    expect(speaker('Critics mocked the Mexican “solution” to the crisis.')?.name).not.toBe('Mexican')
    expect(speaker('Ana Ruiz dismissed the GOP state leaders as “obsessed.”')?.name).toBe('Ana Ruiz')
    expect(speaker('The Obama administration called it “a good deal,” said analyst Tim Cole.')?.name).toBe('Tim Cole')
  })

  it('lets a place that is the subject of a reporting verb speak', () => {
    expect(speaker('“We will not back down,” Israel said in a statement.')?.name).toBe('Israel')
    expect(speaker('“This is a step forward,” said Bolton.')?.name).toBe('Bolton')
    expect(speaker('“No,” said Carla Washington.')?.name).toBe('Carla Washington')
  })

  it('reads the head of a premodified noun phrase as the speaker', () => {
    expect(speaker('“We were outworked,” said Oilers head coach Ken Hitchcock.')?.name).toBe('Ken Hitchcock')
    expect(speaker('“It is a scripted show,” said Virginia delegate Beau Correll.')?.name).toBe('Beau Correll')
    expect(speaker('“The polls are tight,” Texas pollster Dan Ames said.')?.name).toBe('Dan Ames')
  })
})

describe('pronoun salience', () => {
  it('prefers a subject introduced since the last quote over the previous speaker', () => {
    const text = 'Senator Tom Hale spoke first. “We need this bill,” Hale said. Mary Nicholson, a farmer from the valley, agreed with the plan. “It will save my farm,” she said.'
    expect(extractQuotes(text).quotes.map((quote) => quote.speaker?.name)).toEqual(['Tom Hale', 'Mary Nicholson'])
    const two = 'Coach Ed Ruiz praised the defence. “We were solid,” Ruiz said. Captain Leo Martins disagreed. “We were lucky,” he said.'
    expect(extractQuotes(two).quotes.map((quote) => quote.speaker?.name)).toEqual(['Ed Ruiz', 'Leo Martins'])
  })

  it('never gives she to a man named by a title: the pronoun stays unresolved', () => {
    const text = 'Mr. Paul Stone chaired the session. “It is over,” she said.'
    const quote = extractQuotes(text).quotes[0]!
    expect(quote.speaker).toMatchObject({kind: 'unresolved', name: 'she'})
  })

  it('does not take an antecedent from a photo credit or caption line', () => {
    const text = 'Protesters gather outside city hall (AP Photo/John Locher)\n\nThe crowd grew through the night. “We are not leaving,” he said.'
    expect(extractQuotes(text).quotes[0]!.speaker?.name).not.toBe('John Locher')
  })
})
