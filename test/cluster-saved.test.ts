import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ClusterIndex, clusterQuotes} from '../src/index.js'
import type {ClusterItem} from '../src/types.js'

const groups = (clusters: ReturnType<typeof clusterQuotes>) => clusters.map((cluster) => cluster.members.map((member) => member.id).sort())

// Statements of a few speakers on a few subjects, each in a few wordings: enough shared words that
// placement depends on what the index holds.
const subjects = ['pipeline', 'harbour', 'budget', 'ceasefire', 'stadium', 'museum', 'tribunal', 'vaccine']
const verbs = ['will open', 'must close', 'cannot fund', 'should expand', 'may delay', 'has doubled']
const tails = ['next winter', 'before the election', 'for the families', 'despite the storm', 'within a month', 'after the talks']
const speakers = ['Ann Lee', 'Bob Ray', 'the minister', null]

const arbitraryItems = fc
  .array(fc.tuple(fc.nat(subjects.length - 1), fc.nat(verbs.length - 1), fc.nat(tails.length - 1), fc.nat(speakers.length - 1), fc.boolean()), {minLength: 2, maxLength: 60})
  .map((draws) =>
    draws.map(([subject, verb, tail, speaker, short], at): ClusterItem => ({
      id: `q${at}`,
      text: short ? `the ${subjects[subject]} ${verbs[verb]}` : `We said the ${subjects[subject]} ${verbs[verb]} ${tails[tail]}, and the ${subjects[(subject + 1) % subjects.length]} too.`,
      speaker: speakers[speaker]
    }))
  )

// Found by the property below: identical wordings whose shared weight, summed in another order,
// came to 1.0000000000000002 of their total, which `fromJSON` then refused.
const roundingExample: ClusterItem[] = [
  {id: 'q0', text: 'We said the pipeline will open before the election, and the harbour too.', speaker: 'Ann Lee'},
  {id: 'q1', text: 'the tribunal must close', speaker: 'Ann Lee'},
  {id: 'q2', text: 'We said the museum will open next winter, and the tribunal too.', speaker: 'Ann Lee'},
  {id: 'q3', text: 'We said the museum will open next winter, and the tribunal too.', speaker: 'Ann Lee'},
  {id: 'q4', text: 'We said the pipeline will open next winter, and the harbour too.', speaker: 'Ann Lee'},
  {id: 'q5', text: 'We said the pipeline will open next winter, and the harbour too.', speaker: 'Ann Lee'}
]

describe('ClusterIndex saved and resumed', () => {
  it('gives the clusters of an uninterrupted run when saved and loaded between batches', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.nat(), fc.boolean(), (items, cut, single) => {
        const at = cut % items.length
        const add = (index: ClusterIndex, batch: ClusterItem[]) => (single ? batch.forEach((item) => index.add(item)) : index.addAll(batch))
        const straight = new ClusterIndex()
        add(straight, items.slice(0, at))
        add(straight, items.slice(at))
        const first = new ClusterIndex()
        add(first, items.slice(0, at))
        const resumed = ClusterIndex.fromJSON(JSON.parse(JSON.stringify(first)))
        add(resumed, items.slice(at))
        expect(resumed.clusters()).toEqual(straight.clusters())
        expect(JSON.stringify(resumed)).toBe(JSON.stringify(straight))
      }),
      {numRuns: 150, examples: [[roundingExample, 812112286, false]]}
    )
  })

  it('saves a similarity summed to just over 1 by rounding as 1, so that it loads', () => {
    const index = new ClusterIndex()
    index.addAll(roundingExample.slice(0, 4))
    const saved = JSON.parse(JSON.stringify(index)) as {items: Array<{similarity: number}>}
    for (const item of saved.items) expect(item.similarity).toBeLessThanOrEqual(1)
    expect(() => ClusterIndex.fromJSON(saved)).not.toThrow()
  })

  const saved = () => {
    const index = new ClusterIndex()
    index.addAll([
      {id: 'a', text: 'Energy prices will fall next winter because the new pipeline doubles our gas supply.', speaker: 'Jürgen Vogel'},
      {id: 'b', text: 'Energy costs are going to drop next winter, since the new pipeline will double our supply of gas.', speaker: 'Juergen Vogel'},
      {id: 'c', text: 'The harbour will reopen once the storm damage is repaired.', speaker: 'Lars Holm'}
    ])
    return JSON.parse(JSON.stringify(index))
  }

  it('loads a save of version 2, each item’s neighbourhood as its eight best similarities', () => {
    const data = saved()
    data.version = 2
    for (const item of data.items) {
      item.neighbourhood = 0.25
      delete item.nearest
    }
    const index = ClusterIndex.fromJSON(data)
    expect(groups(index.clusters())).toEqual([['a', 'b'], ['c']])
    expect(index.toJSON().version).toBe(3)
    // Kept in 65,535ths.
    for (const value of index.toJSON().items[0]!.nearest) expect(value).toBeCloseTo(0.25, 4)
    expect(() => ClusterIndex.fromJSON({...data, items: [{...data.items[0], neighbourhood: 2}, ...data.items.slice(1)]})).toThrow(/`items\[0\]\.neighbourhood` must be a number from 0 to 1/)
  })

  it('updates an older wording’s best similarities when a single `add` meets it, as a batch would', () => {
    const first = {id: 'a', text: 'Energy prices will fall next winter because the new pipeline doubles our gas supply.'}
    const second = {id: 'b', text: 'Energy costs are going to drop next winter, since the new pipeline will double our supply of gas.'}
    const one = new ClusterIndex()
    one.add(first)
    expect(one.toJSON().items[0]!.nearest).toEqual([])
    one.add(second)
    const batch = new ClusterIndex()
    batch.addAll([first, second])
    const [alone] = one.toJSON().items[0]!.nearest
    // The same pair, scored from the other side (synonyms are matched from the marked wording's side).
    expect(alone).toBeCloseTo(batch.toJSON().items[0]!.nearest[0]!, 2)
    expect(one.toJSON().items[0]!.nearest).toHaveLength(1)
    expect(groups(one.clusters())).toEqual(groups(batch.clusters()))
  })

  it('loads what it saved', () => {
    expect(groups(ClusterIndex.fromJSON(saved()).clusters())).toEqual([['a', 'b'], ['c']])
  })

  it('refuses a corrupt save, naming the field', () => {
    const broken = (edit: (data: any) => void) => {
      const data = saved()
      edit(data)
      return () => ClusterIndex.fromJSON(data)
    }
    expect(broken((data) => (data.clusters[0].representative = -1))).toThrow(/`clusters\[0\]\.representative` must be one of its members, not `-1`/)
    expect(broken((data) => (data.clusters[0].representative = 2))).toThrow(/`clusters\[0\]\.representative`/)
    expect(broken((data) => (data.items[1].similarity = 'x'))).toThrow(/`items\[1\]\.similarity` must be a number from 0 to 1, not `"x"`/)
    expect(broken((data) => (data.items[1].similarity = -5))).toThrow(/`items\[1\]\.similarity`/)
    expect(broken((data) => (data.items[1].similarity = 1e308))).toThrow(/`items\[1\]\.similarity`/)
    expect(broken((data) => (data.items[0].nearest = [Number.NaN]))).toThrow(/`items\[0\]\.nearest` must be numbers from 0 to 1, highest first/)
    expect(broken((data) => (data.items[0].nearest = [0.1, 0.2]))).toThrow(/`items\[0\]\.nearest` must be numbers from 0 to 1, highest first, not `\[0.1,0.2\]`/)
    expect(broken((data) => (data.items[0].nearest = Array.from({length: 9}, () => 0.1)))).toThrow(/`items\[0\]\.nearest` must be an array of at most 8 numbers/)
    expect(broken((data) => delete data.items[0].nearest)).toThrow(/`items\[0\]\.nearest`/)
    expect(broken((data) => data.items.pop())).toThrow(/`clusters\[1\]\.members` must be item numbers, not `2`/)
    expect(broken((data) => data.clusters.pop())).toThrow(/`items\[2\]` must be in a cluster/)
    expect(broken((data) => data.clusters[1].members.push(0))).toThrow(/`clusters\[1\]\.members` must be items in no other cluster, not `0`/)
    expect(broken((data) => (data.items[0].speaker = 5))).toThrow(/`items\[0\]\.speaker` must be a string or null/)
    expect(broken((data) => (data.items[1].id = 'a'))).toThrow(/`items\[1\]\.id` must be unique/)
    expect(broken((data) => (data.options.maxPostings = 1e9))).toThrow(/`maxPostings` in saved options must be a whole number from 1 to 1024, not `1000000000`/)
    expect(broken((data) => (data.options.treshold = 0.2))).toThrow(/Unknown key `treshold` in saved options/)
    expect(broken((data) => (data.version = 1))).toThrow(/saved in version 1 of the format, this whosaid reads version 3/)
    expect(() => ClusterIndex.fromJSON(null)).toThrow(/Not a whosaid cluster index/)
  })
})

describe('clusterQuotes misuse', () => {
  it('rejects unknown option keys and options that are not an object', () => {
    expect(() => clusterQuotes([], {treshold: 0.9} as never)).toThrow(/Unknown key `treshold` in options, expected one of `threshold`/)
    expect(() => clusterQuotes([], 'strict' as never)).toThrow(/Expected an object as options, not `"strict"`/)
    expect(() => clusterQuotes([], {margin: 2})).toThrow(/`margin` in options must be a number from 0 to 1, not `2`/)
    expect(() => clusterQuotes([], {synonyms: 'yes' as never})).toThrow(/`synonyms` in options must be a boolean/)
    expect(() => clusterQuotes([], {spellings: 1 as never})).toThrow(/`spellings` in options must be a boolean, not `1`/)
  })

  it('names a speaker or document that is not a string', () => {
    expect(() => clusterQuotes([{id: 'a', text: 'x', speaker: 5 as never}])).toThrow(/Expected a string or null as `speaker` of item `a`, not `5`/)
    expect(() => clusterQuotes([{id: 'a', text: 'x', document: {} as never}])).toThrow(/`document` of item `a`/)
  })

  it('reads one wording of many distinct words in linear time', () => {
    // 320,000 distinct words took 22 s when each word was checked against every word found before.
    const words = (count: number) => Array.from({length: count}, (_, at) => `w${at.toString(36)}x`).join(' ')
    const time = (count: number) => {
      const text = words(count)
      const start = performance.now()
      clusterQuotes([{id: 'long', text}, {id: 'short', text: 'w1x w2x w3x'}])
      return performance.now() - start
    }
    time(5000)
    const small = time(20_000)
    const large = time(160_000)
    // Eight times the words: linear is about 8 times the time, quadratic 64.
    expect(large / small).toBeLessThan(24)
  })
})
