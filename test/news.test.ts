import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

// News prose of our own writing in other shapes than the corpus, read as an editor would.
const docs: Record<string, string> = {
court: `Judge Helen Marsh sentenced the former treasurer to six years on Friday.
"You betrayed the trust of every member of this club," Marsh told the defendant. "The damage cannot be undone."
Defense attorney Raj Patel said his client would appeal. “We respect the court, but this sentence is excessive,” he said outside the courthouse.
The prosecution had described the fraud as “cold and calculated.”`,
business: `Shares of Nordvik Energy fell 12% after the company cut its forecast.
“Demand in Europe is weaker than we expected,” chief executive Ingrid Solberg said on a call with analysts. She added: “We will protect the dividend.”
Analysts were unconvinced. “This is the third warning in a year,” said Tom Reyes, an analyst at Baird.
A spokeswoman for the company declined to comment on what she called “market rumours.”`,
sport: `Coach Dana Whitfield was blunt after the 3-0 defeat.
“We were second to every ball,” she said. “That is not acceptable at this level.”
Captain Leo Martins agreed. “She’s right,” Martins told reporters. “We owe the fans more.”
The club’s so-called “project youth” has now lost five in a row.`,
conflict: `Rebel forces shelled the city overnight, residents said.
“The explosions lasted until dawn,” said Amina Yusuf, a teacher who fled with her children. “We had nowhere to go.”
A military spokesman, Colonel Ivan Drago, denied the reports. “Our units did not fire on civilian areas,” Drago said in a statement.
The United Nations called for “an immediate and unconditional ceasefire.”`
}

const expected: Record<string, Array<[string, string, string | null]>> = {
  court: [
    ['full', 'You betrayed', 'Helen Marsh'],
    ['full', 'The damage cannot', 'Helen Marsh'],
    ['full', 'We respect the court', 'Raj Patel'],
    ['partial', 'cold and calculated', 'the prosecution']
  ],
  business: [
    ['full', 'Demand in Europe', 'Ingrid Solberg'],
    ['full', 'We will protect', 'Ingrid Solberg'],
    ['full', 'This is the third', 'Tom Reyes'],
    ['partial', 'market rumours', 'a spokeswoman for the company']
  ],
  sport: [
    ['full', 'We were second', 'Dana Whitfield'],
    ['full', 'That is not acceptable', 'Dana Whitfield'],
    ['full', 'She’s right', 'Leo Martins'],
    ['full', 'We owe the fans', 'Leo Martins'],
    ['mention', 'project youth', null]
  ],
  conflict: [
    ['full', 'The explosions lasted', 'Amina Yusuf'],
    ['full', 'We had nowhere', 'Amina Yusuf'],
    ['full', 'Our units did not', 'Ivan Drago'],
    ['partial', 'an immediate', 'United Nations']
  ]
}

describe('news in other shapes', () => {
  for (const [name, text] of Object.entries(docs)) {
    it(name, () => {
      const found = extractQuotes(text).quotes.map((quote) => [quote.kind, quote.text, quote.speaker?.name ?? null])
      expect(found).toHaveLength(expected[name]!.length)
      for (const [index, [kind, start, speaker]] of expected[name]!.entries()) {
        expect(found[index]![0]).toBe(kind)
        expect(found[index]![1]).toMatch(new RegExp('^' + start))
        expect(found[index]![2]).toBe(speaker)
      }
    })
  }
})
