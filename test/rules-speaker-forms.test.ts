/**
 * Attribution forms of real news found by classifying PolNeAR train's wrong speakers (issue 10):
 * each block is one category of error, in the shapes it was met in.
 */
import {RuleTester} from '../src/testing.js'
import {quoteCueSpeaker} from '../src/attribution/rules/quote-cue-speaker.js'
import {quoteSpeakerCue} from '../src/attribution/rules/quote-speaker-cue.js'

const tester = new RuleTester()

// A mark the scanner left after the close (an inner quote ending with the outer: `'it,'''`) does not part the quote from its cue.
tester.run('quote-cue-speaker', quoteCueSpeaker, {
  attributed: [
    {text: "''I told them, 'We cannot wait,''' said Mr. Okafor, who chairs the board.", expected: [{quote: 'I told them', speaker: 'Okafor', cue: 'said'}]},
    {text: "''She said 'never,''' added Senator Ruth Bell.", expected: [{quote: 'She said', speaker: 'Ruth Bell', cue: 'added'}]}
  ],
  unattributed: [{text: "''It was 'fine,''' and then nothing happened."}]
})

tester.run('quote-speaker-cue', quoteSpeakerCue, {
  attributed: [{text: "''They called it 'a mistake,''' Ms. Lind said.", expected: [{quote: 'They called it', speaker: 'Lind', cue: 'said'}]}],
  unattributed: [{text: "''They called it 'a mistake,''' Monday came."}]
})
