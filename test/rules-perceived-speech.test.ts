import {RuleTester} from '../src/testing.js'
import {perceivedSpeech} from '../src/attribution/rules/perceived-speech.js'
import {speakerCueQuote} from '../src/attribution/rules/speaker-cue-quote.js'

const tester = new RuleTester()

// Speech heard, shown or filmed belongs to the one heard or shown, not to the one reporting it.
tester.run('perceived-speech', perceivedSpeech, {
  attributed: [
    {text: 'The janitor said he heard the boys yell, “The gate is open!”', expected: [{quote: 'The gate is open!', speaker: 'the boys', cue: 'yell'}]},
    {text: 'The new advert closes with footage of Senator Ana Ruiz saying at a rally, “We will fix the roads.”', expected: [{quote: 'We will fix the roads.', speaker: 'Ana Ruiz', cue: 'saying'}]},
    {text: 'The video shows a nurse asking, “Where are the masks?”', expected: [{quote: 'Where are the masks?', speaker: 'a nurse', cue: 'asking'}]}
  ],
  unattributed: [
    // A bare verb after “of” is a noun or another clause: “a majority of voters say …”.
    {text: 'A majority of voters say the plan is “too costly.”'},
    {text: 'The survey found most of the residents have come to believe “the worst is over.”'},
    // The reporter’s own verb, not a perceived one.
    {text: 'Ruiz said, “We will fix the roads.”'}
  ]
})

// A participle after while / before / after reports the main clause’s subject, not the nearest name.
tester.run('speaker-cue-quote (participle after a conjunction)', speakerCueQuote, {
  attributed: [
    {text: 'Coach Dana Whitfield faced the Riverside Rovers while shouting, “We were robbed!”', expected: [{quote: 'We were robbed!', speaker: 'Dana Whitfield', cue: 'shouting'}]}
  ]
})
