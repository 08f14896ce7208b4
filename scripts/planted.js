// Synthetic quotes for the benchmarks: deterministic random numbers, and
// statements with planted variants (reworded translations) and fragments,
// and near-topic siblings that must stay apart.

// Deterministic pseudo-random numbers (mulberry32).
export function random(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

export const first = ['Ana', 'Daniel', 'Grace', 'Omar', 'Keiko', 'Lars', 'Nina', 'Pieter', 'Ruth', 'Tom', 'Maria', 'Jürgen']
export const last = ['Costa', 'Park', 'Obi', 'Haddad', 'Tanaka', 'Holm', 'Petrova', 'Janssen', 'Okafor', 'Baines', 'Alvarez', 'Vogel']
// Clustering: statements, each with planted variants (reworded translations) and fragments.
const vocabulary = Array.from({length: 200000}, (_, index) => `w${index.toString(36)}`)
function zipf(next) {
  return vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(next() * Math.log(vocabulary.length))) - 1)]
}
export function plant(count, next) {
  const items = []
  let statement = 0
  while (items.length < count) {
    const base = Array.from({length: 12 + Math.floor(next() * 14)}, () => zipf(next))
    const speaker = `${first[statement % first.length]} ${last[Math.floor(statement / first.length) % last.length]} ${statement % 97}`
    const group = `s${statement++}`
    items.push({id: `${group}-0`, text: base.join(' '), speaker, group})
    const variants = Math.floor(next() * 3)
    for (let v = 1; v <= variants; v++) {
      // A second translation: about a quarter of the words changed, some reordered.
      const words = base.map((word) => (next() < 0.25 ? zipf(next) : word))
      if (next() < 0.5) words.reverse()
      items.push({id: `${group}-${v}`, text: words.join(' '), speaker, group})
    }
    if (next() < 0.3) {
      const start = Math.floor(next() * (base.length - 5))
      items.push({id: `${group}-f`, text: base.slice(start, start + 4).join(' '), speaker, group})
    }
  }
  return items.slice(0, count)
}


/**
 * `items` with, after some statements (a share of 0.3), a near-topic sibling:
 * another statement of the same speaker that reuses about half of its words,
 * shuffled, with other words for the rest (drawn as all words are). It must
 * stay apart.
 */
export function withSiblings(items, next) {
  const out = []
  for (const item of items) {
    out.push(item)
    if (!item.id.endsWith('-0') || next() >= 0.3) continue
    const words = item.text.split(' ')
    const kept = words.filter(() => next() < 0.5)
    for (let at = kept.length - 1; at > 0; at--) {
      const to = Math.floor(next() * (at + 1))
      ;[kept[at], kept[to]] = [kept[to], kept[at]]
    }
    const fresh = Array.from({length: words.length - kept.length}, () => zipf(next))
    out.push({id: `${item.group}-sibling`, text: [...kept, ...fresh].join(' '), speaker: item.speaker, group: `${item.group}-sibling`})
  }
  return out
}

/** Precision and recall of the pairs of planted variants that `clusters` put together. */
export function plantedPairs(items, clusters) {
  const groupOf = new Map(items.map((item) => [item.id, item.group]))
  const sizeOf = new Map()
  for (const item of items) sizeOf.set(item.group, (sizeOf.get(item.group) ?? 0) + 1)
  let planted = 0
  for (const count of sizeOf.values()) planted += (count * (count - 1)) / 2
  let found = 0
  let right = 0
  for (const cluster of clusters) {
    const ids = cluster.members.map((member) => member.id)
    found += (ids.length * (ids.length - 1)) / 2
    const byGroup = new Map()
    for (const id of ids) byGroup.set(groupOf.get(id), (byGroup.get(groupOf.get(id)) ?? 0) + 1)
    for (const count of byGroup.values()) right += (count * (count - 1)) / 2
  }
  return {precision: found ? right / found : 0, recall: planted ? right / planted : 0}
}
