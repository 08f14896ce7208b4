import {describe, expect, it} from 'vitest'
import {ClusterIndex, clusterQuotes} from '../src/index.js'
import {isDescription} from '../src/cluster/speakers.js'
import {CandidateSearch} from '../src/cluster/search.js'
import {Wordings} from '../src/cluster/wordings.js'

const groups = (clusters: ReturnType<typeof clusterQuotes>) => clusters.map((cluster) => cluster.members.map((member) => member.id).sort())

// Independent translations of one remark (a football coach speaking Spanish, a court ruling in
// French, a minister speaking German), fragments of them, and same-speaker same-topic negatives.
const items = [
  {id: 'coach-a', speaker: 'Carlo Ruiz', text: 'We played without fear, and the young players showed that they deserve a place in this team.'},
  {id: 'coach-b', speaker: 'Carlo Ruiz', text: 'We played with no fear, and the young players proved that they deserve their place in this team.'},
  {id: 'coach-c', speaker: 'Ruiz', text: 'The young players showed they deserve a place in the team; we played fearlessly.'},
  {id: 'coach-fragment', speaker: 'Ruiz', text: 'deserve a place in this team'},
  {id: 'coach-other', speaker: 'Carlo Ruiz', text: 'The young players still need time before they can start every match in this team.'},
  {id: 'judge-a', speaker: 'Hélène Marchand', text: 'The law cannot protect those who knowingly deceive the court and the victims of their fraud.'},
  {id: 'judge-b', speaker: 'Helene Marchand', text: 'The law cannot shield people who knowingly deceived the court and the victims of their fraud.'},
  {id: 'judge-other', speaker: 'Hélène Marchand', text: 'The court will set the sentence for the fraud at a later hearing.'},
  {id: 'minister-a', speaker: 'Jürgen Vogel', text: 'Energy prices will fall next winter because the new pipeline doubles our gas supply.'},
  {id: 'minister-b', speaker: 'Juergen Vogel', text: 'Energy costs are going to drop next winter, since the new pipeline will double our supply of gas.'},
  {id: 'minister-fragment', speaker: 'Vogel', text: 'doubles our gas supply'},
  {id: 'minister-other', speaker: 'Jürgen Vogel', text: 'Gas prices rose last winter because the old pipeline was closed for repairs.'},
  {id: 'other-speaker', speaker: 'Anna Berg', text: 'Energy prices will fall next winter because the new pipeline doubles our gas supply.'}
]

describe('clusterQuotes', () => {
  const clusters = clusterQuotes(items)
  const found = groups(clusters)

  it('puts independent translations and their fragments together', () => {
    expect(found).toContainEqual(['coach-a', 'coach-b', 'coach-c', 'coach-fragment'])
    expect(found).toContainEqual(['judge-a', 'judge-b'])
    expect(found).toContainEqual(['minister-a', 'minister-b', 'minister-fragment'])
  })

  it('keeps other statements of the same speaker on the same subject apart', () => {
    expect(found).toContainEqual(['coach-other'])
    expect(found).toContainEqual(['judge-other'])
    expect(found).toContainEqual(['minister-other'])
  })

  it('keeps apart the same words said by someone else', () => {
    expect(found).toContainEqual(['other-speaker'])
  })

  it('gives each cluster its fullest wording, a speaker and similarities', () => {
    const minister = clusters.find((cluster) => cluster.members.some((member) => member.id === 'minister-a'))!
    expect(minister.representative).toBe('minister-b')
    expect(minister.speaker).toMatch(/Vogel/)
    for (const member of minister.members) expect(member.similarity).toBeGreaterThan(0.2)
    expect(minister.members.find((member) => member.id === 'minister-b')!.similarity).toBe(1)
  })

  it('leaves a fragment that fits two statements alone', () => {
    const result = groups(
      clusterQuotes([
        {id: 'a', text: 'The new stadium will open in May and the tickets will be cheap for families.'},
        {id: 'b', text: 'The new library will open in May and the tickets will be cheap for families.'.replace('tickets', 'courses').replace('families', 'students')},
        {id: 'fragment', text: 'will open in May'}
      ])
    )
    expect(result).toContainEqual(['fragment'])
  })

  // Other subjects around, so that common words weigh little, as in any real collection.
  const background = [
    {id: 'budget', text: 'The budget leaves nothing for the schools this year.', speaker: 'Ana Costa'},
    {id: 'harbour', text: 'The harbour will reopen once the storm damage is repaired.', speaker: 'Lars Holm'},
    {id: 'league', text: 'Our league needs a fairer way to share the television money.', speaker: 'Ruth Obi'},
    {id: 'bridge', text: 'The old bridge is safe for cars but not for heavy trucks.', speaker: 'Tom Baines'},
    {id: 'museum', text: 'Entry to the city museum will be free on the first Sunday of each month.', speaker: 'Nina Petrova'}
  ]

  it('weighs word order: the same rare words in another statement stay apart', () => {
    // One remark in two translations, and another remark of the same speaker with the same rare words.
    const talks = [
      ...background,
      {id: 'talks-a', text: 'We are ready to resume the talks as soon as the shelling stops.', speaker: 'Keiko Tanaka'},
      {id: 'talks-b', text: 'We are prepared to resume talks the moment the shelling stops.', speaker: 'Keiko Tanaka'},
      {id: 'talks-other', text: 'The talks collapsed because the shelling never stopped.', speaker: 'Keiko Tanaka'}
    ]
    const found = groups(clusterQuotes(talks))
    expect(found).toContainEqual(['talks-a', 'talks-b'])
    expect(found).toContainEqual(['talks-other'])
    // Words alone join the other remark too.
    expect(groups(clusterQuotes(talks, {wordOrder: 0}))).toContainEqual(['talks-a', 'talks-b', 'talks-other'])
  })

  it('gives a fragment to the statement that holds its words side by side', () => {
    const wordings = [
      ...background,
      {id: 'ceasefire', text: 'The ceasefire along the northern border will hold until the spring.', speaker: 'Omar Haddad'},
      {id: 'villages', text: 'Northern villages near the border voted in large numbers on Sunday.', speaker: 'Omar Haddad'},
      {id: 'fragment', text: 'the northern border', speaker: 'Omar Haddad'}
    ]
    expect(groups(clusterQuotes(wordings))).toContainEqual(['ceasefire', 'fragment'])
    // Words alone: both statements hold all its words, and it stays alone.
    expect(groups(clusterQuotes(wordings, {wordOrder: 0}))).toContainEqual(['fragment'])
  })

  it('needs the words of a fragment side by side in its wording, not merely all there', () => {
    const wordings = [
      ...background,
      {id: 'lead', text: 'The bank has removed the flaw and returned the money to its clients on Monday, after a week of angry calls from shops.'},
      {id: 'scattered', text: 'returned the money to clients of the bank'}
    ]
    // Word order counts 1.6 times `wordOrder` in a fragment's containment: one of its three pairs is missing.
    expect(groups(clusterQuotes(wordings))).toContainEqual(['scattered'])
    // With little word order, its words alone make it a fragment.
    expect(groups(clusterQuotes(wordings, {wordOrder: 0.025}))).toContainEqual(['lead', 'scattered'])
  })

  it('lets every member vote on a merge, a short one too', () => {
    // The middle wording fits both; the short one, a headline of it, shares only “tunnel” with the long one.
    const wordings = [
      ...background,
      {id: 'short', text: 'The harbour tunnel closes in March for a month.'},
      {id: 'middle', text: 'The harbour tunnel closes in March for a month while engineers replace the pumps and cables.'},
      {id: 'long', text: 'Engineers replace the pumps and cables of the tunnel, and the port pays the workers and divers from its budget.'}
    ]
    const found = groups(clusterQuotes(wordings))
    expect(found).toContainEqual(['middle', 'short'])
    expect(found).toContainEqual(['long'])
  })

  it('keeps two tight statements apart when they are much nearer within than across', () => {
    // A headline and its article's lead sentence, each with a second wording nearly word for word:
    // the two statements share the article's words, but each is far tighter inside.
    const wordings = [
      {id: 'headline-a', text: 'Bank charged twice some card payments by mistake on Saturday'},
      {id: 'headline-b', text: 'Bank charged twice some card payments in error on Saturday'},
      {id: 'lead-a', text: 'The bank charged twice the card payments of its clients by mistake on Saturday afternoon, its spokesman said in Prague'},
      {id: 'lead-b', text: 'The bank charged twice the card payments of its customers by mistake on Saturday afternoon, its spokesman said in Prague'}
    ]
    expect(groups(clusterQuotes(wordings))).toEqual([
      ['headline-a', 'headline-b'],
      ['lead-a', 'lead-b']
    ])
  })

  it('lets a speaker known only by a description join a named one, and names the cluster', () => {
    const found = clusterQuotes([
      ...background,
      {id: 'desc', text: 'Our soldiers will hold every village on the river until the winter is over.', speaker: 'the Ukrainian president'},
      {id: 'name', text: 'Our soldiers are going to hold every village along the river until winter ends.', speaker: 'Volodymyr Zelensky'},
      {id: 'short', text: 'Our soldiers will hold every village on the river until the winter is over.', speaker: 'Zelenskyy'},
      {id: 'conflict', text: 'Our soldiers will hold every village on the river until the winter is over.', speaker: 'Olaf Scholz'}
    ])
    const cluster = found.find((each) => each.members.some((member) => member.id === 'desc'))!
    expect(cluster.members.map((member) => member.id).sort()).toEqual(['desc', 'name', 'short'])
    expect(cluster.speaker).toMatch(/Zelensky/)
    expect(isDescription('the Kremlin leader')).toBe(true)
    expect(isDescription('A spokesman for the ministry')).toBe(true)
    expect(isDescription('Vladimir Putin')).toBe(false)
  })

  it('rejects bad input with a clear error', () => {
    expect(() => clusterQuotes([{id: 'a', text: 'x'}, {id: 'a', text: 'y'}])).toThrow(/Duplicate item id `a`/)
    expect(() => clusterQuotes([{id: 'a'} as never])).toThrow(/\{id: string, text: string\}/)
    expect(() => clusterQuotes([], {threshold: 2})).toThrow(/threshold/)
    expect(() => clusterQuotes([], {wordOrder: -0.5})).toThrow(/`wordOrder` in options must be a number from 0 to 1/)
  })
})

describe('clear best pairs', () => {
  // Two thousand unrelated wordings make a large collection, where the neighbourhood counts.
  const filler = Array.from({length: 2000}, (_, at) => ({id: `f${at}`, text: `Filler${at} alpha${at} beta${at} gamma${at} delta${at}`}))
  const pair = [
    {id: 'a', text: 'Police also did not find any signs of burglary in the cathedral yesterday.'},
    {id: 'b', text: 'At the same time, however, the police haven’t found any signs of forced entry in the church.'}
  ]
  const joined = (items: Array<{id: string; text: string}>, pairLeftovers = true) =>
    clusterQuotes(items, {pairLeftovers})
      .filter((cluster) => cluster.members.some((member) => !member.id.startsWith('f')))
      .map((cluster) => cluster.members.map((member) => member.id).sort())

  it('joins two wordings that share little when each is the other’s best by far', () => {
    expect(joined([...pair, ...filler])).toEqual([['a', 'b']])
  })

  it('keeps them apart when a third wording is about as near, and in a small collection', () => {
    expect(joined([...pair, {id: 'c', text: 'Police found a bicycle near the cathedral.'}, ...filler])).toEqual([['a'], ['b'], ['c']])
    expect(joined(pair)).toEqual([['a'], ['b']])
  })

  it('needs the wordings placed together: one `add` at a time keeps the absolute rule', () => {
    const index = new ClusterIndex()
    for (const item of [...filler, ...pair]) index.add(item)
    const ids = index.clusters().filter((cluster) => cluster.members.some((member) => !member.id.startsWith('f')))
    expect(ids.map((cluster) => cluster.members.map((member) => member.id))).toEqual([['a'], ['b']])
  })
})

describe('leftover pairs', () => {
  const filler = Array.from({length: 2000}, (_, at) => ({id: `f${at}`, text: `Filler${at} alpha${at} beta${at} gamma${at} delta${at}`}))
  const pair = [
    {id: 'a', text: 'Police also did not find any signs of burglary in the cathedral yesterday.'},
    {id: 'b', text: 'At the same time, however, the police haven’t found any signs of forced entry in the church.'}
  ]
  // About as near to `a` as `b` is: `a` has no clear best.
  const near = {id: 'c', text: 'The cathedral was closed yesterday for repairs to its old tower and its organ.'}
  const nearsOwn = {id: 'd', text: 'Yesterday the cathedral was closed for repairs to the old tower and the organ.'}
  const joined = (items: Array<{id: string; text: string}>, pairLeftovers = true) =>
    clusterQuotes(items, {pairLeftovers})
      .filter((cluster) => cluster.members.some((member) => !member.id.startsWith('f')))
      .map((cluster) => cluster.members.map((member) => member.id).sort())

  it('joins two wordings left alone that are each other’s best among the rest', () => {
    // `c` joins its own other wording `d`; of what is left, `a` and `b` are each other's best.
    expect(joined([...pair, near, nearsOwn, ...filler])).toEqual([['a', 'b'], ['c', 'd']])
  })

  it('keeps them apart while a wording left alone is about as near', () => {
    expect(joined([...pair, near, ...filler])).toEqual([['a'], ['b'], ['c']])
  })

  it('is off with `false`', () => {
    expect(joined([...pair, near, nearsOwn, ...filler], false)).toEqual([['a'], ['b'], ['c', 'd']])
  })

  // Each filler wording twice, a word apart: nearly every wording of the batch has a partner.
  const fillerPairs = filler.flatMap((item) => [item, {id: `${item.id}-copy`, text: item.text.replace('alpha', 'omega')}])
  const auto = (items: Array<{id: string; text: string}>) =>
    clusterQuotes(items)
      .filter((cluster) => cluster.members.some((member) => !member.id.startsWith('f')))
      .map((cluster) => cluster.members.map((member) => member.id).sort())

  it('by default joins them only where most wordings of the batch have a partner', () => {
    // In news most quotes have no other wording: 2,000 wordings alone.
    expect(auto([...pair, near, nearsOwn, ...filler])).toEqual([['a'], ['b'], ['c', 'd']])
    // Two wordings of each: the rest most likely have their partner among the rest too.
    expect(auto([...pair, near, nearsOwn, ...fillerPairs])).toEqual([['a', 'b'], ['c', 'd']])
  })

  it('is a boolean or `auto`', () => {
    expect(() => clusterQuotes([], {pairLeftovers: 'yes' as unknown as boolean})).toThrow(/`pairLeftovers` in options must be a boolean or `'auto'`/)
    expect(() => clusterQuotes([], {pairLeftovers: 'auto'})).not.toThrow()
  })
})

describe('ClusterIndex', () => {
  it('adds wordings as they come and resumes from JSON', () => {
    const index = new ClusterIndex()
    for (const item of items.slice(0, 5)) index.add(item)
    const saved = JSON.parse(JSON.stringify(index))
    const resumed = ClusterIndex.fromJSON(saved)
    for (const item of items.slice(5)) resumed.add(item)
    const found = groups(resumed.clusters())
    expect(found).toContainEqual(['coach-a', 'coach-b', 'coach-c', 'coach-fragment'])
    expect(found).toContainEqual(['judge-a', 'judge-b'])
    expect(found).toContainEqual(['minister-a', 'minister-b', 'minister-fragment'])
    expect(resumed.size).toBe(items.length)
  })

  it('refuses what is not a saved index', () => {
    expect(() => ClusterIndex.fromJSON({format: 'other'})).toThrow(/Not a whosaid cluster index/)
  })
})

describe('CandidateSearch', () => {
  // A wording shares a rare word with a few others and two commoner words with the one that matters.
  const build = (targetFirst = false) => {
    const wordings = new Wordings()
    if (targetFirst) wordings.add({id: 'old', text: 'zeppelin hangar'})
    for (let at = 0; at < 3; at++) wordings.add({id: `rare${at}`, text: `cathedral filler${at}`})
    for (let at = 0; at < 40; at++) wordings.add({id: `zeppelin${at}`, text: `zeppelin other${at}`})
    for (let at = 0; at < 45; at++) wordings.add({id: `hangar${at}`, text: `hangar more${at}`})
    const target = targetFirst ? 0 : wordings.add({id: 'target', text: 'zeppelin hangar'})
    // Not the target's pair of neighbours: only single terms can find it.
    const query = wordings.add({id: 'query', text: 'zeppelin cathedral hangar'})
    return {wordings, target, query}
  }
  const found = (maxPostings: number, targetFirst = false) => {
    const {wordings, target, query} = build(targetFirst)
    const search = new CandidateSearch(wordings, maxPostings)
    search.indexUpTo(wordings.size)
    const out = new Int32Array(12)
    return Array.from(out.subarray(0, search.find(query, 12, out))).includes(target)
  }

  it('spends `maxPostings` across terms, rarest first, the newest 32 of each', () => {
    // 32: the rare word's 3, then the next term holds more than what is left, and reading stops.
    expect(found(32)).toBe(false)
    // 256 (the default): each commoner term's newest 32 too; the one holding both is found through them.
    expect(found(256)).toBe(true)
    // Older than a term's newest 32: not read, however large the budget (a common term's memory stays bounded).
    expect(found(256, true)).toBe(false)
  })
})
