// tmp-diag/diag.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/cluster/options.ts
var clusterDefaults = {
  threshold: 0.3,
  margin: 0.1,
  containment: 0.9,
  minFragmentWeight: 1.5,
  maxPostings: 32,
  wordOrder: 0.25,
  synonyms: true,
  spellings: true
};
var maxPostingsLimit = 1024;
function checkOptions(options, where = "options") {
  if (options === void 0 || options === null) return { ...clusterDefaults };
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`Expected an object as ${where}, not \`${JSON.stringify(options)?.slice(0, 80)}\``);
  }
  for (const key2 of Object.keys(options)) {
    if (!Object.hasOwn(clusterDefaults, key2)) {
      throw new TypeError(`Unknown key \`${key2}\` in ${where}, expected one of ${Object.keys(clusterDefaults).map((name) => `\`${name}\``).join(", ")}`);
    }
  }
  const merged = { ...clusterDefaults };
  for (const [key2, value] of Object.entries(options)) if (value !== void 0) merged[key2] = value;
  const range = (key2, low, high, lowOpen, text) => {
    const value = merged[key2];
    if (typeof value !== "number" || !(lowOpen ? value > low : value >= low) || !(value <= high)) {
      throw new RangeError(`\`${key2}\` in ${where} must be ${text}, not \`${String(value)}\``);
    }
  };
  range("wordOrder", 0, 1, false, "a number from 0 to 1");
  range("margin", 0, 1, false, "a number from 0 to 1");
  range("threshold", 0, 1, true, "a number above 0 and at most 1");
  range("containment", 0, 1, true, "a number above 0 and at most 1");
  range("minFragmentWeight", 0, 1e6, false, "a number from 0 to 1e6");
  if (!Number.isInteger(merged.maxPostings) || merged.maxPostings < 1 || merged.maxPostings > maxPostingsLimit) {
    throw new RangeError(`\`maxPostings\` in ${where} must be a whole number from 1 to ${maxPostingsLimit}, not \`${String(merged.maxPostings)}\``);
  }
  for (const key2 of ["synonyms", "spellings"]) {
    if (typeof merged[key2] !== "boolean") throw new TypeError(`\`${key2}\` in ${where} must be a boolean, not \`${String(merged[key2])}\``);
  }
  return merged;
}

// src/cluster/grown.ts
function grown(array, length) {
  const copy = new array.constructor(Math.max(length, array.length));
  copy.set(array);
  return copy;
}

// src/cluster/placement.ts
var candidatesScored = 12;
var neighbours = 8;
var collectionPrior = 200;
var quantum = 65535;
var membersCompared = 8;
var certain = 0.75;
var fragmentTie = 0.1;
var Placement = class {
  #wordings;
  #search;
  #scorer;
  #statements;
  #options;
  /** Per wording: the mean of its best similarities (`nearest`). */
  neighbourhood = new Float64Array(1024);
  /**
   * Per wording, `neighbours` entries: its best similarities so far, highest
   * first, in 65,535ths (16 MB at a million wordings, where doubles would
   * take 64). A later wording that meets it offers its similarity too, so a
   * single `add` updates its neighbours as a batch would.
   */
  nearest = new Uint16Array(1024 * neighbours);
  #found = new Int32Array(candidatesScored);
  // Edges of this placement: wordings and similarity.
  #from = new Int32Array(1024);
  #to = new Int32Array(1024);
  #similarity = new Float64Array(1024);
  #edges = 0;
  #fragments = new Int32Array(256);
  #fragmentCount = 0;
  // Containment edges of this placement: a fragment, the wording that contains it, and how well.
  #parts = new Int32Array(256);
  #wholes = new Int32Array(256);
  #contained = new Float64Array(256);
  #containments = 0;
  /** Containment edges by their fragment (sorted keys: fragment × 2²⁶ + edge). */
  #byPart = new Float64Array(0);
  #fragmentStamp = new Int32Array(1024);
  #placement = 0;
  constructor(wordings, search2, scorer2, statements, options) {
    this.#wordings = wordings;
    this.#search = search2;
    this.#scorer = scorer2;
    this.#statements = statements;
    this.#options = options;
  }
  /** Room for the neighbourhoods of `count` wordings. */
  reserve(count) {
    if (this.neighbourhood.length < count) this.neighbourhood = grown(this.neighbourhood, Math.max(count, this.neighbourhood.length * 2));
    if (this.nearest.length < count * neighbours) this.nearest = grown(this.nearest, Math.max(count, this.neighbourhood.length) * neighbours);
    if (this.#fragmentStamp.length < count) this.#fragmentStamp = grown(this.#fragmentStamp, Math.max(count, this.#fragmentStamp.length * 2));
  }
  /** Place the stored wordings `from … to - 1` (each in a statement of its own so far). */
  place(from, to) {
    const wordings = this.#wordings;
    this.#search.indexUpTo(to);
    this.reserve(to);
    this.#placement++;
    this.#edges = 0;
    this.#fragmentCount = 0;
    this.#containments = 0;
    for (let index2 = from; index2 < to; index2++) this.#statements.open(index2);
    for (let index2 = from; index2 < to; index2++) this.#score(index2, from);
    const { margin } = this.#options;
    const order = this.#edgeOrder();
    for (let at = 0; at < order.length; at++) {
      const edge = order[at] % 2 ** 26;
      const a2 = this.#from[edge];
      const b2 = this.#to[edge];
      if (this.#margin(this.#similarity[edge], a2, b2) < margin) break;
      this.#tryMerge(a2, b2, this.#similarity[edge]);
    }
    const statements = this.#statements;
    const unique = /* @__PURE__ */ new Set();
    for (let at = 0; at < this.#fragmentCount; at++) unique.add(statements.of[this.#fragments[at]]);
    this.#byPart = new Float64Array(this.#containments);
    for (let edge = 0; edge < this.#containments; edge++) this.#byPart[edge] = this.#parts[edge] * 2 ** 26 + edge;
    this.#byPart.sort();
    const parts = [...unique].sort((a2, b2) => {
      const ra = statements.representative[a2];
      const rb = statements.representative[b2];
      return wordings.itemWeight(ra) - wordings.itemWeight(rb) || ra - rb;
    });
    for (const statement of parts) {
      this.#attachFragment(statements.of[statements.representative[statement]], from, to);
    }
    this.#release();
  }
  /** Edges live for one placement: a large batch's are not kept while the index waits for the next. */
  #release() {
    if (this.#from.length > 1 << 16) {
      this.#from = new Int32Array(1024);
      this.#to = new Int32Array(1024);
      this.#similarity = new Float64Array(1024);
    }
    if (this.#parts.length > 1 << 16) {
      this.#parts = new Int32Array(256);
      this.#wholes = new Int32Array(256);
      this.#contained = new Float64Array(256);
      this.#fragments = new Int32Array(256);
    }
    this.#byPart = new Float64Array(0);
  }
  /** Score wording `index` against its candidates: its neighbourhood, its edges, fragments met. */
  #score(index2, from) {
    const wordings = this.#wordings;
    const scorer2 = this.#scorer;
    const { threshold, minFragmentWeight } = this.#options;
    const floor = threshold * 2 / 3;
    const found2 = this.#search.find(index2, candidatesScored, this.#found);
    scorer2.mark(index2);
    const own = wordings.itemWeight(index2);
    for (let at = 0; at < found2; at++) {
      const other = this.#found[at];
      const weight = wordings.itemWeight(other);
      const parts = scorer2.compare(other);
      const similarity = parts.overlap;
      this.#offer(index2, similarity);
      if (other < from) this.#offer(other, similarity);
      if (own <= weight / 2 || weight <= own / 2) {
        const part = own <= weight / 2 ? index2 : other;
        if (parts.contained >= this.#options.containment && wordings.itemWeight(part) >= minFragmentWeight) {
          this.#fragment(part, part === index2 ? other : index2, parts.contained);
        }
        continue;
      }
      if (similarity >= floor) this.#edge(index2, other, similarity);
    }
  }
  /** Count similarity `similarity` among wording `index`'s best, if it is one. */
  #offer(index2, similarity) {
    const nearest = this.nearest;
    const value = Math.round(similarity * quantum);
    const start = index2 * neighbours;
    let to = start + neighbours - 1;
    if (value <= nearest[to]) return;
    while (to > start && nearest[to - 1] < value) {
      nearest[to] = nearest[to - 1];
      to--;
    }
    nearest[to] = value;
    this.neighbourhood[index2] = this.#mean(index2);
  }
  #mean(index2) {
    let sum = 0;
    for (let at = index2 * neighbours; at < (index2 + 1) * neighbours; at++) sum += this.nearest[at];
    return sum / quantum / neighbours;
  }
  /** Wording `index`'s best similarities, highest first (for the saved form). */
  nearestOf(index2) {
    const values = [];
    for (let at = index2 * neighbours; at < (index2 + 1) * neighbours && this.nearest[at] > 0; at++) values.push(this.nearest[at] / quantum);
    return values;
  }
  /** Restore wording `index`'s best similarities from the saved form. */
  restoreNearest(index2, values) {
    this.nearest.fill(0, index2 * neighbours, (index2 + 1) * neighbours);
    values.slice(0, neighbours).forEach((value, at) => this.nearest[index2 * neighbours + at] = Math.round(value * quantum));
    this.neighbourhood[index2] = this.#mean(index2);
  }
  /** A wording's neighbourhood drawn towards the absolute rule in a small collection. */
  #prior(index2) {
    const size = this.#wordings.size;
    const weight = size / (size + collectionPrior);
    return weight * this.neighbourhood[index2] + (1 - weight) * (this.#options.threshold - this.#options.margin);
  }
  /**
   * How far similarity `similarity` of wordings `a` and `b` stands above
   * their neighbourhoods; a pair that shares nearly everything passes
   * whatever its neighbours (a statement repeated word for word a thousand
   * times is dense, not ambiguous).
   */
  #margin(similarity, a2, b2) {
    const scaled = similarity - (this.#prior(a2) + this.#prior(b2)) / 2;
    return similarity >= Math.max(certain, this.#options.threshold) ? Math.max(scaled, this.#options.margin) : scaled;
  }
  #edge(a2, b2, similarity) {
    if (this.#edges === this.#from.length) {
      const length = this.#edges * 2;
      this.#from = grown(this.#from, length);
      this.#to = grown(this.#to, length);
      this.#similarity = grown(this.#similarity, length);
    }
    this.#from[this.#edges] = a2;
    this.#to[this.#edges] = b2;
    this.#similarity[this.#edges++] = similarity;
  }
  #fragment(part, whole, contained) {
    if (this.#containments === this.#parts.length) {
      const length = this.#containments * 2;
      this.#parts = grown(this.#parts, length);
      this.#wholes = grown(this.#wholes, length);
      this.#contained = grown(this.#contained, length);
    }
    this.#parts[this.#containments] = part;
    this.#wholes[this.#containments] = whole;
    this.#contained[this.#containments++] = contained;
    if (this.#fragmentStamp[part] === this.#placement) return;
    this.#fragmentStamp[part] = this.#placement;
    if (this.#fragmentCount === this.#fragments.length) this.#fragments = grown(this.#fragments, this.#fragmentCount * 2);
    this.#fragments[this.#fragmentCount++] = part;
  }
  /**
   * Edges by their margin, best first: each a number (margin quantised,
   * edge number below 2²⁶), sorted natively; ties by their wordings in
   * input order (the earlier wording's edge first), so the order does not
   * depend on how the search met them.
   */
  #edgeOrder() {
    const keys = new Float64Array(this.#edges);
    for (let edge = 0; edge < this.#edges; edge++) {
      const scaled = this.#margin(this.#similarity[edge], this.#from[edge], this.#to[edge]);
      keys[edge] = Math.round((2 - scaled) * 2 ** 20) * 2 ** 26 + edge;
    }
    keys.sort();
    const low = (edge) => Math.min(this.#from[edge], this.#to[edge]);
    const high = (edge) => Math.max(this.#from[edge], this.#to[edge]);
    for (let start = 0; start < keys.length; ) {
      const rank = Math.floor(keys[start] / 2 ** 26);
      let end = start + 1;
      while (end < keys.length && Math.floor(keys[end] / 2 ** 26) === rank) end++;
      if (end - start > 1) {
        const run = Array.from(keys.subarray(start, end), (key2) => key2 % 2 ** 26);
        run.sort((a2, b2) => low(a2) - low(b2) || high(a2) - high(b2) || a2 - b2);
        for (let at = 0; at < run.length; at++) keys[start + at] = rank * 2 ** 26 + run[at];
      }
      start = end;
    }
    return keys;
  }
  /** Merge the statements of wordings `a` and `b` if they fit as wholes (see the module comment). */
  #tryMerge(a2, b2, edge) {
    const statements = this.#statements;
    const wordings = this.#wordings;
    const left = statements.of[a2];
    const right = statements.of[b2];
    if (left === right) return;
    if (!wordings.speakersFit(statements.speaker[left], statements.speaker[right])) return;
    const { margin, threshold } = this.#options;
    const floor = threshold * 2 / 3;
    let count = 0;
    let similarity = 0;
    let scaled = 0;
    let compared = 0;
    if (statements.size[left] === 1 && statements.size[right] === 1) {
      count = 1;
      similarity = edge;
      scaled = this.#margin(edge, a2, b2);
      compared = membersCompared;
    }
    for (let x = statements.first[left]; x !== -1 && compared < membersCompared; x = statements.next[x], compared++) {
      const weightX = wordings.itemWeight(x);
      this.#scorer.mark(x);
      let comparedRight = 0;
      for (let y = statements.first[right]; y !== -1 && comparedRight < membersCompared; y = statements.next[y], comparedRight++) {
        const weightY = wordings.itemWeight(y);
        if (weightX <= weightY / 2 || weightY <= weightX / 2) continue;
        const value = this.#scorer.compare(y).overlap;
        similarity += value;
        scaled += this.#margin(value, x, y);
        count++;
      }
    }
    if (count === 0) return;
    if (scaled / count < margin - 1e-9 || similarity / count < floor - 1e-9) return;
    if (statements.size[left] < statements.size[right]) statements.merge(right, left, similarity / count);
    else statements.merge(left, right, similarity / count);
  }
  /**
   * Give the statement whose representative is a fragment of others to the
   * one statement that holds it. A fragment placed now has its containers
   * among the containment edges of this placement; an older one is looked
   * up again, as its containers may be older than this placement.
   */
  #attachFragment(statement, from, to) {
    const statements = this.#statements;
    const wordings = this.#wordings;
    const part = statements.representative[statement];
    const weight = wordings.itemWeight(part);
    if (weight < this.#options.minFragmentWeight) return;
    const holders = this.#holders;
    holders.length = 0;
    const scores = this.#holderScores;
    scores.length = 0;
    const consider = (whole, score) => {
      const holder = statements.of[whole];
      if (holder === statement || score < this.#options.containment || weight > wordings.itemWeight(whole) / 2) return;
      if (!wordings.speakersFit(statements.speaker[statement], statements.speaker[holder])) return;
      const known = holders.indexOf(holder);
      if (known === -1) {
        holders.push(holder);
        scores.push(score);
      } else if (score > scores[known]) scores[known] = score;
    };
    if (part >= from && part < to) {
      const byPart = this.#byPart;
      let low = 0;
      let high = byPart.length;
      while (low < high) {
        const middle = low + high >>> 1;
        if (byPart[middle] < part * 2 ** 26) low = middle + 1;
        else high = middle;
      }
      for (let at = low; at < byPart.length && Math.floor(byPart[at] / 2 ** 26) === part; at++) {
        const edge = byPart[at] % 2 ** 26;
        consider(this.#wholes[edge], this.#contained[edge]);
      }
    } else {
      const found2 = this.#search.find(part, candidatesScored, this.#found);
      this.#scorer.mark(part);
      for (let at = 0; at < found2; at++) {
        const other = this.#found[at];
        if (weight <= wordings.itemWeight(other) / 2) consider(other, this.#scorer.compare(other).contained);
      }
    }
    if (holders.length === 0) return;
    let best = 0;
    for (let at = 1; at < holders.length; at++) if (scores[at] > scores[best]) best = at;
    for (let at = 0; at < holders.length; at++) if (at !== best && scores[at] >= scores[best] - fragmentTie) return;
    statements.merge(holders[best], statement, scores[best]);
  }
  #holders = [];
  #holderScores = [];
};

// src/cluster/saved.ts
var savedFormat = "whosaid-cluster-index";
var savedVersion = 3;
var previousVersion = 2;
var nearestKept = 8;
function checkSaved(value) {
  const data = value;
  if (!data || typeof data !== "object" || data.format !== savedFormat) {
    throw new TypeError(`Not a whosaid cluster index: expected the value of \`ClusterIndex#toJSON()\` (format \`${savedFormat}\`, version ${savedVersion})`);
  }
  if (data.version !== savedVersion && data.version !== previousVersion) {
    throw new TypeError(
      `Cluster index saved in version ${JSON.stringify(data.version)} of the format, this whosaid reads version ${savedVersion}: cluster its items again (\`index.addAll(saved.items)\`)`
    );
  }
  if (!Array.isArray(data.items)) throw new TypeError("Broken cluster index: `items` must be an array");
  if (!Array.isArray(data.clusters)) throw new TypeError("Broken cluster index: `clusters` must be an array");
  const ids = /* @__PURE__ */ new Set();
  data.items.forEach((item, at) => {
    const where = `items[${at}]`;
    if (!item || typeof item !== "object") fail(where, "an object", item);
    const fields = item;
    if (typeof fields.id !== "string") fail(`${where}.id`, "a string", fields.id);
    if (ids.has(fields.id)) fail(`${where}.id`, "unique", fields.id);
    ids.add(fields.id);
    if (typeof fields.text !== "string") fail(`${where}.text`, "a string", fields.text);
    for (const key2 of ["speaker", "document"]) if (fields[key2] !== null && typeof fields[key2] !== "string") fail(`${where}.${key2}`, "a string or null", fields[key2]);
    if (!isShare(fields.similarity)) fail(`${where}.similarity`, "a number from 0 to 1", fields.similarity);
    if (data.version === previousVersion) {
      if (!isShare(fields.neighbourhood)) fail(`${where}.neighbourhood`, "a number from 0 to 1", fields.neighbourhood);
      return;
    }
    const nearest = fields.nearest;
    if (!Array.isArray(nearest) || nearest.length > nearestKept) fail(`${where}.nearest`, `an array of at most ${nearestKept} numbers`, nearest);
    nearest.forEach((value2, place) => {
      if (!isShare(value2) || place > 0 && value2 > nearest[place - 1]) fail(`${where}.nearest`, "numbers from 0 to 1, highest first", nearest);
    });
  });
  const seen = new Int32Array(data.items.length).fill(-1);
  data.clusters.forEach((cluster, at) => {
    const where = `clusters[${at}]`;
    if (!cluster || typeof cluster !== "object") fail(where, "an object", cluster);
    const fields = cluster;
    if (!Array.isArray(fields.members) || fields.members.length === 0) fail(`${where}.members`, "a non-empty array", fields.members);
    for (const member of fields.members) {
      if (!Number.isInteger(member) || member < 0 || member >= seen.length) fail(`${where}.members`, "item numbers", member);
      if (seen[member] !== -1) fail(`${where}.members`, "items in no other cluster", member);
      seen[member] = at;
    }
    if (!Number.isInteger(fields.representative) || seen[fields.representative] !== at) {
      fail(`${where}.representative`, "one of its members", fields.representative);
    }
    if (fields.speaker !== null && typeof fields.speaker !== "string") fail(`${where}.speaker`, "a string or null", fields.speaker);
  });
  const lost = seen.indexOf(-1);
  if (lost !== -1) fail(`items[${lost}]`, "in a cluster", data.items[lost].id);
  if (data.version === previousVersion) {
    const items2 = data.items.map(({ neighbourhood, ...item }) => ({ ...item, nearest: Array.from({ length: nearestKept }, () => neighbourhood) }));
    return { ...data, version: savedVersion, items: items2 };
  }
  return data;
}
function isShare(value) {
  return typeof value === "number" && value >= 0 && value <= 1;
}
function fail(field, expected, value) {
  throw new TypeError(`Broken cluster index: \`${field}\` must be ${expected}, not \`${JSON.stringify(value)?.slice(0, 80)}\``);
}

// src/cluster/blocks.ts
var Blocks = class {
  /** The numbers; a block is `pool[start … start + size)`. Read it directly: it is replaced when it grows. */
  pool = new Int32Array(1 << 16);
  #length = 0;
  /** Per size (by its log2): the first free block (-1: none); a free block holds the next one in its first number. */
  #free = [];
  /** Start of a new block of `size` numbers (a power of two). */
  take(size) {
    const level = 31 - Math.clz32(size);
    const start = this.#free[level] ?? -1;
    if (start !== -1) {
      this.#free[level] = this.pool[start];
      return start;
    }
    if (this.#length + size > this.pool.length) {
      this.pool = grown(this.pool, Math.max(this.pool.length * 2, this.#length + size));
    }
    this.#length += size;
    return this.#length - size;
  }
  /** Give back the block at `start`, of `size` numbers. */
  give(start, size) {
    const level = 31 - Math.clz32(size);
    this.pool[start] = this.#free[level] ?? -1;
    this.#free[level] = start;
  }
  /** A block of `size` numbers holding the first `used` of the block at `start` (of half that size), which is given back. */
  grow(start, used, size) {
    const to = this.take(size);
    this.pool.copyWithin(to, start, start + used);
    this.give(start, size / 2);
    return to;
  }
};
function blockSize(count) {
  return count <= 2 ? 2 : 1 << 32 - Math.clz32(count - 1);
}

// src/cluster/pairs.ts
var key = 0;
var newestCluster = 1;
var held = 2;
var olderHolders = 3;
var stride = 4;
var maxLoad = 0.75;
var PairIndex = class {
  #slots = new Int32Array(stride << 14);
  #mask = (1 << 14) - 1;
  #count = 0;
  #older = new Blocks();
  #keys = new Int32Array(64);
  /** Read by nobody: keeps the touching reads in `collect` from being optimised away. */
  #sink = 0;
  /** Most clusters read for one pair: a pair held more often is never read, so it is no longer posted either. */
  limit;
  constructor(limit) {
    this.limit = limit;
  }
  /**
   * Post `owner` under every pair of neighbours in `terms`, but for a pair
   * with a term that no other wording holds (`frequencies[term] < 2`): most
   * such pairs are never met again, and a wording that meets one later finds
   * the cluster through that term's own postings, short as they are then.
   */
  add(terms, owner, frequencies) {
    for (let at = 1; at < terms.length; at++) {
      if (frequencies[terms[at - 1]] < 2 || frequencies[terms[at]] < 2) continue;
      const pair2 = pairKey(terms[at - 1], terms[at]);
      const slot = this.#find(pair2);
      const slots = this.#slots;
      if (slots[slot + held] === 0) {
        slots[slot + key] = pair2;
        slots[slot + newestCluster] = owner;
        slots[slot + held] = 1;
        slots[slot + olderHolders] = -1;
        if (++this.#count > (this.#mask + 1) * maxLoad) this.#grow();
        continue;
      }
      const holders = slots[slot + held];
      if (slots[slot + newestCluster] === owner || holders > this.limit) continue;
      const older = holders - 1;
      let start = slots[slot + olderHolders];
      if (older === 0) start = this.#older.take(2);
      else if (older === blockSize(older)) start = this.#older.grow(start, older, older * 2);
      this.#older.pool[start + older] = slots[slot + newestCluster];
      slots[slot + newestCluster] = owner;
      slots[slot + held] = holders + 1;
      if (holders + 1 > this.limit) {
        this.#older.give(start, blockSize(holders));
        start = -1;
      }
      slots[slot + olderHolders] = start;
    }
  }
  /**
   * Write into `out` the clusters holding each pair of neighbours in
   * `terms`, as (cluster, at) couples (`at`: index of the pair's second
   * term), newest first; a pair held more than `limit` times is skipped: it
   * is a stock phrase and tells statements apart no better than its words.
   * A cluster comes once per run of members holding the pair; a pair with a
   * term held by one wording only is not looked up (see `add`). Returns how
   * many numbers were written (`out` is grown as needed and returned too).
   */
  collect(terms, out, frequencies) {
    const slots = this.#slots;
    const older = this.#older.pool;
    if (this.#keys.length < terms.length) this.#keys = new Int32Array(terms.length * 2);
    const keys = this.#keys;
    let touched = 0;
    for (let at = 1; at < terms.length; at++) {
      if (frequencies[terms[at - 1]] < 2 || frequencies[terms[at]] < 2) {
        keys[at] = 0;
        continue;
      }
      const pair2 = pairKey(terms[at - 1], terms[at]);
      keys[at] = pair2;
      touched |= slots[(pair2 & this.#mask) * stride + held];
    }
    this.#sink = touched;
    let count = 0;
    for (let at = 1; at < terms.length; at++) {
      if (keys[at] === 0) continue;
      const slot = this.#find(keys[at]);
      const holders = slots[slot + held];
      if (holders === 0 || holders > this.limit) continue;
      if (count + 2 * holders > out.length) out = grown(out, Math.max(out.length * 2, count + 2 * holders));
      out[count++] = slots[slot + newestCluster];
      out[count++] = at;
      const start = slots[slot + olderHolders];
      for (let entry = start + holders - 2; entry >= start; entry--) {
        out[count++] = older[entry];
        out[count++] = at;
      }
    }
    return { out, count };
  }
  /** The slot holding `pair`, or the empty slot where it would go. */
  #find(pair2) {
    const slots = this.#slots;
    const mask = this.#mask;
    let probe = pair2 & mask;
    while (slots[probe * stride + held] !== 0 && slots[probe * stride + key] !== pair2) probe = probe + 1 & mask;
    return probe * stride;
  }
  /** Double the table and place every pair again. */
  #grow() {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    this.#slots = slots;
    this.#mask = this.#mask * 2 + 1;
    for (let slot = 0; slot < old.length; slot += stride) {
      if (old[slot + held] === 0) continue;
      const to = this.#find(old[slot + key]);
      for (let field = 0; field < stride; field++) slots[to + field] = old[slot + field];
    }
  }
};
function pairKey(a2, b2) {
  const low = a2 < b2 ? a2 : b2;
  const high = a2 < b2 ? b2 : a2;
  let hash = Math.imul(low ^ 2654435769, 2246822507);
  hash = Math.imul(hash ^ hash >>> 13 ^ high, 3266489909);
  hash ^= Math.imul(high, 668265263);
  return hash ^ hash >>> 16 | 0;
}

// src/cluster/similarity.ts
function rarity(total, frequency) {
  return Math.log(1 + (total + 1) / (frequency + 1));
}
function overlap(shared, weightA, weightB) {
  const union = weightA + weightB - shared;
  return union > 0 ? shared / union : 0;
}
function containment(shared, partWeight) {
  return partWeight > 0 ? shared / partWeight : 0;
}

// src/cluster/synonyms.ts
import { existsSync, readFileSync } from "node:fs";
var softWeight = 0.85;
var table;
var synsetCount = 0;
function loadTable() {
  if (table) return table;
  const file = [new URL("../data/wordnet-synonyms.txt", import.meta.url), new URL("../../data/wordnet-synonyms.txt", import.meta.url)].find((url) => existsSync(url));
  if (!file) throw new Error("whosaid: the synonym table `data/wordnet-synonyms.txt` is missing from the package");
  table = /* @__PURE__ */ new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const tab = line.indexOf("	");
    const synsets = Int32Array.from(line.slice(tab + 1).split(","), Number);
    for (const synset of synsets) if (synset >= synsetCount) synsetCount = synset + 1;
    table.set(line.slice(0, tab), synsets);
  }
  return table;
}
var Synonyms = class {
  #wordings;
  #table = loadTable();
  /** Per term id: its synsets, where it has any. */
  #synsets = [];
  /** Per synset: the stamp of the marked wording holding it, and which of its terms. */
  #synsetMark = new Int32Array(synsetCount);
  #synsetTerm = new Int32Array(synsetCount);
  #mark = 0;
  /** Whether any term of the marked wording has a synset. */
  #markedHasSynsets = false;
  /** Per term: the comparison that met it in the other wording, and the one that used it in a match. */
  #inOther = new Int32Array(1024);
  #used = new Int32Array(1024);
  /** Per term of the other wording: the comparison that matched it, and to which marked term. */
  #matchedIn = new Int32Array(1024);
  #partner = new Int32Array(1024);
  #comparison = 0;
  constructor(wordings) {
    this.#wordings = wordings;
  }
  /** Per term id: 0 not looked up yet, 1 no synsets, 2 synsets in `#synsets`. */
  #state = new Uint8Array(1024);
  #of(term) {
    if (term >= this.#state.length) {
      const state2 = new Uint8Array(Math.max(term + 1, this.#state.length * 2));
      state2.set(this.#state);
      this.#state = state2;
    }
    const state = this.#state[term];
    if (state === 1) return null;
    if (state === 2) return this.#synsets[term];
    const synsets = this.#table.get(this.#wordings.vocabulary.stems[term]) ?? null;
    this.#state[term] = synsets ? 2 : 1;
    if (synsets) this.#synsets[term] = synsets;
    return synsets;
  }
  /** Stamp the synsets of the marked wording's terms (the first term of each synset answers for it). */
  mark(terms) {
    const mark = ++this.#mark;
    this.#markedHasSynsets = false;
    for (let at = 0; at < terms.length; at++) {
      const synsets = this.#of(terms[at]);
      if (!synsets) continue;
      this.#markedHasSynsets = true;
      for (let each = 0; each < synsets.length; each++) {
        const synset = synsets[each];
        if (this.#synsetMark[synset] === mark) continue;
        this.#synsetMark[synset] = mark;
        this.#synsetTerm[synset] = terms[at];
      }
    }
  }
  /**
   * The weight synonyms add between the marked wording and `other`: each
   * term of `other` the marked one lacks, matched to at most one term of the
   * marked one that `other` lacks, through a shared synset.
   */
  shared(other, isMarked) {
    const comparison = ++this.#comparison;
    if (!this.#markedHasSynsets) return 0;
    const vocabularySize = this.#wordings.vocabulary.size;
    if (this.#inOther.length < vocabularySize) {
      this.#inOther = grown(this.#inOther, vocabularySize * 2);
      this.#used = grown(this.#used, vocabularySize * 2);
      this.#matchedIn = grown(this.#matchedIn, vocabularySize * 2);
      this.#partner = grown(this.#partner, vocabularySize * 2);
    }
    for (let at = 0; at < other.length; at++) this.#inOther[other[at]] = comparison;
    let added = 0;
    for (let at = 0; at < other.length; at++) {
      const term = other[at];
      if (isMarked(term)) continue;
      const synsets = this.#of(term);
      if (!synsets) continue;
      for (let each = 0; each < synsets.length; each++) {
        const synset = synsets[each];
        if (this.#synsetMark[synset] !== this.#mark) continue;
        const match = this.#synsetTerm[synset];
        if (this.#inOther[match] === comparison || this.#used[match] === comparison) continue;
        this.#used[match] = comparison;
        this.#matchedIn[term] = comparison;
        this.#partner[term] = match;
        added += softWeight * Math.min(this.#wordings.weight(term), this.#wordings.weight(match));
        break;
      }
    }
    return added;
  }
  /** Whether marked term `term` was matched in the last `shared` call. */
  used(term) {
    return this.#used[term] === this.#comparison;
  }
  /** The marked term that term `term` of the other wording was matched to in the last `shared` call, or -1. */
  partner(term) {
    return this.#matchedIn[term] === this.#comparison ? this.#partner[term] : -1;
  }
};

// src/cluster/scorer.ts
var minSharedForSynonyms = 0.15;
var Scorer = class {
  #wordings;
  #wordOrder;
  #synonyms;
  #spellings;
  parts = { words: 0, pairs: 0, synonyms: 0, spellings: 0, overlap: 0, contained: 0 };
  /** The marked wording (-1: none). */
  marked = -1;
  #marks = new Int32Array(0);
  #mark = 0;
  #markedPairs = new Int32Array(0);
  #markedPairStamps = new Int32Array(0);
  #sharedPairs = 0;
  #shared = 0;
  /** The marked wording's weight and pair weight, read once per mark. */
  #markedWeight = 0;
  #markedPairWeight = 0;
  constructor(wordings, wordOrder, synonyms, spellings) {
    this.#wordings = wordings;
    this.#wordOrder = wordOrder;
    this.#synonyms = synonyms;
    this.#spellings = spellings;
  }
  /** Mark wording `index`: the one the next calls compare with others. */
  mark(index2) {
    const wordings = this.#wordings;
    if (this.#marks.length < wordings.vocabulary.size) this.#marks = grown(this.#marks, Math.max(1024, wordings.vocabulary.size * 2));
    this.marked = index2;
    this.#markedWeight = wordings.itemWeight(index2);
    this.#markedPairWeight = wordings.pairWeight(index2);
    this.#mark++;
    const terms = wordings.terms(index2);
    for (let at = 0; at < terms.length; at++) this.#marks[terms[at]] = this.#mark;
    this.#synonyms?.mark(terms);
    this.#spellings?.mark(terms);
    const size = Math.max(64, blockSize(4 * terms.length));
    if (this.#markedPairs.length < size) {
      this.#markedPairs = new Int32Array(size);
      this.#markedPairStamps = new Int32Array(size);
    }
    const mask = this.#markedPairs.length - 1;
    for (let at = 1; at < terms.length; at++) {
      const pair2 = pairKey(terms[at - 1], terms[at]);
      let slot = pair2 & mask;
      while (this.#markedPairStamps[slot] === this.#mark) slot = slot + 1 & mask;
      this.#markedPairs[slot] = pair2;
      this.#markedPairStamps[slot] = this.#mark;
    }
  }
  #isMarked = (term) => this.#marks[term] === this.#mark;
  /** The similarity of the marked wording and wording `other`, in parts. */
  compare(other) {
    this.#count(other);
    const wordings = this.#wordings;
    const parts = this.parts;
    const order = this.#wordOrder;
    const weight = wordings.itemWeight(other);
    const markedWeight = this.#markedWeight;
    let synonyms = 0;
    let spellings = 0;
    if ((this.#synonyms || this.#spellings) && this.#shared >= minSharedForSynonyms * Math.min(weight, markedWeight)) {
      const terms = wordings.terms(other);
      if (this.#synonyms) synonyms = this.#synonyms.shared(terms, this.#isMarked);
      if (this.#spellings) spellings = this.#spellings.shared(terms, this.#isMarked, this.#synonyms);
    }
    const soft = synonyms + spellings;
    if (soft > 0) this.#count(other, true);
    const shared = this.#shared + soft;
    const pairWeight = wordings.pairWeight(other);
    const markedPairWeight = this.#markedPairWeight;
    parts.synonyms = synonyms;
    parts.spellings = spellings;
    parts.words = overlap(shared, weight, markedWeight);
    parts.pairs = overlap(this.#sharedPairs, pairWeight, markedPairWeight);
    parts.overlap = (1 - order) * parts.words + order * parts.pairs;
    const lighter = Math.min(weight, markedWeight);
    const lighterPairs = weight <= markedWeight ? pairWeight : markedPairWeight;
    const words = Math.min(1, containment(shared, lighter));
    parts.contained = lighterPairs === 0 ? words : (1 - order) * words + order * containment(this.#sharedPairs, lighterPairs);
    return parts;
  }
  /** The marked term a soft match gave term `term` of the other wording, or -1. */
  #partner(term) {
    const synonym = this.#synonyms ? this.#synonyms.partner(term) : -1;
    return synonym !== -1 || !this.#spellings ? synonym : this.#spellings.partner(term);
  }
  /** Weight of the terms and of the pairs of neighbours that wording `other` shares with the marked one (a pair weighs its two terms). */
  #count(other, withSoft = false) {
    const wordings = this.#wordings;
    const pool = wordings.pool;
    const pairs = this.#markedPairs;
    const stamps = this.#markedPairStamps;
    const mask = pairs.length - 1;
    const mark = this.#mark;
    let shared = 0;
    let sharedPairs = 0;
    let previous = -1;
    const end = wordings.termStart[other] + wordings.termCount[other];
    let previousSoft = false;
    for (let at = wordings.termStart[other]; at < end; at++) {
      let term = pool[at];
      let soft = false;
      if (this.#marks[term] !== mark) {
        const partner = withSoft ? this.#partner(term) : -1;
        if (partner === -1) {
          previous = -1;
          continue;
        }
        term = partner;
        soft = true;
      }
      const weight = wordings.weight(term);
      if (!soft) shared += weight;
      if (previous !== -1) {
        const pair2 = pairKey(previous, term);
        for (let slot = pair2 & mask; stamps[slot] === mark; slot = slot + 1 & mask) {
          if (pairs[slot] === pair2) {
            sharedPairs += (wordings.weight(previous) + weight) * (soft || previousSoft ? softWeight : 1);
            break;
          }
        }
      }
      previous = term;
      previousSoft = soft;
    }
    if (!withSoft) this.#shared = shared;
    this.#sharedPairs = sharedPairs;
  }
};

// src/cluster/postings.ts
var Postings = class {
  /** Entries kept per term, at most (a power of two). */
  ring;
  #blocks = new Blocks();
  /** Per term: where its block starts. */
  #start = new Int32Array(1024);
  /** Per term: how many entries were ever added. */
  #count = new Int32Array(1024);
  constructor(keep) {
    let ring = 2;
    while (ring < keep) ring *= 2;
    this.ring = ring;
  }
  /** How many clusters were posted under `term`. */
  length(term) {
    return term < this.#count.length ? this.#count[term] : 0;
  }
  /** The `back`-th newest cluster posted under `term` (0: the newest); `back` below `min(length, ring)`. */
  at(term, back) {
    const count = this.#count[term];
    return this.#blocks.pool[this.#start[term] + (count - 1 - back & capacity(count, this.ring) - 1)];
  }
  /** Post `cluster` under `term`, unless it is already the newest there. */
  add(term, cluster) {
    if (term >= this.#count.length) {
      const length = Math.max(term + 1, this.#count.length * 2);
      this.#start = grown(this.#start, length);
      this.#count = grown(this.#count, length);
    }
    const count = this.#count[term];
    if (count === 0) {
      this.#start[term] = this.#blocks.take(2);
    } else {
      if (this.at(term, 0) === cluster) return;
      const size = capacity(count, this.ring);
      if (count === size && size < this.ring) this.#start[term] = this.#blocks.grow(this.#start[term], count, size * 2);
    }
    this.#blocks.pool[this.#start[term] + (count & capacity(count + 1, this.ring) - 1)] = cluster;
    this.#count[term] = count + 1;
  }
};
function capacity(count, ring) {
  return count >= ring ? ring : blockSize(count);
}

// src/cluster/search.ts
var maxPairHolders = 16;
var hitRead = 0;
var hitWeight = 1;
var hitStride = 2;
var CandidateSearch = class {
  #wordings;
  #postings;
  #pairs = new PairIndex(maxPairHolders);
  #maxPostings;
  /** How many wordings are indexed (the first `indexed` of the store). */
  indexed = 0;
  /**
   * Per-query scratch, per wording, side by side (one cache line per entry
   * read): the last list read that counted it (lists are numbered across
   * queries, so a wording counts once per list, and a number from before
   * this query's first list means it is not counted yet), and the weight.
   */
  #hits = new Float64Array(0);
  #read = 0;
  #touched = new Int32Array(256);
  #touchedCount = 0;
  #pairBuffer = new Int32Array(1024);
  #termWeights = new Float64Array(64);
  #rarest = new Int32Array(64);
  #rarestWeights = new Float64Array(64);
  constructor(wordings, maxPostings) {
    this.#wordings = wordings;
    this.#maxPostings = maxPostings;
    this.#postings = new Postings(maxPostings);
  }
  /** Index the stored wordings not indexed yet, in store order. */
  indexUpTo(count) {
    const wordings = this.#wordings;
    const frequencies = wordings.vocabulary.frequencies;
    for (; this.indexed < count; this.indexed++) {
      const index2 = this.indexed;
      const terms = wordings.terms(index2);
      this.#pairs.add(terms, index2, frequencies);
      for (let at = 0; at < terms.length; at++) this.#postings.add(terms[at], index2);
    }
  }
  /**
   * Up to `limit` indexed wordings sharing the most weight with wording
   * `index` (itself left out), most first, ties in the order met, into `out`;
   * returns how many. A shared pair of neighbours counts its two terms once more.
   */
  find(index2, limit, out) {
    const wordings = this.#wordings;
    const ordered = wordings.terms(index2);
    const stamp = this.#read + 1;
    if (this.#hits.length < this.indexed * hitStride) this.#hits = grown(this.#hits, Math.max(1024, Math.ceil(this.indexed * 1.25)) * hitStride);
    this.#touchedCount = 0;
    if (this.#termWeights.length < ordered.length) this.#termWeights = new Float64Array(ordered.length * 2);
    const termWeights = this.#termWeights;
    for (let at = 0; at < ordered.length; at++) termWeights[at] = wordings.weight(ordered[at]);
    const { out: pairs, count } = this.#pairs.collect(ordered, this.#pairBuffer, wordings.vocabulary.frequencies);
    this.#pairBuffer = pairs;
    let pairRead = -1;
    let reading = 0;
    for (let entry = 0; entry < count; entry += 2) {
      const holder = pairs[entry];
      const pair2 = pairs[entry + 1];
      if (pair2 !== pairRead) {
        pairRead = pair2;
        reading = ++this.#read;
      }
      if (holder !== index2 && holder < this.indexed) this.#tally(holder, termWeights[pair2 - 1] + termWeights[pair2], reading, stamp);
    }
    this.#byRarity(ordered, termWeights);
    let budget = this.#maxPostings;
    const postings = this.#postings;
    for (let at = 0; at < ordered.length && budget > 0; at++) {
      const term = this.#rarest[at];
      const length = postings.length(term);
      if (length === 0) continue;
      if (at > 0 && length > budget) break;
      const weight = this.#rarestWeights[at];
      const read = Math.min(length, budget, postings.ring);
      budget -= read;
      reading = ++this.#read;
      for (let back = 0; back < read; back++) {
        const holder = postings.at(term, back);
        if (holder !== index2) this.#tally(holder, weight, reading, stamp);
      }
    }
    return this.#best(limit, out);
  }
  /** Count `weight` for wording `holder` in the query whose first list is `stamp`, once per list read (`reading`). */
  #tally(holder, weight, reading, stamp) {
    const hits = this.#hits;
    const at = holder * hitStride;
    const last = hits[at + hitRead];
    if (last === reading) return;
    hits[at + hitRead] = reading;
    if (last >= stamp) {
      hits[at + hitWeight] += weight;
      return;
    }
    hits[at + hitWeight] = weight;
    if (this.#touchedCount === this.#touched.length) this.#touched = grown(this.#touched, this.#touchedCount * 2);
    this.#touched[this.#touchedCount++] = holder;
  }
  /** The `limit` wordings counted most in this query, most first, ties in the order met (insertion into a short list). */
  #best(limit, best) {
    const hits = this.#hits;
    let length = 0;
    for (let at = 0; at < this.#touchedCount; at++) {
      const holder = this.#touched[at];
      const weight = hits[holder * hitStride + hitWeight];
      if (length === limit && weight <= hits[best[limit - 1] * hitStride + hitWeight]) continue;
      let to = length === limit ? limit - 1 : length++;
      while (to > 0 && hits[best[to - 1] * hitStride + hitWeight] < weight) {
        best[to] = best[to - 1];
        to--;
      }
      best[to] = holder;
    }
    return length;
  }
  /** The terms rarest first into `#rarest` / `#rarestWeights`: an insertion sort, as wordings are short; ties keep their order. */
  #byRarity(terms, weights) {
    if (this.#rarest.length < terms.length) {
      this.#rarest = new Int32Array(terms.length * 2);
      this.#rarestWeights = new Float64Array(terms.length * 2);
    }
    const sorted = this.#rarest;
    const sortedWeights = this.#rarestWeights;
    if (terms.length > 64) {
      const order = Array.from({ length: terms.length }, (_, at) => at).sort((a2, b2) => weights[b2] - weights[a2] || a2 - b2);
      for (let at = 0; at < order.length; at++) {
        sorted[at] = terms[order[at]];
        sortedWeights[at] = weights[order[at]];
      }
      return;
    }
    for (let at = 0; at < terms.length; at++) {
      const weight = weights[at];
      let to = at;
      while (to > 0 && sortedWeights[to - 1] < weight) {
        sorted[to] = sorted[to - 1];
        sortedWeights[to] = sortedWeights[to - 1];
        to--;
      }
      sorted[to] = terms[at];
      sortedWeights[to] = weight;
    }
  }
};

// src/cluster/features.ts
import { stemmer } from "stemmer";

// src/lexicon/stopwords.ts
var stopwords = new Set(
  "a about above after again against all also am an and any are aren\u2019t as at be because been before being below between both but by can cannot could couldn\u2019t did didn\u2019t do does doesn\u2019t doing don\u2019t down during each even ever every few for from further had hadn\u2019t has hasn\u2019t have haven\u2019t having he her here hers herself him himself his how i if in into is isn\u2019t it it\u2019s its itself just let me more most much must my myself no nor not now of off on once one only or other ought our ours ourselves out over own same shall she should so some such than that the their theirs them themselves then there these they this those through thus to too under until up upon us very was wasn\u2019t we were weren\u2019t what when where which while who whom whose why will with won\u2019t would wouldn\u2019t yet you your yours yourself yourselves said say says told also still however may might many well like get got since whether within without via per among amid toward towards onto across along around behind beyond despite though although unless instead rather quite already almost".split(" ")
);

// src/cluster/span-table.ts
var missing = -2;
var SpanTable = class {
  #hashes = new Int32Array(1 << 12);
  #values = new Int32Array(1 << 12);
  #words = new Array(1 << 12);
  #count = 0;
  get size() {
    return this.#count;
  }
  /** The value of `text.slice(start, end)`, whose `hashSpan` is `hash`, or `missing`. */
  get(text, start, end, hash) {
    const mask = this.#hashes.length - 1;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const word = this.#words[slot];
      if (word === void 0) return missing;
      if (this.#hashes[slot] === hash && word.length === end - start && text.startsWith(word, start)) return this.#values[slot];
    }
  }
  /** Set the value of `word` (not yet in the table). */
  set(word, value) {
    if ((this.#count + 1) * 2 > this.#hashes.length) this.#grow();
    this.#place(word, hashSpan(word, 0, word.length), value);
    this.#count++;
  }
  #place(word, hash, value) {
    const mask = this.#hashes.length - 1;
    let slot = hash & mask;
    while (this.#words[slot] !== void 0) slot = slot + 1 & mask;
    this.#words[slot] = word;
    this.#hashes[slot] = hash;
    this.#values[slot] = value;
  }
  #grow() {
    const words = this.#words;
    const hashes = this.#hashes;
    const values = this.#values;
    this.#words = new Array(words.length * 2);
    this.#hashes = new Int32Array(hashes.length * 2);
    this.#values = new Int32Array(values.length * 2);
    for (let slot = 0; slot < words.length; slot++) {
      if (words[slot] !== void 0) this.#place(words[slot], hashes[slot], values[slot]);
    }
  }
};
function hashSpan(text, start, end) {
  let hash = hashStart;
  for (let at = start; at < end; at++) hash = hashStep(hash, text.charCodeAt(at));
  return hash;
}
var hashStart = 2166136261 | 0;
function hashStep(hash, code) {
  return Math.imul(hash ^ code, 16777619);
}

// src/cluster/numbers.ts
var units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
var tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
var figures = new Map([...units.map((word, value) => [word, String(value)]), ...tens.map((word, at) => [word, String(20 + 10 * at)])]);
figures.delete("one");
var ordinal = /^(\d+)(?:st|nd|rd|th)$/;
function asFigures(word) {
  const figure = figures.get(word);
  if (figure !== void 0) return figure;
  const match = ordinal.exec(word);
  return match ? match[1] : void 0;
}

// src/cluster/features.ts
var wordAt = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/uy;
var Vocabulary = class {
  #ids = /* @__PURE__ */ new Map();
  /** Term id (or -1, a function word) of words read through the pattern, and of lowercased forms unlike their written one. */
  #stems = /* @__PURE__ */ new Map();
  /** Term id (or -1) of each ASCII word as written, looked up in place. */
  #written = new SpanTable();
  #found = new Int32Array(64);
  /** Per term id: the call of `terms` that last found it, so a repeat is skipped in constant time. */
  #foundIn = new Int32Array(1024);
  #call = 0;
  /** Each term's stem, by id. */
  stems = [];
  /** How many items hold each term (document frequency). */
  frequencies = new Int32Array(1024);
  size = 0;
  /**
   * Ids of the distinct content stems of `text`, in order of first use (a
   * view of a buffer that the next call overwrites). Words are
   * `[\p{L}\p{N}]+(?:['’][\p{L}]+)*`; ASCII words are read by hand and
   * looked up in place, the rest through the pattern.
   */
  terms(text) {
    let count = 0;
    const call = ++this.#call;
    const length = text.length;
    let at = 0;
    while (at < length) {
      const code = text.charCodeAt(at);
      let id = -1;
      if (code < 128) {
        if (!isAsciiAlphanumeric(code)) {
          at++;
          continue;
        }
        const start = at;
        let hash = hashStep(hashStart, code);
        at++;
        let letters = false;
        for (; ; ) {
          const next = at < length ? text.charCodeAt(at) : 32;
          if (letters ? isAsciiLetter(next) : isAsciiAlphanumeric(next)) {
            hash = hashStep(hash, next);
            at++;
          } else if ((next === 39 || next === 8217) && at + 1 < length && isAsciiLetter(text.charCodeAt(at + 1))) {
            hash = hashStep(hashStep(hash, next), text.charCodeAt(at + 1));
            at += 2;
            letters = true;
          } else {
            const after = next === 39 || next === 8217 ? at + 1 < length ? text.charCodeAt(at + 1) : 32 : next;
            if (after >= 128 && !isPunctuation(after)) at = -1;
            break;
          }
        }
        if (at === -1) {
          at = start;
          id = this.#wordAt(text, at);
          at = wordAt.lastIndex;
        } else {
          id = this.#written.get(text, start, at, hash);
          if (id === missing) {
            const word = text.slice(start, at);
            id = this.#idOf(word);
            this.#written.set(word, id);
          }
        }
      } else if (isPunctuation(code)) {
        at++;
        continue;
      } else {
        id = this.#wordAt(text, at);
        if (id === missing) {
          at++;
          continue;
        }
        at = wordAt.lastIndex;
      }
      if (id < 0) continue;
      if (id >= this.#foundIn.length) this.#foundIn = grown(this.#foundIn, Math.max(id + 1, this.#foundIn.length * 2));
      if (this.#foundIn[id] === call) continue;
      this.#foundIn[id] = call;
      if (count === this.#found.length) this.#found = grown(this.#found, count * 2);
      this.#found[count++] = id;
    }
    return this.#found.subarray(0, count);
  }
  /** Term id (or -1) of the word the pattern reads at `at`, or `missing`; `wordAt.lastIndex` is then its end. */
  #wordAt(text, at) {
    wordAt.lastIndex = at;
    const match = wordAt.exec(text);
    if (!match) return missing;
    let id = this.#stems.get(match[0]);
    if (id === void 0) {
      id = this.#idOf(match[0]);
      this.#stems.set(match[0], id);
    }
    return id;
  }
  /** Term id of a word as written, or -1 for a function word. */
  #idOf(written) {
    const lower = written.toLowerCase();
    const word = lower.includes("\u2019") ? lower.replace(/’/g, "'") : lower;
    let id = this.#stems.get(word);
    if (id === void 0) {
      const figures2 = asFigures(word);
      if (figures2 !== void 0) id = this.#id(figures2);
      else id = stopwords.has(word.replace(/'/g, "\u2019")) || stopwords.has(word) ? -1 : this.#id(stemmer(fold(word).replace(/'s$/, "")));
      if (word !== written) this.#stems.set(word, id);
    }
    return id;
  }
  /** Count an item's terms in the frequencies. */
  count(terms) {
    for (let at = 0; at < terms.length; at++) this.frequencies[terms[at]]++;
  }
  #id(stem) {
    let id = this.#ids.get(stem);
    if (id === void 0) {
      id = this.size++;
      this.#ids.set(stem, id);
      this.stems.push(stem);
      if (id >= this.frequencies.length) this.frequencies = grown(this.frequencies, this.frequencies.length * 2);
    }
    return id;
  }
};
var unmarked = { \u0111: "d", \u00F0: "d", \u0142: "l", \u00F8: "o", \u00DF: "ss", \u00E6: "ae", \u0153: "oe", \u00FE: "th", \u0127: "h", \u0131: "i" };
var unmarkedLetters = /[đðłøßæœþħı]/g;
function fold(word) {
  return /[^\u0000-\u007F]/.test(word) ? word.normalize("NFKD").replace(/\p{M}/gu, "").replace(unmarkedLetters, (letter) => unmarked[letter]) : word;
}
function isAsciiLetter(code) {
  return (code | 32) >= 97 && (code | 32) <= 122;
}
function isAsciiAlphanumeric(code) {
  return isAsciiLetter(code) || code >= 48 && code <= 57;
}
var tableEnd = 8304;
var notWord = new Uint8Array(tableEnd);
for (let code = 128; code < tableEnd; code++) notWord[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 0 : 1;
function isPunctuation(code) {
  return code < tableEnd && notWord[code] === 1;
}

// src/entities/name-key.ts
var folds = [
  [/^ye/, "e"],
  [/^yu/, "u"],
  [/^ya/, "a"],
  [/tch/g, "ch"],
  [/dzh/g, "j"],
  [/sch/g, "sh"],
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/x/g, "ks"],
  [/q/g, "k"],
  [/c(?=[eiy])/g, "s"],
  [/c(?!h)/g, "k"],
  [/w/g, "v"],
  [/j/g, "y"]
];
function wordKey(word) {
  let value = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  if (!value) return word.toLowerCase();
  for (const [pattern, replacement] of folds) value = value.replace(pattern, replacement);
  const head = value[0];
  const consonants = value.slice(1).replace(/[aeiouy]/g, "");
  return (head + consonants).replace(/(.)\1+/g, "$1");
}
var cache = /* @__PURE__ */ new Map();
function nameKeys(name) {
  let keys = cache.get(name);
  if (!keys) {
    if (cache.size > 5e4) cache.clear();
    keys = name.split(/[\s-]+/).filter(Boolean).map(wordKey);
    cache.set(name, keys);
  }
  return keys;
}
function keysCompatible(keysA, keysB) {
  if (keysA.length === 0 || keysB.length === 0) return false;
  const [shorter, longer] = keysA.length <= keysB.length ? [keysA, keysB] : [keysB, keysA];
  if (shorter.length > 1 && shorter[shorter.length - 1] !== longer[longer.length - 1]) return false;
  return shorter.every((key2) => longer.includes(key2));
}

// src/cluster/speakers.ts
var determiners = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "one"]);
function isDescription(name) {
  const first = name.trim().split(/\s+/, 1)[0] ?? "";
  return determiners.has(first.toLowerCase()) || /^\p{Ll}/u.test(first);
}
function speakerKeys(name) {
  return name && !isDescription(name) ? nameKeys(name) : null;
}
function speakerKeysCompatible(a2, b2) {
  return a2 === null || b2 === null || a2 === b2 || keysCompatible(a2, b2);
}

// src/cluster/wordings.ts
var unknownSpeaker = -1;
var Wordings = class {
  vocabulary = new Vocabulary();
  ids = [];
  texts = [];
  documents = [];
  #known = /* @__PURE__ */ new Set();
  /** Every wording's terms, one after another: `pool[termStart[i] … termStart[i] + termCount[i])`. */
  pool = new Int32Array(1 << 16);
  #poolLength = 0;
  termStart = new Int32Array(1024);
  termCount = new Int32Array(1024);
  speaker = new Int32Array(1024);
  // Speakers, interned: one entry per distinct name.
  #speakerNames = [];
  /** Keys of each speaker's name (`null`: a description, which fits anyone). */
  #speakerKeys = [];
  #speakerIndex = /* @__PURE__ */ new Map();
  #compatible = /* @__PURE__ */ new Map();
  get size() {
    return this.ids.length;
  }
  /** Store an item (checked) and count its terms; returns its number. */
  add(item) {
    if (!item || typeof item !== "object" || typeof item.id !== "string" || typeof item.text !== "string") {
      throw new TypeError(`Expected an item \`{id: string, text: string}\`, not \`${JSON.stringify(item)?.slice(0, 80)}\``);
    }
    checkOptionalString(item.speaker, "speaker", item.id);
    checkOptionalString(item.document, "document", item.id);
    if (this.#known.has(item.id)) throw new TypeError(`Duplicate item id \`${item.id}\``);
    this.#known.add(item.id);
    const index2 = this.ids.length;
    if (index2 >= this.termStart.length) {
      const length = index2 * 2;
      this.termStart = grown(this.termStart, length);
      this.termCount = grown(this.termCount, length);
      this.speaker = grown(this.speaker, length);
    }
    const terms = this.vocabulary.terms(item.text);
    this.vocabulary.count(terms);
    if (this.#poolLength + terms.length > this.pool.length) {
      this.pool = grown(this.pool, Math.max(this.pool.length * 2, this.#poolLength + terms.length));
    }
    this.pool.set(terms, this.#poolLength);
    this.termStart[index2] = this.#poolLength;
    this.termCount[index2] = terms.length;
    this.#poolLength += terms.length;
    this.ids.push(item.id);
    this.texts.push(item.text);
    this.documents.push(item.document ?? null);
    this.speaker[index2] = this.internSpeaker(item.speaker ?? null);
    return index2;
  }
  /** The terms of wording `index` (a view of the pool). */
  terms(index2) {
    const start = this.termStart[index2];
    return this.pool.subarray(start, start + this.termCount[index2]);
  }
  internSpeaker(name) {
    if (!name) return unknownSpeaker;
    let id = this.#speakerIndex.get(name);
    if (id === void 0) {
      id = this.#speakerNames.length;
      this.#speakerNames.push(name);
      this.#speakerKeys.push(speakerKeys(name));
      this.#speakerIndex.set(name, id);
    }
    return id;
  }
  speakerName(id) {
    return id === unknownSpeaker ? null : this.#speakerNames[id];
  }
  /** Whether a speaker is known by a name (not a description). */
  isNamed(id) {
    return id !== unknownSpeaker && this.#speakerKeys[id] !== null;
  }
  /** Whether two speakers may be one person; an unknown speaker fits anyone. */
  speakersFit(a2, b2) {
    if (a2 === unknownSpeaker || b2 === unknownSpeaker || a2 === b2) return true;
    const key2 = a2 < b2 ? a2 * 2097152 + b2 : b2 * 2097152 + a2;
    let fit = this.#compatible.get(key2);
    if (fit === void 0) {
      fit = speakerKeysCompatible(this.#speakerKeys[a2], this.#speakerKeys[b2]);
      if (this.#compatible.size > 1e5) this.#compatible.clear();
      this.#compatible.set(key2, fit);
    }
    return fit;
  }
  // Rarity weights, cached until the collection grows.
  #weights = new Float64Array(0);
  #weightStamps = new Int32Array(0);
  /** Rarity weight of a term in the collection as it is now. */
  weight(term) {
    const total = this.ids.length;
    if (term >= this.#weights.length) {
      const length = Math.max(1024, this.vocabulary.size * 2, term + 1);
      this.#weights = grown(this.#weights, length);
      this.#weightStamps = grown(this.#weightStamps, length);
    }
    if (this.#weightStamps[term] !== total) {
      this.#weights[term] = rarity(total, this.vocabulary.frequencies[term]);
      this.#weightStamps[term] = total;
    }
    return this.#weights[term];
  }
  #itemWeights = new Float64Array(1024);
  #itemWeightStamps = new Int32Array(1024);
  /** Total rarity of a wording's terms (cached until the collection grows). */
  itemWeight(index2) {
    const total = this.ids.length;
    if (index2 >= this.#itemWeights.length) {
      this.#itemWeights = grown(this.#itemWeights, this.termStart.length);
      this.#itemWeightStamps = grown(this.#itemWeightStamps, this.termStart.length);
    }
    if (this.#itemWeightStamps[index2] !== total) {
      let sum = 0;
      const end = this.termStart[index2] + this.termCount[index2];
      for (let at = this.termStart[index2]; at < end; at++) sum += this.weight(this.pool[at]);
      this.#itemWeights[index2] = sum;
      this.#itemWeightStamps[index2] = total;
    }
    return this.#itemWeights[index2];
  }
  /** Weight of the pairs of neighbouring terms of a wording: each term counts once per pair it is in. */
  pairWeight(index2) {
    const start = this.termStart[index2];
    const count = this.termCount[index2];
    if (count < 2) return 0;
    return 2 * this.itemWeight(index2) - this.weight(this.pool[start]) - this.weight(this.pool[start + count - 1]);
  }
};
function checkOptionalString(value, field, id) {
  if (value !== void 0 && value !== null && typeof value !== "string") {
    throw new TypeError(`Expected a string or null as \`${field}\` of item \`${id}\`, not \`${JSON.stringify(value)?.slice(0, 80)}\``);
  }
}

// src/cluster/statements.ts
var Statements = class {
  #wordings;
  /** Per wording: its statement, the next member (-1: last), the similarity that admitted it. */
  of = new Int32Array(1024);
  next = new Int32Array(1024);
  similarity = new Float64Array(1024);
  /** Per statement: first and last member, size (0: merged away), representative, speaker. */
  first = new Int32Array(1024);
  last = new Int32Array(1024);
  size = new Int32Array(1024);
  representative = new Int32Array(1024);
  speaker = new Int32Array(1024);
  count = 0;
  constructor(wordings) {
    this.#wordings = wordings;
  }
  /** A statement of one wording. */
  open(index2) {
    this.#ensureWording(index2);
    const statement = this.#allocate();
    this.of[index2] = statement;
    this.next[index2] = -1;
    this.similarity[index2] = 1;
    this.first[statement] = index2;
    this.last[statement] = index2;
    this.size[statement] = 1;
    this.representative[statement] = index2;
    this.speaker[statement] = this.#wordings.speaker[index2];
    return statement;
  }
  /** An empty statement, to append saved members to (loading). */
  empty(representative, speaker) {
    const statement = this.#allocate();
    this.first[statement] = -1;
    this.last[statement] = -1;
    this.size[statement] = 0;
    this.representative[statement] = representative;
    this.speaker[statement] = speaker;
    return statement;
  }
  /** Append wording `index` to a statement, with the similarity that admitted it (loading). */
  append(statement, index2, similarity) {
    this.#ensureWording(index2);
    this.of[index2] = statement;
    this.next[index2] = -1;
    this.similarity[index2] = similarity;
    if (this.size[statement] === 0) this.first[statement] = index2;
    else this.next[this.last[statement]] = index2;
    this.last[statement] = index2;
    this.size[statement]++;
  }
  #ensureWording(index2) {
    if (index2 < this.of.length) return;
    const length = Math.max(index2 + 1, this.of.length * 2);
    this.of = grown(this.of, length);
    this.next = grown(this.next, length);
    this.similarity = grown(this.similarity, length);
  }
  #allocate() {
    const statement = this.count++;
    if (statement >= this.first.length) {
      const length = statement * 2;
      this.first = grown(this.first, length);
      this.last = grown(this.last, length);
      this.size = grown(this.size, length);
      this.representative = grown(this.representative, length);
      this.speaker = grown(this.speaker, length);
    }
    return statement;
  }
  /**
   * Merge statement `b` into `a`: the members of `b` get `similarity` (the
   * caller passes the smaller as `b` where it can). Returns the statement
   * that remains (the larger keeps its number).
   */
  merge(a2, b2, similarity) {
    for (let member = this.first[b2]; member !== -1; member = this.next[member]) this.similarity[member] = similarity;
    const [into, from] = this.size[a2] >= this.size[b2] ? [a2, b2] : [b2, a2];
    for (let member = this.first[from]; member !== -1; member = this.next[member]) this.of[member] = into;
    this.next[this.last[into]] = this.first[from];
    this.last[into] = this.last[from];
    this.size[into] += this.size[from];
    this.size[from] = 0;
    const wordings = this.#wordings;
    const kept = this.representative[into];
    const other = this.representative[from];
    const heavier = wordings.itemWeight(other) > wordings.itemWeight(kept) || wordings.itemWeight(other) === wordings.itemWeight(kept) && other < kept ? other : kept;
    this.representative[into] = heavier;
    if (heavier !== kept) this.similarity[kept] = similarity;
    this.similarity[heavier] = 1;
    const current = this.speaker[into];
    const incoming = this.speaker[from];
    if (current === unknownSpeaker || !wordings.isNamed(current) && wordings.isNamed(incoming)) this.speaker[into] = incoming;
    return into;
  }
};

// src/cluster/spellings.ts
var spellingWeight = 0.85;
var minSpellingLength = 5;
var minLongerLength = 6;
var noKeys = new Int32Array(0);
function keyOf(stem, skip) {
  let hash = 2166136261;
  for (let at = 0; at < stem.length; at++) {
    if (at === skip) continue;
    hash = Math.imul(hash ^ stem.charCodeAt(at), 16777619);
  }
  return hash | 0;
}
function spellingKeys(stem) {
  if (stem.length < minSpellingLength || !/^\p{L}+$/u.test(stem)) return noKeys;
  const keys = new Int32Array(stem.length + 1);
  keys[0] = keyOf(stem, -1);
  for (let at = 0; at < stem.length; at++) keys[at + 1] = keyOf(stem, at);
  return keys;
}
var Spellings = class {
  #wordings;
  /** Per term id: its keys, once looked up. */
  #keys = [];
  /** The marked wording's keys, open-addressed: key, stamp, and the marked term holding it. */
  #tableKeys = new Int32Array(256);
  #tableStamps = new Int32Array(256);
  #tableTerms = new Int32Array(256);
  #mark = 0;
  #markedHasKeys = false;
  /** Per term: the comparison that met it in the other wording, that used it in a match, that matched it, and its partner. */
  #inOther = new Int32Array(1024);
  #used = new Int32Array(1024);
  #matchedIn = new Int32Array(1024);
  #partner = new Int32Array(1024);
  #comparison = 0;
  constructor(wordings) {
    this.#wordings = wordings;
  }
  #of(term) {
    let keys = this.#keys[term];
    if (keys === void 0) {
      keys = spellingKeys(this.#wordings.vocabulary.stems[term]);
      this.#keys[term] = keys;
    }
    return keys;
  }
  /** Stamp the keys of the marked wording's terms (the first term holding a key answers for it). */
  mark(terms) {
    const mark = ++this.#mark;
    this.#markedHasKeys = false;
    let count = 0;
    for (let at = 0; at < terms.length; at++) count += this.#of(terms[at]).length;
    if (count === 0) return;
    this.#markedHasKeys = true;
    let size = this.#tableKeys.length;
    while (size < count * 2) size *= 2;
    if (size !== this.#tableKeys.length) {
      this.#tableKeys = new Int32Array(size);
      this.#tableStamps = new Int32Array(size);
      this.#tableTerms = new Int32Array(size);
    }
    const mask = size - 1;
    for (let at = 0; at < terms.length; at++) {
      const keys = this.#of(terms[at]);
      for (let each = 0; each < keys.length; each++) {
        const key2 = keys[each];
        let slot = key2 & mask;
        while (this.#tableStamps[slot] === mark && this.#tableKeys[slot] !== key2) slot = slot + 1 & mask;
        if (this.#tableStamps[slot] === mark) continue;
        this.#tableStamps[slot] = mark;
        this.#tableKeys[slot] = key2;
        this.#tableTerms[slot] = terms[at];
      }
    }
  }
  /** The marked term holding `key`, or -1. */
  #lookup(key2) {
    const mask = this.#tableKeys.length - 1;
    for (let slot = key2 & mask; this.#tableStamps[slot] === this.#mark; slot = slot + 1 & mask) {
      if (this.#tableKeys[slot] === key2) return this.#tableTerms[slot];
    }
    return -1;
  }
  /**
   * The weight near-identical spellings add between the marked wording and
   * `other`: each term of `other` the marked one lacks (and no synonym
   * matched) to at most one such term of the marked one.
   */
  shared(other, isMarked, synonyms) {
    if (!this.#markedHasKeys) return 0;
    const comparison = ++this.#comparison;
    const vocabularySize = this.#wordings.vocabulary.size;
    if (this.#inOther.length < vocabularySize) {
      this.#inOther = grown(this.#inOther, vocabularySize * 2);
      this.#used = grown(this.#used, vocabularySize * 2);
      this.#matchedIn = grown(this.#matchedIn, vocabularySize * 2);
      this.#partner = grown(this.#partner, vocabularySize * 2);
    }
    for (let at = 0; at < other.length; at++) this.#inOther[other[at]] = comparison;
    let added = 0;
    for (let at = 0; at < other.length; at++) {
      const term = other[at];
      if (isMarked(term) || synonyms && synonyms.partner(term) !== -1) continue;
      const keys = this.#of(term);
      for (let each = 0; each < keys.length; each++) {
        const match = this.#lookup(keys[each]);
        if (match === -1 || this.#inOther[match] === comparison || this.#used[match] === comparison) continue;
        if (synonyms && synonyms.used(match)) continue;
        const stems = this.#wordings.vocabulary.stems;
        if (Math.max(stems[term].length, stems[match].length) < minLongerLength) continue;
        this.#used[match] = comparison;
        this.#matchedIn[term] = comparison;
        this.#partner[term] = match;
        added += spellingWeight * Math.min(this.#wordings.weight(term), this.#wordings.weight(match));
        break;
      }
    }
    return added;
  }
  /** The marked term that term `term` of the other wording was matched to in the last `shared` call, or -1. */
  partner(term) {
    return this.#matchedIn[term] === this.#comparison ? this.#partner[term] : -1;
  }
};

// src/cluster/cluster.ts
var ClusterIndex = class _ClusterIndex {
  options;
  #wordings = new Wordings();
  #statements = new Statements(this.#wordings);
  #search;
  #placement;
  constructor(options) {
    this.options = checkOptions(options);
    this.#search = new CandidateSearch(this.#wordings, this.options.maxPostings);
    const { wordOrder, synonyms, spellings } = this.options;
    const scorer2 = new Scorer(this.#wordings, wordOrder, synonyms ? new Synonyms(this.#wordings) : void 0, spellings ? new Spellings(this.#wordings) : void 0);
    this.#placement = new Placement(this.#wordings, this.#search, scorer2, this.#statements, this.options);
  }
  /** How many wordings the index holds. */
  get size() {
    return this.#wordings.size;
  }
  /** Add one wording as it arrives. */
  add(item) {
    const index2 = this.#wordings.add(item);
    this.#placement.place(index2, index2 + 1);
  }
  /** Add many wordings at once: counted together, then linked together (the best way). */
  addAll(items2) {
    if (items2 === null || typeof items2 !== "object" || typeof items2[Symbol.iterator] !== "function") {
      throw new TypeError(`Expected an iterable of \`{id, text}\` items, not \`${String(items2)}\``);
    }
    const first = this.size;
    for (const item of items2) this.#wordings.add(item);
    this.#placement.place(first, this.size);
  }
  /** The clusters now, numbered `c1`, `c2`, … by their first member in input order. */
  clusters() {
    const statements = this.#statements;
    const wordings = this.#wordings;
    return this.#live().map(({ statement, members }, position) => ({
      id: `c${position + 1}`,
      speaker: wordings.speakerName(statements.speaker[statement]),
      representative: wordings.ids[statements.representative[statement]],
      members: members.map((member) => ({ id: wordings.ids[member], similarity: round(statements.similarity[member]) }))
    }));
  }
  toJSON() {
    const wordings = this.#wordings;
    const statements = this.#statements;
    const items2 = wordings.ids.map((id, index2) => ({
      id,
      text: wordings.texts[index2],
      speaker: wordings.speakerName(wordings.speaker[index2]),
      document: wordings.documents[index2],
      similarity: statements.similarity[index2],
      nearest: this.#placement.nearestOf(index2)
    }));
    const clusters = this.#live(false).map(({ statement, members }) => ({
      members,
      representative: statements.representative[statement],
      speaker: wordings.speakerName(statements.speaker[statement])
    }));
    return { format: savedFormat, version: savedVersion, options: this.options, items: items2, clusters };
  }
  /** Load an index saved with `toJSON`, to go on adding to it; throws naming the field of a broken save. */
  static fromJSON(value, options) {
    const data = checkSaved(value);
    const index2 = new _ClusterIndex(options ?? checkOptions(data.options, "saved options"));
    const wordings = index2.#wordings;
    const statements = index2.#statements;
    for (const item of data.items) wordings.add(item);
    const placement = index2.#placement;
    placement.reserve(wordings.size);
    data.items.forEach((item, at) => placement.restoreNearest(at, item.nearest));
    for (const cluster of data.clusters) {
      const statement = statements.empty(cluster.representative, wordings.internSpeaker(cluster.speaker));
      for (const member of cluster.members) statements.append(statement, member, data.items[member].similarity);
    }
    index2.#search.indexUpTo(wordings.size);
    return index2;
  }
  /** Statements with members, each with its members (in input order when `sorted`), ordered by their first member. */
  #live(sorted = true) {
    const statements = this.#statements;
    const live = [];
    for (let statement = 0; statement < statements.count; statement++) {
      if (statements.size[statement] === 0) continue;
      const members = [];
      for (let member = statements.first[statement]; member !== -1; member = statements.next[member]) members.push(member);
      live.push({ statement, members });
    }
    const first = (members) => sorted ? members.sort((a2, b2) => a2 - b2)[0] : members.reduce((low, member) => Math.min(low, member));
    const keys = new Map(live.map((entry) => [entry, first(entry.members)]));
    return live.sort((a2, b2) => keys.get(a2) - keys.get(b2));
  }
};
function round(value) {
  return Math.round(value * 1e3) / 1e3;
}

// tmp-diag/diag.ts
var pair = process.argv[2] ?? "cs-en";
var opts = JSON.parse(process.argv[3] ?? "{}");
var dir = "/work/data/wmt21/txt/references";
var [a, b] = ["A", "B"].map((r) => readFileSync2(`${dir}/newstest2021.${pair}.ref.${r}.en`, "utf8").split("\n"));
var items = [];
for (const [r, lines] of [["A", a], ["B", b]]) lines.forEach((text, line) => {
  if (text.trim()) items.push({ id: `${r}${line + 1}`, text, source: line });
});
var index = new ClusterIndex(opts);
index.addAll(items.map(({ id, text }) => ({ id, text })));
var saved = index.toJSON();
var clusterOf = /* @__PURE__ */ new Map();
saved.clusters.forEach((c, k) => c.members.forEach((m) => clusterOf.set(m, k)));
var w = new Wordings();
for (const it of items) w.add({ id: it.id, text: it.text });
var search = new CandidateSearch(w, 32);
search.indexUpTo(w.size);
var scorer = new Scorer(w, 0.25, new Synonyms(w), new Spellings(w));
var found = new Int32Array(12);
var byKey = /* @__PURE__ */ new Map();
items.forEach((it, i) => byKey.set(it.source, [...byKey.get(it.source) ?? [], i]));
var buckets = {};
var examples = {};
var n = w.size;
var lam = n / (n + 200);
var prior = (i) => lam * saved.items[i].neighbourhood + (1 - lam) * 0.2;
for (const [, group] of byKey) {
  if (group.length !== 2) continue;
  const [x, y] = group;
  if (clusterOf.get(x) === clusterOf.get(y)) continue;
  const fx = search.find(x, 12, found);
  const inX = Array.from(found.subarray(0, fx)).includes(y);
  const fy = search.find(y, 12, found);
  const inY = Array.from(found.subarray(0, fy)).includes(x);
  scorer.mark(x);
  const p = { ...scorer.compare(y) };
  const wx = w.itemWeight(x), wy = w.itemWeight(y);
  const ratio = Math.min(wx, wy) / Math.max(wx, wy);
  const m = p.overlap - (prior(x) + prior(y)) / 2;
  let bucket;
  if (!inX && !inY) bucket = "not a candidate";
  else if (ratio <= 0.5) bucket = "weight ratio <= 0.5";
  else if (p.overlap < 0.2) bucket = "s < floor 0.2";
  else if (m < 0.1) bucket = m < 0.05 ? "margin < 0.05" : "margin 0.05-0.1";
  else bucket = "margin ok, merge refused";
  buckets[bucket] = (buckets[bucket] ?? 0) + 1;
  (examples[bucket] ??= []).push(`s=${p.overlap.toFixed(2)} w=${p.words.toFixed(2)} syn=${p.synonyms.toFixed(2)} r=${prior(x).toFixed(2)},${prior(y).toFixed(2)} ratio=${ratio.toFixed(2)} sizes=${saved.clusters[clusterOf.get(x)].members.length},${saved.clusters[clusterOf.get(y)].members.length}
   ${items[x].text.slice(0, 120)}
   ${items[y].text.slice(0, 120)}`);
}
console.log(buckets);
var show = Number(process.argv[4] ?? 3);
for (const [k, v] of Object.entries(examples)) {
  console.log("##", k);
  for (const e of v.slice(0, show)) console.log(e);
}
