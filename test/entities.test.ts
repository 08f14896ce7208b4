import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {namesCompatible, wordKey} from '../src/entities/name-key.js'

describe('entities', () => {
  const text =
    'Russian President Vladimir Putin met Chief Rabbi Berel Lazar on Thursday. ' +
    'Putin thanked the rabbi. “We are grateful,” Lazar said. ' +
    '“It is our duty,” the Russian president replied. “We will go on,” he added.'
  const {entities, quotes} = extractQuotes(text)

  it('groups mentions under the fullest name, with titles as roles', () => {
    const putin = entities.find((entity) => entity.name === 'Vladimir Putin')!
    expect(putin.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']))
    expect(putin.roles).toEqual(expect.arrayContaining(['president', 'russian president']))
    expect(putin.gender).toBe('male')
    expect(entities.find((entity) => entity.name === 'Berel Lazar')!.roles).toContain('chief rabbi')
  })

  it('resolves names, descriptions and pronouns to the canonical name', () => {
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.mention.text])).toEqual([
      ['Berel Lazar', 'Lazar'],
      ['Vladimir Putin', 'the Russian president'],
      ['Vladimir Putin', 'he']
    ])
  })

  it('uses gender to pick the right person for a pronoun', () => {
    const {quotes: found} = extractQuotes('Ms. Grace Obi met Mr. Daniel Park. “We agreed,” she said.')
    expect(found[0]!.speaker?.name).toBe('Grace Obi')
  })

  it('reads a title after the modifiers of a body, and a first name after modifiers, as the start of the name', () => {
    const {entities: found, quotes: said} = extractQuotes(
      'Harbour Board Deputy Chairman Tomas Verhoeven (R-Ore.) told reporters on Monday that he had met the mayor and that “the pier stays open.” ' +
        'Later, Coastal Caucus Member Ingrid Solheim (D-Ore.) disagreed. Asked about the pier, Solheim said “I have not seen the plan,” she said.'
    )
    expect(found.find((entity) => entity.name === 'Tomas Verhoeven')!.roles).toEqual(expect.arrayContaining(['chairman', 'harbour board deputy chairman']))
    expect(found.some((entity) => entity.name === 'Ingrid Solheim')).toBe(true)
    expect(said.map((quote) => quote.speaker?.name)).toEqual(['Tomas Verhoeven', 'Ingrid Solheim'])
    // A first name inside a place, or before a body's word, starts no person.
    const places = extractQuotes('The San Francisco Chronicle said “the pier stays open.”').entities
    expect(places.map((entity) => entity.name)).not.toContain('Francisco Chronicle')
  })

  it('takes a name after a verb and its modifiers as an object, not the subject a pronoun goes back to', () => {
    const {quotes: said} = extractQuotes(
      'Mayor Tom Berger opened the pier on Monday. “It is a good day,” Berger said. ' +
        'The mayor also told radio correspondent Piet Janssen that he believes he “may have saved the town.”'
    )
    expect(said.map((quote) => quote.speaker?.name)).toEqual(['Tom Berger', 'Tom Berger'])
    // The verb must stand in the name's own sentence: “… spoke with Anna. Frank Janssen arrived …” opens with its subject.
    const next = extractQuotes('Tom Berger spoke with Anna. Frank Janssen arrived at the pier an hour later. “We are ready,” he said.')
    expect(next.quotes[0]!.speaker?.name).toBe('Frank Janssen')
  })

  it('gives a surname two people share to the one whose gender the pronoun has', () => {
    const {quotes: said} = extractQuotes(
      'Ines Varga led the firm for six years. She met Frank Varga, her husband, at the airport on Friday. ' +
        'In those last nights, Varga wrote, she began saying to herself “we will get through this.”'
    )
    expect(said[0]!.speaker?.name).toBe('Ines Varga')
  })

  it('reports unnamed sources as such', () => {
    const {quotes: found} = extractQuotes('“Talks will resume,” an Indian delegate said.')
    expect(found[0]!.speaker).toMatchObject({name: 'an Indian delegate', kind: 'unnamed'})
  })

  it('keeps a pronoun that stands for nobody as an unresolved speaker, with its mention and cue, rather than guess', () => {
    const {quotes: found} = extractQuotes('The storm hit at dawn. “Everything is gone,” she said.')
    expect(found[0]!.speaker).toEqual({name: 'she', kind: 'unresolved', mention: {text: 'she', start: 45, end: 48}})
    expect(found[0]!.cue?.text).toBe('said')
  })
})

describe('name keys', () => {
  it('meets transliterations', () => {
    expect(wordKey('Troufanov')).toBe(wordKey('Trufanov'))
    expect(wordKey('Yelena')).toBe(wordKey('Elena'))
    expect(wordKey('Aleksandr')).toBe(wordKey('Alexander'))
    expect(namesCompatible('Putin', 'Vladimir Putin')).toBe(true)
    expect(namesCompatible('Vladimir Putin', 'Anna Berg')).toBe(false)
    expect(namesCompatible('Elena Troufanova', 'Alexander Troufanov')).toBe(false)
  })

  it('keys an ASCII word without normalising it, as the normalising reading does', () => {
    // The key as first written: every word decomposed, its marks dropped, lowercased, letters a–z kept, then folded.
    const folds: Array<[RegExp, string]> = [[/^ye/, 'e'], [/^yu/, 'u'], [/^ya/, 'a'], [/tch/g, 'ch'], [/dzh/g, 'j'], [/sch/g, 'sh'], [/kh/g, 'h'], [/ph/g, 'f'], [/ck/g, 'k'], [/x/g, 'ks'], [/q/g, 'k'], [/c(?=[eiy])/g, 's'], [/c(?!h)/g, 'k'], [/w/g, 'v'], [/j/g, 'y']]
    const reference = (word: string) => {
      let value = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '')
      if (!value) return word.toLowerCase()
      for (const [pattern, replacement] of folds) value = value.replace(pattern, replacement)
      return (value[0]! + value.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1')
    }
    const unit = fc.constantFrom(...'abcXYZkhqcwjyeiou’-é\u0301ÇŁİı'.split(''))
    fc.assert(fc.property(fc.string({unit, minLength: 1, maxLength: 12}), (word) => wordKey(word) === reference(word)))
    expect(['Costa', 'COSTA', 'Kostya', 'Čosta', 'İlhan'].map(wordKey)).toEqual(['Costa', 'COSTA', 'Kostya', 'Čosta', 'İlhan'].map(reference))
  })
})
