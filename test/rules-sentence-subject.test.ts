import {RuleTester} from '../src/testing.js'
import {sentenceSubjectRule} from '../src/attribution/rules/sentence-subject.js'
import {speakerCueQuote} from '../src/attribution/rules/speaker-cue-quote.js'
import {cueInSentence} from '../src/attribution/rules/cue-in-sentence.js'

const tester = new RuleTester()

// Partial quotes in a sentence whose verb reports nothing: the sentence's subject said the words.
tester.run('sentence-subject', sentenceSubjectRule, {
  attributed: [
    {text: 'Mayor Ines Varga blamed the “perfect storm” of rising costs for the delay.', expected: [{quote: 'perfect storm', speaker: 'Ines Varga'}]},
    {text: 'On Monday, Senator Joel Amadi endorsed the bill, citing its “firm grasp of the problem”.', expected: [{quote: 'firm grasp of the problem', speaker: 'Joel Amadi'}]},
    {text: 'In a statement, the mining company dismissed the findings as “speculative.”', expected: [{quote: 'speculative.', speaker: 'the mining company'}]},
    // A name after a preposition and an article is no subject (“of the Great Recession”).
    {text: 'In the depths of the Great Recession, Ruth Okafor worried that the safety net was becoming “a hammock for the idle.”', expected: [{quote: 'a hammock for the idle.', speaker: 'Ruth Okafor'}]}
  ],
  unattributed: [
    {text: 'During the meeting, Norway pressed the delegates to honour their “commitments” on quotas.'},
    {text: '“Everything is fine,” the sign on the door read.'},
    {text: 'The word “resilience” appeared in every speech.'}
  ]
})

// A participle after a comma reports the speech of the main clause's subject, not of its object.
tester.run('speaker-cue-quote (participle)', speakerCueQuote, {
  attributed: [
    {text: 'Former mayor Ruth Okoye criticised Governor Ben Tully on Friday, saying, “He has abandoned the north.”', expected: [{quote: 'He has abandoned the north.', speaker: 'Ruth Okoye', cue: 'saying'}]},
    {text: 'Coach Lena Park defended striker Marco Bianchi, adding: “He will score again.”', expected: [{quote: 'He will score again.', speaker: 'Lena Park', cue: 'adding'}]},
    {text: 'Chancellor Eva Lind thanked the unions, telling reporters, “This deal protects jobs.”', expected: [{quote: 'This deal protects jobs.', speaker: 'Eva Lind', cue: 'telling'}]}
  ]
})

tester.run('cue-in-sentence (participle)', cueInSentence, {
  attributed: [
    {text: 'Councilwoman Priya Nair attacked the developer Tom Reyes, calling the plan “a land grab.”', expected: [{quote: 'a land grab.', speaker: 'Priya Nair', cue: 'calling'}]},
    {text: 'Opposition leader Hana Sato mocked Premier Ken Abe, describing his budget as “fantasy maths.”', expected: [{quote: 'fantasy maths.', speaker: 'Hana Sato', cue: 'describing'}]},
    {text: 'Detective Omar Haddad questioned the witness Jo Bell, calling her account “unreliable.”', expected: [{quote: 'unreliable.', speaker: 'Omar Haddad', cue: 'calling'}]}
  ]
})

// A name right after a verb is that verb's object, not the subject of a later cue.
tester.run('speaker-cue-quote (object skipped)', speakerCueQuote, {
  attributed: [
    {text: 'Governor Ana Ruiz says she would sit President Lars Holm down and tell him, “No more excuses.”', expected: [{quote: 'No more excuses.', speaker: 'Ana Ruiz', cue: 'tell'}]},
    {text: 'Senator Ed Park thanked Mayor Dana Cole and added: “The city did its part.”', expected: [{quote: 'The city did its part.', speaker: 'Ed Park', cue: 'added'}]},
    {text: 'Chief Nina Obi backed Officer Tom Baines and told reporters: “He acted by the book.”', expected: [{quote: 'He acted by the book.', speaker: 'Nina Obi', cue: 'told'}]}
  ]
})
