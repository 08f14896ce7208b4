import {RuleTester} from '../src/testing.js'
import {quotePhraseCue} from '../src/attribution/rules/quote-phrase-cue.js'
import {extractQuotes} from '../src/index.js'
import {describe, expect, it} from 'vitest'

const tester = new RuleTester()

// A determiner-led noun phrase next to the verb after a quote speaks, whatever its head noun.
tester.run('quote-phrase-cue', quotePhraseCue, {
  attributed: [
    {text: 'The ferry sank near the harbour. “He always helped strangers,” a neighbour wrote on Facebook.', expected: [{quote: 'He always helped strangers,', speaker: 'a neighbour', cue: 'wrote'}]},
    {text: 'The veteran lost the final. “I gave everything today,” said the 38-year-old after the match.', expected: [{quote: 'I gave everything today,', speaker: 'the 38-year-old', cue: 'said'}]},
    {text: 'Fans gathered outside. “This club is finished,” one angry supporter shouted.', expected: [{quote: 'This club is finished,', speaker: 'one angry supporter', cue: 'shouted'}]},
    {text: 'The bill passed at midnight. “It was a close call,” his longtime colleague told reporters.', expected: [{quote: 'It was a close call,', speaker: 'his longtime colleague', cue: 'told'}]},
    // Written words: “read” counts only right next to the quote.
    {text: 'The campaign wrote to donors overnight. “Every dollar counts,” read the email.', expected: [{quote: 'Every dollar counts,', speaker: 'the email', cue: 'read'}]},
    {text: 'The town courted newcomers. “Come and stay,” a welcome message on the council website reads.', expected: [{quote: 'Come and stay,', speaker: 'a welcome message on the council website', cue: 'reads'}]}
  ],
  unattributed: [
    {text: '“It was a close call,” they said.'},
    {text: 'The mayor called the plan “a close call” at the meeting.'},
    {text: '“It was a close call.” The vote said little about the future.'},
    {text: 'She finished “Bleak House” and read the last chapter twice.'}
  ]
})

describe('quote-phrase-cue in the default rules', () => {
  it('gives a continued quote the phrase’s speaker too', () => {
    const {quotes} = extractQuotes('The singer thanked the crowd. “We love this town,” said the 52-year-old. “We will be back next year.”')
    expect(quotes.map((quote) => [quote.rule, quote.speaker?.mention.text])).toEqual([
      ['quote-phrase-cue', 'the 52-year-old'],
      ['previous-speaker', 'the 52-year-old']
    ])
  })

  it('takes a name inside the phrase as its head', () => {
    const {quotes} = extractQuotes('“We will appeal,” the lawyer Nina Petrova said.')
    expect(quotes[0]?.speaker?.name).toBe('Nina Petrova')
  })
})
