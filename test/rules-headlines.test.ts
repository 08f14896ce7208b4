import {RuleTester} from '../src/testing.js'
import {headlineNameColon} from '../src/attribution/rules/headline-name-colon.js'
import {headlineSubject} from '../src/attribution/rules/headline-subject.js'
import {extractQuotes} from '../src/index.js'
import {describe, expect, it} from 'vitest'

const tester = new RuleTester()

// A title’s quote belongs to the name or description the title opens with.
tester.run('headline-subject', headlineSubject, {
  attributed: [
    {text: 'Varga defends ‘hard choices’ in budget\n\nMayor Ines Varga spoke on Monday.', expected: [{quote: 'hard choices', speaker: 'Ines Varga'}]},
    // A Title Case run is cut to the name the article uses (“Varga Sees Real …” → Varga).
    {text: 'Varga Sees ‘Real Danger’ In Rate Rise\n\nMayor Ines Varga spoke on Monday.', expected: [{quote: 'Real Danger', speaker: 'Varga'}]},
    {text: 'The nurses’ union rejects ‘final’ pay offer\n\nThe union met on Friday.', expected: [{quote: 'final', speaker: 'the nurses’ union'}]},
    // After a label and a colon, the clause’s own subject.
    {text: 'The Briefing: Varga defends ‘hard choices’\n\nMayor Ines Varga spoke on Monday.', expected: [{quote: 'hard choices', speaker: 'Ines Varga'}]}
  ],
  unattributed: [
    {text: 'The council met on Monday. Ines Varga called it “a disgrace.”'},
    {text: 'Budget talks\n\nThe mayor met the council. She called the plan “a disgrace” and left.'},
    {text: 'A ‘disgrace’ in the budget\n\nThe mayor spoke on Monday.'},
    // A one-sentence lede is no title.
    {text: 'Members of the city council on Monday rejected what they saw as a rushed plan, warning of “years of debt.”\n\nThe vote was 7 to 2.'}
  ]
})

tester.run('headline-name-colon', headlineNameColon, {
  attributed: [
    {text: 'Janssen: museum will ‘never close’\n\nDirector Pieter Janssen spoke on Monday.', expected: [{quote: 'never close', speaker: 'Pieter Janssen'}]},
    // In a title, the name before the colon speaks even after other words.
    {text: 'A lesson from Ana Ruiz: ‘Listen first.’\n\nAna Ruiz taught for forty years.', expected: [{quote: 'Listen first.', speaker: 'Ana Ruiz'}]},
    // An outlet or a column the article names again speaks too.
    {text: 'Factline: The Governor Is Right On ‘Record Jobs’\n\nFactline checked the figures on Monday.', expected: [{quote: 'Record Jobs', speaker: 'Factline'}]},
    // A transcript line with a parenthesis before the colon.
    {text: 'The hearing went on. Rep. Ana Ruiz (D-Ohio): “Who told you that?”', expected: [{quote: 'Who told you that?', speaker: 'Ana Ruiz'}]}
  ],
  unattributed: [
    {text: 'Breaking: museum will ‘never close’'},
    {text: 'Ana Ruiz on Tom Avery: ‘He will lose.’\n\nAna Ruiz and Tom Avery met twice.'},
    {text: 'The Latest: museum will ‘never close’\n\nThe Latest on the museum, by the hour.'},
    {text: 'Ruiz told the Courier: “We will win.” The Courier printed it.'}
  ]
})

describe('headline rules in the default rules', () => {
  it('gives the name before a title’s colon the quote, not a name after it with a verb', () => {
    const {quotes} = extractQuotes('Tom Avery: Ruiz Asking Voters To ‘Forget The Past’\n\nTom Avery spoke on his radio show.')
    expect(quotes.map((quote) => [quote.rule, quote.speaker?.name])).toEqual([['headline-name-colon', 'Tom Avery']])
  })
})
