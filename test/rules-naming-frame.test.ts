import {RuleTester} from '../src/testing.js'
import {namingFrame} from '../src/attribution/rules/naming-frame.js'

const tester = new RuleTester()

// The subject of call / brand / dub / label / describe … as speaks; the thing it names does not.
tester.run('naming-frame', namingFrame, {
  attributed: [
    {text: 'Councillor Rita Martell branded the plan “a shameless grab for land.”', expected: [{quote: 'a shameless grab for land.', speaker: 'Rita Martell', cue: 'branded'}]},
    {text: 'Residents dubbed the new bridge “the road to nowhere.”', expected: [{quote: 'the road to nowhere.', speaker: 'Residents', cue: 'dubbed'}]},
    // “what X called”: the words between “what” and the verb.
    {text: 'The bank paid for what several regulators called “reckless lending.”', expected: [{quote: 'reckless lending.', speaker: 'several regulators', cue: 'called'}]},
    {text: 'It was a fire that Chief Amara Diallo described as “deliberately set.”', expected: [{quote: 'deliberately set.', speaker: 'Amara Diallo', cue: 'described'}]},
    // A coordinated verb shares the sentence’s subject, not the nearest name.
    {text: 'Mayor Ines Varga toured the Harbour Hotel on Friday and called the repairs “long overdue.”', expected: [{quote: 'long overdue.', speaker: 'Ines Varga', cue: 'called'}]},
    // Passive: the agent after “by” speaks.
    {text: 'The budget was described as “a fantasy” by Senator Tom Avery.', expected: [{quote: 'a fantasy', speaker: 'Tom Avery', cue: 'described'}]}
  ],
  unattributed: [
    // Passive with no agent: the thing described does not speak.
    {text: 'The budget was described as “a fantasy” in several reviews.'},
    // “calls for” demands, it does not name.
    {text: 'The union calls for “a fair wage” in its letter.'},
    {text: 'She wrote a letter, “Dear Tom,” on Sunday.'}
  ]
})
