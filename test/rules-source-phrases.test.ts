import {RuleTester} from '../src/testing.js'
import {asPutIt} from '../src/attribution/rules/as-put-it.js'
import {cueSpeakerQuote} from '../src/attribution/rules/cue-speaker-quote.js'
import {quoteAccordingTo} from '../src/attribution/rules/quote-according-to.js'

const tester = new RuleTester()

// Inverted introductions of columns and features: the verb first, then the speaker.
tester.run('cue-speaker-quote', cueSpeakerQuote, {
  attributed: [
    {text: 'The tax plan would add pages to the code. Said Okafor: “Nobody wants that.”', expected: [{quote: 'Nobody wants that.', speaker: 'Okafor', cue: 'Said'}]},
    {text: 'The vote was close. Added the mayor, a Democrat, “We will not wait.”', expected: [{quote: 'We will not wait.', speaker: 'the mayor', cue: 'Added'}]}
  ],
  unattributed: [
    {text: 'Asked about the vote, Okafor said: “Nobody wants that.”'},
    {text: 'Thinking ahead: “Nobody wants that.”'}
  ]
})

tester.run('as-put-it', asPutIt, {
  attributed: [
    {text: 'The fee is “plainly unfair,” as one nurse put it.', expected: [{quote: 'plainly unfair,', speaker: 'one nurse'}]},
    {text: 'As the columnist Dana Ruiz puts it, “The city has run out of excuses.”', expected: [{quote: 'The city has run out of excuses.', speaker: 'Dana Ruiz'}]},
    {text: 'The goal is “a living wage,” as a union leaflet once put it.', expected: [{quote: 'a living wage,', speaker: 'a union leaflet'}]}
  ],
  unattributed: [{text: 'The fee is “plainly unfair,” as prices go.'}, {text: 'They put it “on hold” as the talks went on.'}]
})

// “per” is a source only right after a quote.
tester.run('quote-according-to (per)', quoteAccordingTo, {
  attributed: [{text: 'Members may not vote by proxy “to fill a vacancy on the board,” per the club’s rules.', expected: [{quote: 'to fill a vacancy on the board,', speaker: 'the club’s rules', cue: 'per'}]}],
  unattributed: [{text: 'Tickets are “cheap” at $5 per hour.'}, {text: 'He was “tired,” and left per usual.'}]
})
