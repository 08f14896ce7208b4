import {describe, expect, it} from 'vitest'
import {clusterQuotes} from '../src/index.js'
import {Scorer} from '../src/cluster/scorer.js'
import {Derivations, derivationKeys} from '../src/cluster/derivations.js'
import {Spellings, spellingKeys} from '../src/cluster/spellings.js'
import {Synonyms} from '../src/cluster/synonyms.js'
import {Vocabulary} from '../src/cluster/features.js'
import {Wordings} from '../src/cluster/wordings.js'

const groups = (clusters: ReturnType<typeof clusterQuotes>) => clusters.map((cluster) => cluster.members.map((member) => member.id).sort())

// Three outlets report a fisheries minister's remarks, translated from French: full wordings in two
// translations, a fragment in a third, and other remarks of the same minister on the same dispute.
const fisheries = [
  {id: 'blackmail-bow', speaker: 'Annick Girardin', text: 'France will not bow to blackmail. Our fishermen have rights, and we will defend them in every port.'},
  {id: 'blackmail-yield', speaker: 'Annick Girardin', text: 'France will not yield to blackmail. Our fishermen have their rights and we are going to defend them at every port.'},
  {id: 'blackmail-give-in', speaker: 'Girardin', text: 'France will not give in to blackmail,'},
  {id: 'measures-every', speaker: 'Annick Girardin', text: 'We will take every necessary measure — and I do mean every one — to protect our fishermen.'},
  {id: 'measures-all', speaker: 'the minister', text: 'We will adopt all the necessary measures, and I mean all of them, to protect our fishermen.'},
  {id: 'licences-other', speaker: 'Annick Girardin', text: 'Our fishermen have waited too long for the licences that London promised them.'},
  {id: 'partners-other', speaker: 'Annick Girardin', text: 'The measures against British boats will be decided with our European partners.'},
  {id: 'ports-other', speaker: 'Annick Girardin', text: 'British boats may be barred from landing their catch in French ports next week.'}
]

describe('translation variants a reader would join', () => {
  const found = groups(clusterQuotes(fisheries))

  it('joins translations that choose other words for one meaning, and a fragment in a third', () => {
    expect(found).toContainEqual(['blackmail-bow', 'blackmail-give-in', 'blackmail-yield'])
    expect(found).toContainEqual(['measures-all', 'measures-every'])
  })

  it('keeps near-topic statements of the same speaker apart', () => {
    expect(found).toContainEqual(['licences-other'])
    expect(found).toContainEqual(['partners-other'])
    expect(found).toContainEqual(['ports-other'])
  })

  it('needs the synonyms for the fragment', () => {
    expect(groups(clusterQuotes(fisheries, {synonyms: false}))).toContainEqual(['blackmail-give-in'])
  })

  it('does not chain: a wording joins a statement it fits as a whole', () => {
    // b shares half of a's words and half of c's; a and c share little. Single links would join all three.
    const background = Array.from({length: 6}, (_, at) => ({id: `bg${at}`, text: `The ${['harbour', 'museum', 'bridge', 'league', 'budget', 'school'][at]} will reopen after the ${['storm', 'strike', 'repairs', 'season', 'audit', 'holidays'][at]}.`}))
    const a = {id: 'a', text: 'The pipeline doubles our gas supply and lowers winter prices for every family.'}
    const b = {id: 'b', text: 'The pipeline doubles our gas supply, and the new harbour terminal brings tankers from Qatar.'}
    const c = {id: 'c', text: 'The new harbour terminal brings tankers from Qatar and jobs for the port towns.'}
    // Each pair alone is close enough to join…
    expect(groups(clusterQuotes([...background, a, b]))).toContainEqual(['a', 'b'])
    expect(groups(clusterQuotes([...background, b, c]))).toContainEqual(['b', 'c'])
    // …but b does not bridge a and c.
    const result = groups(clusterQuotes([...background, a, b, c]))
    expect(result.find((group) => group.includes('b'))).not.toEqual(['a', 'b', 'c'])
  })
})

describe('Scorer', () => {
  it('returns the parts of a similarity: words, synonyms, word order', () => {
    const wordings = new Wordings()
    const bow = wordings.add({id: 'bow', text: 'France will not bow to blackmail'})
    const yieldTo = wordings.add({id: 'give-in', text: 'France will not give in to blackmail'})
    const plain = new Scorer(wordings, 0.25)
    plain.mark(bow)
    const without = {...plain.compare(yieldTo)}
    expect(without.synonyms).toBe(0)
    const soft = new Scorer(wordings, 0.25, new Synonyms(wordings))
    soft.mark(bow)
    const parts = soft.compare(yieldTo)
    expect(parts.synonyms).toBeGreaterThan(0)
    expect(parts.words).toBeGreaterThan(without.words)
    expect(parts.pairs).toBeGreaterThan(without.pairs)
    expect(parts.overlap).toBeCloseTo(0.75 * parts.words + 0.25 * parts.pairs)
    expect(parts.contained).toBeLessThanOrEqual(1)
  })

  it('matches synonyms one to one', () => {
    const wordings = new Wordings()
    const one = wordings.add({id: 'one', text: 'squad pipeline'})
    const two = wordings.add({id: 'two', text: 'team squad harbour'})
    const other = wordings.add({id: 'three', text: 'team crew pipeline'})
    const scorer = new Scorer(wordings, 0, new Synonyms(wordings))
    scorer.mark(other)
    // "squad" meets one of "team" / "crew": counted once, not twice.
    const parts = scorer.compare(one)
    expect(parts.synonyms).toBeGreaterThan(0)
    expect(parts.synonyms).toBeLessThanOrEqual(0.85 * wordings.weight(wordings.terms(one)[0]!) + 1e-9)
    // A word the other wording holds itself is matched as itself, not through a synonym.
    scorer.mark(two)
    expect(scorer.compare(other).synonyms).toBe(0)
  })
})

describe('near-identical spellings', () => {
  const score = (a: string, b: string, synonyms = false) => {
    const wordings = new Wordings()
    const one = wordings.add({id: 'a', text: a})
    const two = wordings.add({id: 'b', text: b})
    const scorer = new Scorer(wordings, 0, synonyms ? new Synonyms(wordings) : undefined, new Spellings(wordings))
    scorer.mark(one)
    return {...scorer.compare(two)}
  }

  it('counts a name spelt one letter apart as a partial match', () => {
    const parts = score('Sassuolo beat Juventus in Turin', 'Sasuolo beat Juventus in Turin')
    expect(parts.spellings).toBeGreaterThan(0)
    const plain = new Wordings()
    plain.add({id: 'a', text: 'Sassuolo beat Juventus in Turin'})
    plain.add({id: 'b', text: 'Sasuolo beat Juventus in Turin'})
    const without = new Scorer(plain, 0)
    without.mark(0)
    expect(parts.words).toBeGreaterThan(without.compare(1).words)
  })

  it('reads transliterations and swapped letters: “Djuričič” / “Đuričić”, “Mourinho” / “Mouirnho”', () => {
    expect(score('Djuričič scored against Sparta', 'Đuričić scored against Sparta').spellings).toBeGreaterThan(0)
    expect(score('Mourinho praised the squad', 'Mouirnho praised the squad').spellings).toBeGreaterThan(0)
  })

  it('leaves short words, codes and numbers alone', () => {
    expect(score('the court ruled on Monday', 'the count ruled on Monday').spellings).toBe(0)
    expect(score('flight A1090 landed in Prague', 'flight A1091 landed in Prague').spellings).toBe(0)
    expect(spellingKeys('1999999')).toHaveLength(0)
    expect(spellingKeys('court')).toHaveLength(6)
    expect(spellingKeys('kayserispor')).toHaveLength(12)
  })

  it('does not match a word the other wording holds itself, nor one a synonym took', () => {
    expect(score('Sassuolo Sasuolo derby', 'Sassuolo Sasuolo derby').spellings).toBe(0)
    // “tribunal” meets “court” as a synonym; it is not matched again by spelling.
    const parts = score('the tribunal rejected Sassuolo', 'the court rejected Sassuolo', true)
    expect(parts.synonyms).toBeGreaterThan(0)
    expect(parts.spellings).toBe(0)
  })

  it('is an option: `spellings: false` keeps one edit apart as different words', () => {
    const items = [
      {id: 'a', text: 'Sassuolo stunned Juventus with a late header from Berardi'},
      {id: 'b', text: 'Sasuolo stunned Juventos thanks to a header by Berardi'}
    ]
    expect(groups(clusterQuotes(items))).toEqual([['a', 'b']])
    expect(groups(clusterQuotes(items, {spellings: false, derivations: false}))).toEqual([['a'], ['b']])
  })
})

describe('derivations', () => {
  const score = (a: string, b: string, spellings = false) => {
    const wordings = new Wordings()
    const one = wordings.add({id: 'a', text: a})
    const two = wordings.add({id: 'b', text: b})
    const scorer = new Scorer(wordings, 0, undefined, spellings ? new Spellings(wordings) : undefined, new Derivations(wordings))
    scorer.mark(one)
    return {...scorer.compare(two)}
  }

  it('counts words whose stems share their first six letters as a partial match', () => {
    expect(score('Hygienists closed the home in Černožice', 'Hygiene experts closed the home in Černožice').derivations).toBeGreaterThan(0)
    expect(score('the hospital admitted Novak on Monday', 'Novak was hospitalised on Monday').derivations).toBeGreaterThan(0)
  })

  it('leaves short stems, numbers and words that merely begin alike alone', () => {
    expect(score('the election was on Monday', 'the electric bus on Monday').derivations).toBe(0)
    expect(derivationKeys('1999999')).toHaveLength(0)
    expect(derivationKeys('decis')).toHaveLength(0)
    expect(derivationKeys('hospit')).toEqual(derivationKeys('hospitalis'))
  })

  it('does not match a pair a spelling took', () => {
    const parts = score('Sassuolo beat Juventus in Turin', 'Sasuolo beat Juventus in Turin', true)
    expect(parts.spellings).toBeGreaterThan(0)
    expect(parts.derivations).toBe(0)
  })

  it('is an option: `derivations: false` keeps them different words', () => {
    const items = [
      {id: 'a', text: 'Hygienists closed the old people’s home in Černožice'},
      {id: 'b', text: 'Hygiene officers shut a retirement home in Černožice'}
    ]
    expect(groups(clusterQuotes(items))).toEqual([['a', 'b']])
    expect(groups(clusterQuotes(items, {derivations: false}))).toEqual([['a'], ['b']])
  })
})

describe('numbers in words and figures', () => {
  it('reads “63rd” and “63th” as 63, and “thirty” as 30, but “one” stays a function word', () => {
    const vocabulary = new Vocabulary()
    const terms = (text: string) => Array.from(vocabulary.terms(text), (id) => vocabulary.stems[id])
    expect(terms('in the 63rd minute')).toEqual(['63', 'minut'])
    expect(terms('in the 63th minute')).toEqual(['63', 'minut'])
    expect(terms('thirty degrees, seven days')).toEqual(['30', 'degre', '7', 'dai'])
    expect(terms('no one came')).toEqual(['came'])
  })
})
