// The clustering's typed-array structures read back what was put in, past their growth points.
import {describe, expect, it} from 'vitest'
import {ClusterIndex} from '../src/index.js'
import {Postings} from '../src/cluster/postings.js'
import {Scorer} from '../src/cluster/scorer.js'
import {hashSpan, missing, SpanTable} from '../src/cluster/span-table.js'
import {SoftTerms} from '../src/cluster/soft-terms.js'
import {Spellings} from '../src/cluster/spellings.js'
import {Wordings} from '../src/cluster/wordings.js'

describe('SpanTable', () => {
  it('finds every word where it stands, with values from -1 up, after growing', () => {
    const table = new SpanTable()
    const words = Array.from({length: 10_000}, (_, at) => `w${at.toString(36)}`)
    // -1 (a function word) and 0 are values like any other.
    words.forEach((word, at) => table.set(word, at - 1))
    expect(table.size).toBe(words.length)
    const text = ` ${words.join(' ')} `
    let start = 1
    for (const [at, word] of words.entries()) {
      expect(table.get(text, start, start + word.length, hashSpan(text, start, start + word.length))).toBe(at - 1)
      start += word.length + 1
    }
    expect(table.get('zz0', 0, 3, hashSpan('zz0', 0, 3))).toBe(missing)
  })

  it('tells apart words that share their first characters, short, long, or with one outside ASCII', () => {
    const table = new SpanTable()
    // Packed in the slot (up to 8 ASCII characters), or compared as strings (longer, or with “’”, “é”).
    const words = ['ab', 'abcd', 'abcde', 'abcdefgh', 'abcdefghi', 'abcdefghij', 'abcd’s', 'abcd’t', 'ab’s', 'abcdé', 'abcdè', 'abcdefgé']
    words.forEach((word, at) => table.set(word, at))
    const text = words.join(' ')
    let start = 0
    for (const [at, word] of words.entries()) {
      expect(table.get(text, start, start + word.length, hashSpan(text, start, start + word.length))).toBe(at)
      start += word.length + 1
    }
    for (const other of ['abc', 'abcdefg', 'abcdefgx', 'abcd’x', 'abcdê', 'abcdefghx']) expect(table.get(other, 0, other.length, hashSpan(other, 0, other.length))).toBe(missing)
  })
})

describe('Postings', () => {
  it('copies the newest entries of a term at an offset, as `at` reads them one by one', () => {
    const postings = new Postings(32)
    for (let cluster = 0; cluster < 50; cluster++) postings.add(cluster % 3, cluster)
    for (let term = 0; term < 3; term++) {
      const read = Math.min(postings.length(term), postings.ring)
      const out = new Int32Array(read + 5)
      postings.newest(term, read, out, 5)
      expect(Array.from(out.subarray(5))).toEqual(Array.from({length: read}, (_, back) => postings.at(term, back)))
      // What a search touches first: the newest entry.
      expect(postings.touch(term)).toBe(postings.at(term, 0))
    }
    expect(postings.touch(3)).toBe(0)
    expect(postings.touch(1_000_000)).toBe(0)
  })
})

describe('Wordings', () => {
  it('keeps each wording’s terms between its start and the next one’s, and its weights', () => {
    const wordings = new Wordings()
    wordings.add({id: 'a', text: 'zeppelin hangar cathedral'})
    wordings.add({id: 'b', text: 'the of and'})
    wordings.add({id: 'c', text: 'hangar'})
    expect(Array.from(wordings.terms(0)).length).toBe(3)
    expect(wordings.terms(1).length).toBe(0)
    expect(Array.from(wordings.terms(2))).toEqual([wordings.terms(0)[1]])
    const sum = Array.from(wordings.terms(0), (term) => wordings.weight(term)).reduce((a, b) => a + b)
    expect(wordings.itemWeight(0)).toBe(sum)
    // Each term once per pair of neighbours it is in: the ends once, the middle twice.
    const [first, middle, last] = Array.from(wordings.terms(0), (term) => wordings.weight(term))
    expect(wordings.pairWeight(0)).toBeCloseTo(first! + 2 * middle! + last!, 12)
    expect(wordings.pairWeight(2)).toBe(0)
    // Weights follow the collection as it grows.
    const before = wordings.itemWeight(2)
    wordings.add({id: 'd', text: 'cathedral'})
    expect(wordings.itemWeight(2)).not.toBe(before)
  })

  it('copies a wording’s terms into a scratch view of their length, and their weights, as `terms` and `weight` give them', () => {
    const wordings = new Wordings()
    const long = Array.from({length: 200}, (_, at) => `zork${at.toString(36)}x`).join(' ')
    for (const [at, text] of ['zeppelin hangar cathedral', 'the of and', long, 'hangar'].entries()) wordings.add({id: `w${at}`, text})
    for (let index = 0; index < wordings.size; index++) expect(Array.from(wordings.scratchTerms(index))).toEqual(Array.from(wordings.terms(index)))
    expect(wordings.scratchTerms(3).length).toBe(1)
    // The weights of a wording's terms in one call, as `weight` gives them one by one.
    const weights = new Float64Array(200)
    expect(wordings.weightsOf(0, weights)).toBe(3)
    expect(Array.from(weights.subarray(0, 3))).toEqual(Array.from(wordings.terms(0), (term) => wordings.weight(term)))
  })
})

describe('SoftTerms', () => {
  it('says whether some signal may match some term, asking each signal once per term', () => {
    const asked: number[] = []
    const soft = new SoftTerms([{has: (term) => (asked.push(term), term === 2000)}, {has: (term) => term === 7}])
    expect(soft.any([1, 3])).toBe(false)
    expect(soft.any([1, 3, 2000])).toBe(true)
    expect(soft.any([7])).toBe(true)
    expect(soft.any([])).toBe(false)
    expect(asked).toEqual([1, 3, 2000, 7])
  })
})

describe('Scorer', () => {
  it('finds every shared term and pair of a long wording (more terms than its first table holds)', () => {
    const wordings = new Wordings()
    const words = Array.from({length: 300}, (_, at) => `word${at.toString(36)}x`)
    wordings.add({id: 'long', text: words.join(' ')})
    wordings.add({id: 'same', text: words.join(' ')})
    wordings.add({id: 'half', text: words.slice(0, 150).join(' ')})
    const scorer = new Scorer(wordings, 0.25)
    scorer.mark(0)
    expect(scorer.compare(1).words).toBeCloseTo(1, 12)
    expect(scorer.compare(1).pairs).toBeCloseTo(1, 12)
    expect(scorer.compare(2).contained).toBeCloseTo(1, 12)
    // The other way round: the long one is marked as the short one's container.
    scorer.mark(2)
    expect(scorer.compare(0).contained).toBeCloseTo(1, 12)
  })
})

describe('Spellings', () => {
  it('matches a stem one edit away among many terms, each term’s keys looked up once', () => {
    const wordings = new Wordings()
    const filler = Array.from({length: 3000}, (_, at) => `filler${at.toString(36).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`)
    // The fillers are in both (so never matched by spelling): only the names are left to match.
    wordings.add({id: 'a', text: `${filler.join(' ')} Sassuolo`})
    wordings.add({id: 'b', text: `Sasuolo ${filler.join(' ')}`})
    const spellings = new Spellings(wordings)
    const marked = new Set(wordings.terms(0))
    spellings.mark(wordings.terms(0))
    const added = spellings.shared(wordings.terms(1), (term) => marked.has(term))
    expect(added).toBeGreaterThan(0)
    const stems = wordings.vocabulary.stems
    expect(stems[spellings.partner(wordings.terms(1)[0]!)]).toBe(stems[wordings.terms(0).at(-1)!])
    expect(stems[wordings.terms(1)[0]!]).toBe('sasuolo')
  })
})

describe('ClusterIndex#clusters', () => {
  it('orders clusters by their first member and members in input order, each wording once', () => {
    const index = new ClusterIndex()
    const texts = ['alpha beta gamma delta epsilon', 'zeta eta theta iota kappa', 'alpha beta gamma delta epsilon', 'lambda mu nu xi omicron', 'zeta eta theta iota kappa']
    // Added out of order of their statements, in two batches and one by one.
    index.addAll(texts.slice(0, 2).map((text, at) => ({id: `i${at}`, text})))
    for (let at = 2; at < texts.length; at++) index.add({id: `i${at}`, text: texts[at]!})
    const clusters = index.clusters()
    expect(clusters.map((cluster) => cluster.members.map((member) => member.id))).toEqual([['i0', 'i2'], ['i1', 'i4'], ['i3']])
    expect(clusters.map((cluster) => cluster.id)).toEqual(['c1', 'c2', 'c3'])
  })
})
