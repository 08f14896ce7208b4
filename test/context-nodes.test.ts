import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import type {Rule} from '../src/index.js'

describe('context.nodes', () => {
  it('gives a rule the nlcst sentence, positions as offsets into the text, parsed when read', () => {
    const source = 'Intro line.\n\nThe mayor said: “We will open the bridge in May.” Nobody objected.'
    const seen: string[] = []
    // A rule that reads the tree: the subject word before the cue, found through nlcst.
    const fromTree: Rule = {
      id: 'from-tree',
      description: 'The word before “said”, read from the nlcst nodes.',
      match(context) {
        for (const sentence of context.nodes) {
          const words = sentence.children.filter((child) => child.type === 'WordNode')
          seen.push(toString(sentence))
          const index = words.findIndex((word) => toString(word) === 'said')
          const subject = words[index - 1]
          if (subject?.position) return {speaker: {start: subject.position.start.offset!, end: subject.position.end.offset!}}
        }
        return undefined
      }
    }
    const {quotes} = extractQuotes(source, {rules: [fromTree]})
    expect(seen[0]).toBe('The mayor said: “We will open the bridge in May.”')
    expect(quotes[0]!.speaker?.mention.text).toBe('mayor')
    expect(quotes[0]!.rule).toBe('from-tree')
  })

  it('gives a function rule the text outside the quote and its offsets, also when destructured, and each quote of a sentence its own quote', () => {
    const source = 'Intro line.\n\n“We will open,” the mayor said, “in May.”'
    const seen: Array<{outside: string; speakerAt: number; quote: string; kind: string; sentence: string; earlier: number}> = []
    const reader: Rule = {
      id: 'reader',
      description: 'Reads the context as a user rule may: destructured.',
      match(context) {
        const {outside, outsideToText, quote, sentence, previous} = context
        const at = outside.indexOf('mayor')
        seen.push({outside, speakerAt: at < 0 ? -1 : outsideToText(at), quote: quote.text, kind: quote.kind, sentence: sentence.text, earlier: previous.length})
        return undefined
      }
    }
    extractQuotes(source, {rules: [reader]})
    const mayor = source.indexOf('mayor')
    expect(seen).toEqual([
      {outside: '\uFFFC the mayor said, “in May.”', speakerAt: mayor, quote: 'We will open,', kind: 'full', sentence: source.slice(13), earlier: 0},
      {outside: '“We will open,” the mayor said, \uFFFC', speakerAt: mayor, quote: 'in May.', kind: 'partial', sentence: source.slice(13), earlier: 1}
    ])
  })
})
