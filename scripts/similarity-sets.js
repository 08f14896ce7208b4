// Wordings with known statements, for measuring clustering choices
// (scripts/synonyms.js, scripts/word-order.js): corpus/ with its gold
// statements, the translation fixtures of test/cluster.test.ts, and a set of
// freer translations with same-topic statements of the same speaker.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {extractQuotes} from '../dist/index.js'

// Pairwise F1 of clusters against gold groups.
export function pairwise(clusters, goldOf) {
  const clusterOf = new Map()
  for (const cluster of clusters) for (const member of cluster.members) clusterOf.set(member.id, cluster.id)
  const ids = [...goldOf.keys()]
  let both = 0
  let found = 0
  let gold = 0
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const same = goldOf.get(ids[a]) === goldOf.get(ids[b])
      const joined = clusterOf.get(ids[a]) === clusterOf.get(ids[b])
      if (same) gold++
      if (joined) found++
      if (same && joined) both++
    }
  }
  const precision = found ? both / found : 1
  const recall = gold ? both / gold : 1
  return {precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0}
}

// corpus/: quotes matched to gold by offsets, gold statement ids as groups.
const corpus = new URL('../corpus/', import.meta.url)
const goldFile = JSON.parse(readFileSync(new URL('gold.json', corpus), 'utf8'))
export const corpusItems = []
export const corpusGold = new Map()
for (const [document, annotation] of Object.entries(goldFile.documents)) {
  const {quotes} = extractQuotes(readFileSync(new URL(document, corpus), 'utf8'))
  for (const quote of quotes) {
    const gold = annotation.find((entry) => entry.start === quote.start && entry.end === quote.end)
    if (!gold || !gold.statement || quote.kind === 'mention') continue
    const id = `${document} ${quote.id}`
    corpusItems.push({id, text: quote.text, speaker: quote.speaker?.name ?? null})
    corpusGold.set(id, gold.statement)
  }
}

// The translation fixtures of test/cluster.test.ts: an id's prefix is its statement.
const fixtureSource = readFileSync(new URL('../test/cluster.test.ts', import.meta.url), 'utf8')
export const fixtureItems = [...fixtureSource.matchAll(/\{id: '([\w-]+)', speaker: '([^']+)', text: '([^']+)'\}/g)].map(([, id, speaker, text]) => ({id, speaker, text}))
export const fixtureGold = new Map(fixtureItems.map((item) => [item.id, /-(?:other|speaker)$/.test(item.id) ? item.id : item.id.split('-')[0]]))

// Freer translations, where synonyms could matter: groups a, b, … and same-topic negatives (x-other).
export const free = [
  ['youth-a', 'Coach Ruiz', 'The youngsters proved that they have earned a spot in this squad.'],
  ['youth-b', 'Coach Ruiz', 'The young players showed they deserve a place in this team.'],
  ['youth-other', 'Coach Ruiz', 'The young players need more time before they start for this team.'],
  ['prices-a', 'Jürgen Vogel', 'Energy prices will fall next winter because the new pipeline doubles our gas supply.'],
  ['prices-b', 'Jürgen Vogel', 'Power costs are set to drop next winter as the new pipeline will double the gas we receive.'],
  ['prices-other', 'Jürgen Vogel', 'Energy prices rose last winter because the old pipeline was shut for repairs.'],
  ['ruling-a', 'Hélène Marchand', 'Nobody who deliberately misleads the court can hide behind the law.'],
  ['ruling-b', 'Hélène Marchand', 'No one who knowingly deceives the tribunal may shelter behind the law.'],
  ['ruling-other', 'Hélène Marchand', 'The court will decide on the sentence at a later hearing.'],
  ['talks-a', 'Keiko Tanaka', 'We are ready to resume the talks as soon as the shelling stops.'],
  ['talks-b', 'Keiko Tanaka', 'We are prepared to restart negotiations the moment the bombardment ends.'],
  ['talks-other', 'Keiko Tanaka', 'The talks collapsed because the shelling never stopped.'],
  ['gratitude-a', 'Vladimir Putin', 'We are grateful to the Hamas leadership for this humanitarian act.'],
  ['gratitude-b', 'Vladimir Putin', 'We thank the leaders of Hamas for this humane gesture.'],
  ['gratitude-other', 'Vladimir Putin', 'We count on the goodwill of the Hamas leadership.']
].map(([id, speaker, text]) => ({id, speaker, text}))
export const freeGold = new Map(free.map((item) => [item.id, item.id.endsWith('-other') ? item.id : item.id.split('-')[0]]))

export const sets = [
  ['corpus/', corpusItems, corpusGold],
  ['translation fixtures', fixtureItems, fixtureGold],
  ['free translations', free, freeGold]
]

export const pct = (value) => (100 * value).toFixed(1)

/**
 * The A and B references of a WMT21 pair (`newstest2021.<pair>.ref.{A,B}.en` in `folder`) as
 * `[items, gold]`: one item a non-empty line, gold its line number (the source sentence).
 */
export function wmtReferences(folder, pair) {
  const items = []
  const gold = new Map()
  for (const reference of ['A', 'B']) {
    readFileSync(join(folder, `newstest2021.${pair}.ref.${reference}.en`), 'utf8')
      .split('\n')
      .forEach((text, line) => {
        if (!text.trim()) return
        items.push({id: `${reference}${line}`, text})
        gold.set(`${reference}${line}`, line)
      })
  }
  return [items, gold]
}
