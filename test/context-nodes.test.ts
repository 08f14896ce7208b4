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

})
