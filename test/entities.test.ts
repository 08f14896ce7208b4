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
})
