import {describe, expect, it} from 'vitest'
import {PairIndex, pairKey} from '../src/cluster/pairs.js'

/** Every term held by several wordings. */
const shared = new Int32Array(1_100_000).fill(2)

const collect = (index: PairIndex, terms: number[], frequencies: ArrayLike<number> = shared) => {
  const {out, count} = index.collect(terms, new Int32Array(2), frequencies)
  const found: Array<[number, number]> = []
  for (let at = 0; at < count; at += 2) found.push([out[at]!, out[at + 1]!])
  return found
}

describe('PairIndex', () => {
  it('finds the clusters holding a pair of neighbours, in either order, newest first', () => {
    const index = new PairIndex(16)
    index.add([1, 2, 3], 0, shared)
    index.add([9, 3, 2], 1, shared)
    index.add([4, 5], 2, shared)
    // Pair (2, 3) is held by clusters 0 and 1 (reversed there); (3, 4) by nobody.
    expect(collect(index, [2, 3, 4])).toEqual([
      [1, 1],
      [0, 1]
    ])
    expect(pairKey(2, 3)).toBe(pairKey(3, 2))
  })

  it('posts a cluster once per pair however many members hold it', () => {
    const index = new PairIndex(16)
    index.add([1, 2], 7, shared)
    index.add([1, 2], 7, shared)
    expect(collect(index, [1, 2])).toEqual([[7, 1]])
  })

  it('skips a pair held by more clusters than its limit (a stock phrase)', () => {
    const index = new PairIndex(3)
    for (let cluster = 0; cluster < 10; cluster++) index.add([1, 2, 100 + cluster], cluster, shared)
    expect(collect(index, [1, 2])).toEqual([])
    // The rarer neighbour pair still counts.
    expect(collect(index, [2, 105])).toEqual([[5, 1]])
  })

  it('keeps every entry through growth', () => {
    const index = new PairIndex(4)
    for (let cluster = 0; cluster < 50_000; cluster++) index.add([cluster, cluster + 1_000_000], cluster, shared)
    for (const cluster of [0, 16_383, 16_384, 49_999]) expect(collect(index, [cluster + 1_000_000, cluster])).toEqual([[cluster, 1]])
  })

  it('neither posts nor looks up a pair with a term no other wording holds', () => {
    const index = new PairIndex(16)
    const frequencies = shared.slice()
    frequencies[3] = 1
    index.add([1, 2, 3], 0, frequencies)
    expect(collect(index, [1, 2, 3], frequencies)).toEqual([[0, 1]])
    // Once term 3 is held twice, a pair with it is posted and found.
    index.add([2, 3], 1, shared)
    expect(collect(index, [2, 3])).toEqual([[1, 1]])
  })

  it('reads a wording in place in a pool of terms, counting its pairs from its start', () => {
    const index = new PairIndex(16)
    const pool = [9, 9, 1, 2, 3, 9, 7, 2, 3, 4]
    index.add(pool, 0, shared, 2, 5)
    index.add(pool, 1, shared, 6, 10)
    const {out, count} = index.collect(pool, new Int32Array(2), shared, 1, 5)
    // Pool 1 … 5 is [9, 1, 2, 3]: (1, 2) at 2 held by 0; (2, 3) at 3 held by 1, then 0.
    expect(Array.from(out.subarray(0, count))).toEqual([0, 2, 1, 3, 0, 3])
    // Nothing of 9 was posted: the pairs at the ends of the wordings in the pool are theirs alone.
    expect(collect(index, [9, 1])).toEqual([])
    expect(collect(index, [3, 9])).toEqual([])
  })
})
