/**
 * Generators of hostile documents for the fuzz suite (`test/fuzz*.test.ts`)
 * and `npm run fuzz`: the shapes that once hung, threw or lost quotes —
 * runs of one mark, one-word quotes, emphasis, link and list syntax,
 * nesting, invisible characters, pronoun-heavy prose with many people — in
 * every format.
 */

import fc from 'fast-check'
import type {SourceFormat} from '../../src/index.js'

/** How long to fuzz: `FUZZ_SCALE` multiplies every property's runs; `FUZZ_SEED` fixes the seed. */
export function fuzzParameters(runs: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FUZZ_SCALE ?? 1)
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
  return {numRuns: Math.max(1, Math.round(runs * scale)), ...(seed === undefined ? {} : {seed}), endOnFailure: true}
}

export const formats: readonly SourceFormat[] = ['text', 'html', 'markdown', 'mdx']

/** Every quotation mark of the mark table, and the wire-style pairs. */
export const marks = ['“', '”', '‘', '’', '"', "'", '«', '»', '‹', '›', '„', '‚', '「', '」', '『', '』', '``', "''"] as const

/** Characters scraped news carries that no reader sees. */
export const invisibles = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u00AD', '\uFEFF', '\u202A', '\u202C'] as const
/** The same, written as HTML character references. */
export const invisibleReferences = ['&rlm;', '&lrm;', '&shy;', '&#8203;', '&#x200B;', '&zwj;', '&zwnj;'] as const

const people = ['Ann Lee', 'Bob Ray', 'Vladimir Putin', 'Maria Costa', 'Omar Haddad', 'Keiko Tanaka', 'Lars Holm', 'Ruth Okafor', 'Daniel Park', 'Nina Petrova']
const pronouns = ['he', 'she', 'they', 'He', 'She', 'They', 'his', 'her', 'it']
const cues = ['said', 'told reporters', 'added', 'insisted', 'wrote', 'asked', 'warned']
const words = ['the', 'plan', 'will', 'work', 'a', 'we', 'are', 'ready', 'not', 'now', 'bridge', 'Hamas', 'Kremlin', 'don’t', 'O’Neill', '5\'11"', '’90s']

const word = fc.constantFrom(...words)
const phrase = fc.array(word, {minLength: 1, maxLength: 8}).map((parts) => parts.join(' '))
const person = fc.constantFrom(...people)

/** One mark repeated, with or without a word or space between: `“““`, `“a “a “a`, `” ” ”`. */
export const markRun = fc
  .tuple(fc.constantFrom(...marks), fc.constantFrom('', ' ', 'a', 'a ', ' a', '\n\n'), fc.integer({min: 1, max: 120}))
  .map(([mark, between, count]) => (mark + between).repeat(count))

/** Quotes of one word, back to back: `“a” “a” “a”`. */
export const oneWordQuotes = fc
  .tuple(fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»']), word, fc.constantFrom(' ', ', ', '\n\n', ' said he. '), fc.integer({min: 1, max: 80}))
  .map(([[open, close], text, between, count]) => `${open}${text}${close}${between}`.repeat(count))

/** Emphasis runs, as Markdown and as HTML: `*a*a*`, `**a**`, `_a_`, `<em>a</em>`. */
export const emphasis = fc
  .tuple(fc.constantFrom('*', '**', '_', '__', '~~', '`', '<em>', '</em>', '<b>'), fc.constantFrom('a', '“a”', ' ', 'a “', '” a'), fc.integer({min: 1, max: 100}))
  .map(([mark, text, count]) => (mark + text).repeat(count))

/** Link, image, autolink and reference syntax: `[a](b)`, `![x](y)`, `<https://a>`, `[a]: b`. */
export const links = fc
  .tuple(fc.constantFrom('[a](b)', '![x](y)', '[“a”](b)', '[a][b]', '[a]: b\n', '<https://a.b>', '<a href="x">“a”</a>', '[', ']('), fc.integer({min: 1, max: 60}))
  .map(([link, count]) => `${link} `.repeat(count))

/** Nested block syntax: `> > > x`, `- - - x`, `1. 1. x`, `<div><div>`. */
export const nesting = fc
  .tuple(fc.constantFrom('> ', '- ', '* ', '1. ', '  ', '<div>', '<blockquote>', '<p>', '<ul><li>'), fc.integer({min: 1, max: 80}), phrase)
  .map(([prefix, depth, text]) => `${prefix.repeat(depth)}“${text},” said Ann Lee.`)

/** A sentence with invisible characters (or their HTML references) around its marks and inside its names. */
export const withInvisibles = fc
  .tuple(person, phrase, fc.constantFrom(...cues), fc.array(fc.constantFrom(...invisibles, ...invisibleReferences), {minLength: 1, maxLength: 4}), fc.integer({min: 0, max: 4}))
  .map(([name, text, cue, hidden, where]) => {
    const [a, b = a, c = a, d = a] = hidden
    const spots = [`${a}“${text},”${b} ${cue} ${name}.`, `“${text},${c}”${d} ${cue} ${name}.`, `“${text},” ${cue} ${name.replace(' ', `${a} `)}.`, `“${text},” ${cue} ${name.slice(0, 3)}${b}${name.slice(3)}.`, `${name} ${cue}: ${c}“${text}.”`]
    return spots[where]!
  })

/** Pronoun-heavy prose with many people: who “she” is depends on everything before. */
export const pronounProse = fc
  .array(
    fc.oneof(
      fc.tuple(person, fc.constantFrom('spoke.', 'nodded.', 'met the press.', 'arrived.')).map(([name, act]) => `${name} ${act}`),
      fc.tuple(phrase, fc.constantFrom(...pronouns), fc.constantFrom(...cues)).map(([text, pronoun, cue]) => `“${text},” ${pronoun} ${cue}.`),
      fc.tuple(fc.constantFrom(...pronouns), fc.constantFrom(...cues), phrase).map(([pronoun, cue, text]) => `${pronoun} ${cue}: “${text}.”`),
      fc.tuple(phrase, person).map(([text, name]) => `“${text}.” ${name.split(' ')[1]}`),
      fc.constant('\n\n')
    ),
    {minLength: 1, maxLength: 40}
  )
  .map((parts) => parts.join(' '))

/** Line ends, code points outside the BMP, lone surrogates, combining marks, NUL, and references to them. */
export const oddCharacters = fc.constantFrom('\r\n', '\r', '\r\n\r\n', '\u0000', '😀', '\uD800', '\uDC00', 'e\u0301', '\u2028', '\u2029', '\t', '&#x1F600;', '&#0;', '&#xD800;', '&#1114112;', '&nbsp;', '\u00A0')

/** Any of the hostile shapes, glued together with ordinary prose and paragraph breaks. */
export const hostileDocument = fc
  .array(fc.oneof(markRun, oneWordQuotes, emphasis, links, nesting, withInvisibles, pronounProse, phrase, oddCharacters, fc.constantFrom('\n\n', '\n', ' ', '. ', '<p>', '</p>', '&ldquo;', '&rdquo;', '&amp;', '&#', '<!--', '-->', '<script>“a”</script>', '```\n')), {minLength: 1, maxLength: 12})
  .map((parts) => parts.join(''))

/** A hostile document and a format to read it as. */
export const hostileInput = fc.record({source: hostileDocument, format: fc.constantFrom(...formats)})
