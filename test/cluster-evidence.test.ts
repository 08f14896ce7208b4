import {describe, expect, it} from 'vitest'
import {clusterQuotes} from '../src/index.js'
import {
  fragmentSpecificity,
  hasEvidence,
  oneWordSpecificity,
  otherSpeakerSpecificity,
  specificity,
  type SharedTerms
} from '../src/cluster/evidence.js'
import {rarity} from '../src/cluster/similarity.js'

const groups = (clusters: ReturnType<typeof clusterQuotes>) => clusters.map((cluster) => cluster.members.map((member) => member.id).sort())

/** Shared terms of two wordings; weights in units of a word one wording holds, in a collection of `size`. */
const size = 10_000
const unit = rarity(size, 1)
const shared = (fewerTerms: number, moreTerms: number, exact: number, soft = 0, exactUnits = exact, softUnits = 0): SharedTerms => ({
  fewerTerms,
  moreTerms,
  exact,
  soft,
  exactWeight: exactUnits * unit,
  softWeight: softUnits * unit
})

describe('hasEvidence', () => {
  it('joins a one-word wording to the same word, unless two known speakers differ', () => {
    expect(hasEvidence(shared(1, 1, 1), 'unknown', 'overlap', size)).toBe(true)
    expect(hasEvidence(shared(1, 1, 1), 'same', 'overlap', size)).toBe(true)
    expect(hasEvidence(shared(1, 1, 1), 'different', 'overlap', size)).toBe(false)
    // “perversion” / “perverse”: a soft match is not the same word.
    expect(hasEvidence(shared(1, 1, 0, 1, 0, 0.8), 'unknown', 'overlap', size)).toBe(false)
  })

  it('gives a one-word fragment to a longer wording of the same named speaker only', () => {
    expect(hasEvidence(shared(1, 20, 1), 'same', 'fragment', size)).toBe(true)
    // A common word (“new”, “works”) says nothing, whoever said it.
    expect(hasEvidence(shared(1, 20, 1, 0, oneWordSpecificity - 0.1), 'same', 'fragment', size)).toBe(false)
    expect(hasEvidence(shared(1, 20, 1), 'unknown', 'fragment', size)).toBe(false)
    expect(hasEvidence(shared(1, 20, 1), 'different', 'fragment', size)).toBe(false)
    // A one-word wording and a two-word one are not the same words.
    expect(hasEvidence(shared(1, 2, 1), 'same', 'overlap', size)).toBe(false)
  })

  it('asks two matched words for any other join', () => {
    expect(hasEvidence(shared(2, 8, 1, 0, 3), 'same', 'overlap', size)).toBe(false)
    expect(hasEvidence(shared(2, 8, 1, 1, 1, 0.8), 'same', 'overlap', size)).toBe(true)
  })

  it('gives a fragment to another or unknown speaker only when its words are specific', () => {
    expect(hasEvidence(shared(2, 20, 2, 0, fragmentSpecificity - 0.1), 'unknown', 'fragment', size)).toBe(false)
    expect(hasEvidence(shared(2, 20, 2, 0, fragmentSpecificity), 'unknown', 'fragment', size)).toBe(true)
    // The same speaker is evidence enough; two full wordings answer for their words in their overlap.
    expect(hasEvidence(shared(2, 20, 2, 0, 0.5), 'same', 'fragment', size)).toBe(true)
    expect(hasEvidence(shared(3, 4, 2, 0, 0.5), 'unknown', 'overlap', size)).toBe(true)
  })

  it('asks known, different speakers for most of the shorter wording, in specific exact words', () => {
    // “stop killing black people” / “stop pimping black votes”: two common words and a soft match.
    expect(hasEvidence(shared(4, 4, 2, 1, 1.1, 0.5), 'different', 'overlap', size)).toBe(false)
    // “chained CPI” / “accounting gimmicks like chained CPI”.
    expect(hasEvidence(shared(2, 4, 2, 0, 1.8), 'different', 'overlap', size)).toBe(true)
    // Specific words scattered through two long quotes: a topic, not a statement.
    expect(hasEvidence(shared(14, 23, 4, 2, 3), 'different', 'overlap', size)).toBe(false)
    // A slogan in someone else's speech: a fragment needs more.
    expect(hasEvidence(shared(3, 23, 3, 0, 1.8), 'different', 'fragment', size)).toBe(false)
    expect(hasEvidence(shared(3, 23, 3, 0, otherSpeakerSpecificity), 'different', 'fragment', size)).toBe(true)
  })

  it('measures specificity against the collection', () => {
    expect(specificity(rarity(size, 1), size)).toBe(1)
    expect(specificity(rarity(50, 1), 50)).toBe(1)
    expect(specificity(rarity(size, 1000), size)).toBeLessThan(0.4)
  })
})

describe('clusterQuotes: evidence', () => {
  // News of one week: common words (“people”, “stop”, “black”, “work”) stand in several quotes.
  const background = [
    {id: 'budget', text: 'The budget leaves nothing for the schools this year, and people know it.', speaker: 'Ana Costa'},
    {id: 'harbour', text: 'The harbour will reopen once the storm damage is repaired, so people can work again.', speaker: 'Lars Holm'},
    {id: 'league', text: 'Our league needs a fairer way to share the television money; the black market has to stop.', speaker: 'Ruth Obi'},
    {id: 'bridge', text: 'The old bridge is safe for cars but not for heavy trucks, which must stop before it.', speaker: 'Tom Baines'},
    {id: 'museum', text: 'Entry to the city museum will be free on the first Sunday of each month for black and white films.', speaker: 'Nina Petrova'},
    {id: 'rail', text: 'People who work nights need trains that do not stop at midnight.', speaker: 'Omar Haddad'},
    {id: 'votes', text: 'Every vote counts, and the people who count them work hard.', speaker: 'Lena Fischer'},
    {id: 'clinic', text: 'The new clinic opens in March with twelve doctors.', speaker: 'Sara Lind'},
    {id: 'river', text: 'The river rose two metres overnight.', speaker: 'Piet Brouwer'},
    {id: 'airport', text: 'Flights to the coast resume on Friday.', speaker: 'Ines Duarte'},
    {id: 'library', text: 'The library will lend tools as well as books.', speaker: 'Kofi Mensah'}
  ]
  const union = {id: 'union', text: 'We need to find ways to support workers that want a union in their workplace to have fair elections.', speaker: 'Hillary Clinton'}

  it('keeps a one-word quote of an unknown speaker out of another quote that holds the word', () => {
    expect(groups(clusterQuotes([...background, union, {id: 'scare', text: 'workplace'}]))).toContainEqual(['scare'])
  })

  it('gives a one-word quote to a longer quote of the same named speaker', () => {
    expect(groups(clusterQuotes([...background, union, {id: 'word', text: 'workplace,', speaker: 'Clinton'}]))).toContainEqual(['union', 'word'])
  })

  it('joins one-word quotes of the same word, not of two known speakers', () => {
    const found = groups(
      clusterQuotes([
        ...background,
        {id: 'a', text: 'rapists', speaker: 'Donald Trump'},
        {id: 'b', text: 'rapists,'},
        {id: 'c', text: 'losers', speaker: 'Jeb Bush'},
        {id: 'd', text: 'losers.', speaker: 'the crowd'}
      ])
    )
    expect(found).toContainEqual(['a', 'b'])
    expect(found).toContainEqual(['c'])
  })

  it('keeps short quotes of two known speakers that share two common words apart', () => {
    const found = groups(
      clusterQuotes([
        ...background,
        {id: 'march', text: 'stop killing black people', speaker: 'Dana Broad'},
        {id: 'group', text: 'stop pimping black votes', speaker: 'the protest group'}
      ])
    )
    expect(found).toContainEqual(['march'])
  })

  it('joins one statement quoted by two outlets, one naming its speaker and one describing him', () => {
    const found = groups(
      clusterQuotes([
        ...background,
        {id: 'full', text: 'I am trying to save lives and prevent the next terrorist attack.', speaker: 'Donald Trump'},
        {id: 'described', text: 'I am trying to save lives and prevent the next terrorist attack.', speaker: 'the Republican candidate'},
      ])
    )
    expect(found).toContainEqual(['described', 'full'])
  })
})
