// Does word order help clustering? Measures cluster pairwise F1 on the sets
// of scripts/similarity-sets.js, and pair precision and recall on planted
// synthetic quotes with near-topic siblings (scripts/planted.js), for each
// `wordOrder` share in turn. Run after `npm run build`: `node scripts/word-order.js`.
import {clusterQuotes} from '../dist/index.js'
import {plant, plantedPairs, random, withSiblings} from './planted.js'
import {pairwise, pct, sets} from './similarity-sets.js'

const planted = withSiblings(plant(20000, random(7)), random(8))
const shares = [0, 0.1, 0.25, 0.4]
console.log(`wordOrder  ${sets.map(([name]) => name.padEnd(29)).join('')}planted with siblings (${planted.length})`)
for (const wordOrder of shares) {
  const cells = sets.map(([, items, goldOf]) => {
    const {precision, recall, f1} = pairwise(clusterQuotes(items, {wordOrder}), goldOf)
    return `F1 ${pct(f1)} (P ${pct(precision)} R ${pct(recall)})`.padEnd(29)
  })
  const {precision, recall} = plantedPairs(planted, clusterQuotes(planted, {wordOrder}))
  console.log(`${String(wordOrder).padEnd(11)}${cells.join('')}P ${pct(precision)} R ${pct(recall)}`)
}
