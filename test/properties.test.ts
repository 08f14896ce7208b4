import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clusterQuotes, extractQuotes} from '../src/index.js'

const pieces = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '「', '」', '``', "''", ' ', '\n', '\n\n', ', ', '. ', 'he said', 'Putin', 'the minister', ' — ', ':', '&rdquo;', '<p>', '</p>', '*', '[a](b)', 'don’t', '5\'11"']
const prose = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6})), {maxLength: 60}).map((parts) => parts.join(''))

describe('invariants on any string', () => {
  for (const format of ['text', 'html', 'markdown'] as const) {
    it(`never throws and offsets slice to the text (${format})`, () => {
      fc.assert(
        fc.property(fc.oneof(prose, fc.string({maxLength: 200}), fc.string({unit: 'binary', maxLength: 80})), (source) => {
          const {quotes, messages} = extractQuotes(source, {format})
          for (const quote of quotes) {
            expect(quote.start).toBeGreaterThanOrEqual(0)
            expect(quote.end).toBeLessThanOrEqual(source.length)
            expect(quote.start).toBeLessThanOrEqual(quote.end)
            expect(source.slice(quote.start, quote.end)).toBe(quote.text)
            if (quote.speaker) expect(source.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text)
            if (quote.cue) expect(source.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
            if (quote.kind === 'mention') expect(quote.speaker).toBeNull()
            expect(quote.confidence).toBeGreaterThanOrEqual(0)
            expect(quote.confidence).toBeLessThanOrEqual(1)
          }
          for (const message of messages) expect(message.end).toBeLessThanOrEqual(source.length)
        }),
        // Strings that once broke a tokenizer are always tried.
        {numRuns: format === 'text' ? 400 : 150, examples: [["0'S"], ["Smith's"], ["O’"]]}
      )
    })
  }
})

/** `people` paragraphs of news, each bringing a new person (a unique surname), a pronoun quote and an earlier name. */
function news(people: number): string {
  const first = ['Ana', 'Daniel', 'Grace', 'Omar', 'Keiko', 'Lars', 'Nina', 'Pieter', 'Ruth', 'Tom', 'Maria', 'David']
  const syllables = ['var', 'ko', 'nen', 'bel', 'is', 'to', 'mar', 'dov', 'ren', 'sta', 'lin', 'gor', 'ha', 'vet', 'ost', 'pal']
  const roles = ['Minister', 'Mayor', 'Senator', 'Judge']
  const surname = (index: number) => {
    let name = ''
    do {
      name += syllables[index % 16]
      index = Math.floor(index / 16)
    } while (index > 0)
    return `${name[0]!.toUpperCase()}${name.slice(1)}ski`
  }
  const paragraphs: string[] = []
  for (let index = 0; index < people; index++) {
    const last = surname(index)
    paragraphs.push(
      `${roles[index % 4]} ${first[index % 12]} ${last} arrived in the capital on Monday. “We will not accept the budget as it stands,” ${index % 2 ? 'she' : 'he'} said. ` +
        `${last} later told reporters: “The vote must wait.” Officials said the plan was ${index % 3 ? 'late' : 'ready'}, and ${surname(Math.floor(index / 2))} disagreed.`
    )
  }
  return paragraphs.join('\n\n')
}

describe('time grows linearly', () => {
  // CPU time of this process (what other processes on a busy machine take does not count), best of three.
  const cpu = () => {
    const {user, system} = process.cpuUsage()
    return (user + system) / 1000
  }
  const time = (source: string, runs = 3) => {
    let best = Number.POSITIVE_INFINITY
    for (let run = 0; run < runs; run++) {
      const start = cpu()
      extractQuotes(source)
      best = Math.min(best, cpu() - start)
    }
    return best
  }

  it('handles a 10 MB string with no paragraph break', () => {
    const sentence = 'The minister said the plan, which “will work,” was ready and the council agreed. '
    // Just within the default `maxSize` (10,000,000 characters).
    const source = sentence.repeat(Math.floor(10_000_000 / sentence.length))
    const small = time(source.slice(0, 1_000_000))
    const large = time(source, 1)
    // Ten times the input should take about ten times as long; superlinear growth would be far more.
    expect(large / small).toBeLessThan(25)
  })

  // News with a new person in every paragraph, pronoun quotes and names that come back: entity
  // building and pronoun resolution must not look back over the whole document for each quote.
  // Twelve times the prose took 39 times as long while pronoun salience walked every earlier
  // mention and name matching every earlier entity.
  it('handles twelve times the news with many people and pronouns in about twelve times the time', () => {
    time(news(100), 1)
    // Best of three for both sizes: one run of the larger one measured a collection or a recompile as often as the code.
    const ratio = time(news(2400)) / Math.max(1, time(news(200)))
    // Linear: about 12 (the larger one even a little cheaper per character, once compiled).
    expect(ratio).toBeLessThan(24)
  })

  it('handles 100,000 unmatched marks', () => {
    const ratio = time('“ a'.repeat(100_000)) / Math.max(1, time('“ a'.repeat(10_000)))
    expect(ratio).toBeLessThan(25)
    const {quotes} = extractQuotes('x “a'.repeat(100_000))
    expect(quotes.length).toBeLessThanOrEqual(1)
  })
})

describe('clustering any text', () => {
  it('never throws, and puts every wording in exactly one cluster', () => {
    const wording = fc.record({text: fc.oneof(prose, fc.string({maxLength: 120}), fc.string({unit: 'binary', maxLength: 60})), speaker: fc.option(fc.oneof(fc.constantFrom('Vladimir Putin', 'Putin', 'the Kremlin leader', ''), fc.string({maxLength: 12})))})
    fc.assert(
      fc.property(fc.array(wording, {maxLength: 30}), fc.double({min: 0, max: 1, noNaN: true}), (wordings, wordOrder) => {
        const items = wordings.map((item, index) => ({id: `w${index}`, ...item}))
        const ids = clusterQuotes(items, {wordOrder}).flatMap((cluster) => cluster.members.map((member) => member.id))
        expect(ids.sort()).toEqual(items.map((item) => item.id).sort())
      }),
      {numRuns: 300}
    )
  })
})

describe('clustering time grows linearly', () => {
  // Deterministic wordings over a small vocabulary: every wording shares words with thousands of others.
  const wordings = (count: number, distinct: number) => {
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32
    return Array.from({length: count}, (_, index) => ({
      id: String(index),
      text: Array.from({length: 12}, () => `w${Math.floor(next() * next() * distinct)}`).join(' ')
    }))
  }
  // CPU time of this process, as above: a busy machine slows the two sizes unequally in wall-clock time.
  const time = (items: ReturnType<typeof wordings>) => {
    const {user, system} = process.cpuUsage()
    clusterQuotes(items)
    const after = process.cpuUsage()
    return (after.user + after.system - user - system) / 1000
  }

  it('clusters ten times the wordings in about ten times the time', () => {
    for (const distinct of [300, 30_000]) {
      time(wordings(2000, distinct))
      const ratio = time(wordings(50_000, distinct)) / Math.max(1, time(wordings(5000, distinct)))
      expect(ratio).toBeLessThan(25)
    }
  })

  it('clusters the same words said again and again', () => {
    const items = Array.from({length: 20_000}, (_, index) => ({id: String(index), text: 'We will not give up the fight for our country.'}))
    const ratio = time(items) / Math.max(1, time(items.slice(0, 2000)))
    expect(ratio).toBeLessThan(25)
    expect(clusterQuotes(items)).toHaveLength(1)
  })
})

