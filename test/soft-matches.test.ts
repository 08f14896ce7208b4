import {describe, expect, it} from 'vitest'
import {SoftMatches} from '../src/cluster/soft-matches.js'

describe('SoftMatches', () => {
  it('matches one to one within a comparison and forgets it in the next', () => {
    const matches = new SoftMatches()
    matches.begin([5, 7], 10)
    expect(matches.free(5)).toBe(false) // the other wording holds it: nothing to match softly
    expect(matches.free(3)).toBe(true)
    matches.take(7, 3)
    expect(matches.free(3)).toBe(false) // used once
    expect(matches.used(3)).toBe(true)
    expect(matches.partner(7)).toBe(3)
    matches.begin([7], 10)
    expect(matches.partner(7)).toBe(-1)
    expect(matches.free(3)).toBe(true)
  })

  it('leaves no partner behind after a comparison with nothing to match', () => {
    const matches = new SoftMatches()
    matches.begin([1], 4)
    matches.take(1, 2)
    matches.none()
    expect(matches.partner(1)).toBe(-1)
    expect(matches.used(2)).toBe(false)
  })

  it('grows with the vocabulary', () => {
    const matches = new SoftMatches()
    matches.begin([5000], 5001)
    expect(matches.free(5000)).toBe(false)
    matches.take(4999, 4000)
    expect(matches.partner(4999)).toBe(4000)
  })
})
