// Do WordNet synonyms help clustering? Pairwise F1 on corpus/ (gold statements), the translation
// fixtures of test/cluster.test.ts and the freer translations of scripts/similarity-sets.js, with the
// `synonyms` option off and on (the table in data/wordnet-synonyms.txt, see scripts/build-synonyms.js).
// With a folder of WMT21 references as argument, the pooled de-en and cs-en references too.
import {clusterQuotes} from '../dist/index.js'
import {pairwise, pct, sets, wmtReferences} from './similarity-sets.js'

const all = [...sets]
const folder = process.argv[2]
if (folder) for (const pair of ['de-en', 'cs-en']) all.push([`WMT21 ${pair}`, ...wmtReferences(folder, pair)])
console.log('set'.padEnd(24), 'synonyms off'.padEnd(28), 'synonyms on')
for (const [name, items, gold] of all) {
  const figures = [false, true].map((synonyms) => pairwise(clusterQuotes(items, {synonyms}), gold))
  console.log(name.padEnd(24), ...figures.map((f) => `F1 ${pct(f.f1)} (P ${pct(f.precision)} R ${pct(f.recall)})`.padEnd(28)))
}
