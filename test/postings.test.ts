import {describe, expect, it} from 'vitest'
import {Postings} from '../src/cluster/postings.js'
import {blockSize, Blocks} from '../src/cluster/blocks.js'

const newest = (postings: Postings, term: number) =>
  Array.from({length: Math.min(postings.length(term), postings.ring)}, (_, back) => postings.at(term, back))

describe('Postings', () => {
  it('reads the clusters of a term newest first, a repeat of the newest posted once', () => {
    const postings = new Postings(32)
    for (const cluster of [4, 4, 9, 2, 2]) postings.add(7, cluster)
    expect(postings.length(7)).toBe(3)
    expect(newest(postings, 7)).toEqual([2, 9, 4])
    expect(postings.length(8)).toBe(0)
    expect(postings.length(1_000_000)).toBe(0)
  })

  it('keeps the newest `keep` (a power of two) and counts the rest', () => {
    const postings = new Postings(5)
    expect(postings.ring).toBe(8)
    for (let cluster = 0; cluster < 100; cluster++) postings.add(3, cluster)
    expect(postings.length(3)).toBe(100)
    expect(newest(postings, 3)).toEqual([99, 98, 97, 96, 95, 94, 93, 92])
  })

  it('keeps terms apart while their blocks grow and are reused', () => {
    const postings = new Postings(32)
    const expected = new Map<number, number[]>()
    // Interleaved, so that outgrown blocks are freed and taken again by other terms.
    for (let round = 0; round < 40; round++) {
      for (let term = 0; term < 50; term++) {
        if ((term + round) % 3 === 0) continue
        const cluster = round * 100 + term
        postings.add(term, cluster)
        expected.set(term, [cluster, ...(expected.get(term) ?? [])].slice(0, 32))
      }
    }
    for (const [term, clusters] of expected) expect(newest(postings, term)).toEqual(clusters)
  })
})

describe('Blocks', () => {
  it('hands out blocks that do not overlap, and reuses a block given back for the same size', () => {
    const blocks = new Blocks()
    const a = blocks.take(4)
    const b = blocks.take(4)
    expect(Math.abs(a - b)).toBeGreaterThanOrEqual(4)
    blocks.pool.set([1, 2, 3, 4], a)
    const grown = blocks.grow(a, 3, 8)
    expect([...blocks.pool.subarray(grown, grown + 3)]).toEqual([1, 2, 3])
    // The outgrown block of 4 is the next one of that size.
    expect(blocks.take(4)).toBe(a)
    expect(blockSize(1)).toBe(2)
    expect(blockSize(5)).toBe(8)
    expect(blockSize(8)).toBe(8)
  })
})
