import {RuleTester} from '../src/testing.js'
import {colonIntroduction} from '../src/attribution/rules/colon-introduction.js'
import {paragraphBefore} from '../src/attribution/rules/paragraph-before.js'
import {sentenceBefore} from '../src/attribution/rules/sentence-before.js'

const tester = new RuleTester()

// A colon closes a clause with no speech verb: its subject is the speaker.
tester.run('colon-introduction', colonIntroduction, {
  attributed: [
    {text: 'Councillor Rita Martell was more blunt: “This budget is a fantasy.”', expected: [{quote: 'This budget is a fantasy.', speaker: 'Rita Martell'}]},
    {text: 'On Friday, Coach Dana Whitfield had one message for her players: “Run until you drop.”', expected: [{quote: 'Run until you drop.', speaker: 'Dana Whitfield'}]},
    {text: 'Within the hour, the union was defiant: “We will strike on Monday.”', expected: [{quote: 'We will strike on Monday.', speaker: 'the union'}]}
  ],
  unattributed: [{text: 'Here is the full text: “Closed until further notice.”'}, {text: 'Breaking Dawn: “Markets fall.”'}, {text: 'Lena Park: “We won.”'}]
})

// A quote with no cue opening a paragraph continues the speech reported at the end of the paragraph before.
tester.run('paragraph-before', paragraphBefore, {
  attributed: [
    {
      text: 'Nurse Joy Howell says she wants the government to fund night shifts.\n\n“When my kids come home, I am still at the ward.”',
      expected: [{quote: 'When my kids come home, I am still at the ward.', speaker: 'Joy Howell', cue: 'says'}]
    },
    {
      text: 'Farmer Tom Okafor told the inquiry that the river had flooded twice.\n\n“Nobody came to help us.”',
      expected: [{quote: 'Nobody came to help us.', speaker: 'Tom Okafor', cue: 'told'}]
    },
    {
      text: 'The ministry warned that fuel prices would rise again in spring.\n\n“Households should prepare now.”',
      expected: [{quote: 'Households should prepare now.', speaker: 'the ministry', cue: 'warned'}]
    }
  ],
  unattributed: [
    {text: 'The river flooded twice this year.\n\n“Nobody came to help us.”'},
    {text: 'Tom Okafor told the inquiry, “It was terrible.”\n\n“Nobody came.”'}
  ]
})

// The same inside a paragraph: a cue-less quote right after the sentence that introduces its speaker.
tester.run('sentence-before', sentenceBefore, {
  attributed: [
    {
      text: 'The talks collapsed on Friday. Negotiator Lina Ortiz said the union would return on Monday. “We are not giving up.”',
      expected: [{quote: 'We are not giving up.', speaker: 'Lina Ortiz', cue: 'said'}]
    },
    {
      text: 'The ferry was late again. Councillor Raj Patel complained that nobody had warned them. “We waited two hours in the rain.”',
      expected: [{quote: 'We waited two hours in the rain.', speaker: 'Raj Patel', cue: 'complained'}]
    }
  ],
  unattributed: [
    {text: 'The talks collapsed on Friday. The union met again on Monday. “We are not giving up.”'},
    // The sentence before is in another paragraph: that is `paragraph-before`’s case.
    {text: 'Negotiator Lina Ortiz said the union would return.\n\n“We are not giving up.”'},
    // A quote with a cue of its own is left to the cue.
    {text: 'Negotiator Lina Ortiz said the union would return. “We are not giving up,” a member shouted.'}
  ]
})

import {sourceInSentence} from '../src/attribution/rules/source-in-sentence.js'
import {extractQuotes} from '../src/index.js'
import {describe, expect, it} from 'vitest'

// A source phrase anywhere in the sentence names who said the quoted words.
tester.run('source-in-sentence', sourceInSentence, {
  attributed: [
    {text: 'According to Dr. Lena Park, the senator had “astonishingly good” results.', expected: [{quote: 'astonishingly good', speaker: 'Lena Park', cue: 'According to'}]},
    {text: 'The law applies “when officials mislead investigators,” the court ruled, according to Judge Helen Marsh.', expected: [{quote: 'when officials mislead investigators,', speaker: 'Helen Marsh', cue: 'according to'}]},
    {text: 'The plant was, according to the ministry, “fully secure” on Monday.', expected: [{quote: 'fully secure', speaker: 'the ministry', cue: 'according to'}]}
  ],
  unattributed: [{text: 'The plant was “fully secure” on Monday, in her words.'}]
})

describe('sentence openers', () => {
  it('are never names, even when the document never uses them in lowercase', () => {
    for (const text of ['Meanwhile, the strike went on. “We are not leaving,” they said.', 'Good information still wins when “the truth is sexier than the lie.”', 'Finally the vote came. “It is done,” she said.']) {
      expect(extractQuotes(text).entities).toEqual([])
    }
  })
})
