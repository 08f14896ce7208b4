import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clusterScores, matchQuotes, prf, type Gold} from '../src/evaluation.js'

const corpus = new URL('../corpus/', import.meta.url)

describe('evaluation', () => {
  it('matches quotes that overlap by half of each, one to one', () => {
    expect(matchQuotes([{start: 0, end: 10}, {start: 20, end: 22}], [{start: 2, end: 10}, {start: 20, end: 30}])).toEqual([[0, 0]])
  })

  it('computes precision, recall, F1 and cluster scores', () => {
    expect(prf(1, 2, 4)).toEqual({precision: 0.5, recall: 0.25, f1: 1 / 3})
    const scores = clusterScores([
      {statement: 'A', cluster: 'c1', key: '1'},
      {statement: 'A', cluster: 'c1', key: '2'},
      {statement: 'B', cluster: 'c1', key: '3'}
    ])
    expect(scores.pairwise).toEqual({precision: 1 / 3, recall: 1, f1: 0.5})
  })

  it('ships a gold annotation whose offsets slice to its texts', () => {
    const gold = JSON.parse(readFileSync(new URL('gold.json', corpus), 'utf8')) as Gold
    let count = 0
    for (const [name, quotes] of Object.entries(gold.documents)) {
      const source = readFileSync(new URL(name, corpus), 'utf8')
      for (const quote of quotes) {
        expect(source.slice(quote.start, quote.end)).toBe(quote.text)
        count++
      }
    }
    expect(count).toBe(33)
  })

  it('is a faithful conversion of the shared seeds annotation, when it is there', () => {
    const shared = new URL('../../shared/seeds/gold.json', import.meta.url)
    let original
    try {
      original = JSON.parse(readFileSync(shared, 'utf8'))
    } catch {
      return
    }
    const gold = JSON.parse(readFileSync(new URL('gold.json', corpus), 'utf8')) as Gold
    for (const [name, quotes] of Object.entries(original.documents as Record<string, Array<Record<string, unknown>>>)) {
      expect(gold.documents[name]!.map(({text, kind, speaker, statement}) => ({text, kind, speaker, statement}))).toEqual(
        quotes.map(({text, kind, speaker, statement}) => ({text, kind, speaker, statement}))
      )
    }
  })
})
