import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {segmentSentences} from '../src/parse/segment.js'
import {splitSentences, splitSentencesWithParser} from '../src/parse/sentences.js'
import {loadDocument} from '../src/source/document.js'

const parser = new ParseEnglish()

/** Sentence ranges as parse-english's tree gives them. */
function parsed(value: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = []
  for (const paragraph of parser.parse(value).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode' && sentence.position) ranges.push({start: sentence.position.start.offset!, end: sentence.position.end.offset!})
    }
  }
  return ranges
}

const root = new URL('../', import.meta.url)
const corpus = readdirSync(new URL('corpus/', root))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(`corpus/${name}`, root), 'utf8'))
// The fixtures are written inside the test files: every test file's text holds them.
const fixtures = readdirSync(new URL('test/', root))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(new URL(`test/${name}`, root), 'utf8'))

describe('segmentSentences draws parse-english’s boundaries', () => {
  it('on the corpus and the fixtures, document by document', () => {
    let sentences = 0
    for (const source of [...corpus, ...fixtures]) {
      const {text, paragraphs} = loadDocument(source)
      const fast = splitSentences(text, paragraphs)
      expect(fast).toEqual(splitSentencesWithParser(text, paragraphs))
      sentences += fast.length
    }
    expect(sentences).toBeGreaterThan(500)
  })

  it('on the hard cases: abbreviations, initialisms, elisions, closing marks, line breaks', () => {
    const cases = [
      'Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3. They talked.',
      'The U.S. and the U.K. agreed. “We will,” he said. “Soon.” Then (he left.) and a. b. c.',
      'It was rock ’n’ roll, ’twas said… o’ clock! w/ friends? Yes?! 3. Four',
      'Line one.\n\n\nline two\n\nLine three, etc. and more; “quoted.” ,next',
      '. . . ?! “” & AT&T e-mail km/h w/o 1.5 2,000 — end'
    ]
    for (const value of cases) expect(segmentSentences(value)).toEqual(parsed(value))
  })

  it('on any string of prose-like pieces', () => {
    const pieces = ['“', '”', '‘', '’', '"', "'", '«', '»', '(', ')', ' ', '\n', '\n\n', '\r\n', '\t', ', ', '. ', '.', '!', '?', '…', '...', '?!', ';', ':', '&', '/', '-', ' — ', '_', 'he said', 'Putin', 'the minister', 'U.S.', 'Mr.', 'Dr.', 'Jan.', 'Inc.', 'St.', 'etc.', 'e.g.', 'a.', 'A.', '3.', '12', '1.5', 'w/', 'rock ’n’ roll', '’twas', 'o’', 'and', 'The', '\u00a0', '😀', 'é']
    const prose = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3}), fc.string({unit: 'binary', maxLength: 3})), {maxLength: 40}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(prose, (value) => {
        expect(segmentSentences(value)).toEqual(parsed(value))
      }),
      {numRuns: 3000}
    )
  })
})
