import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

const attributed = (text: string) => extractQuotes(text).quotes.map((quote) => [quote.speaker?.name ?? null, quote.cue?.text ?? null])

describe('cue verbs news uses', () => {
  it('reads speech verbs beyond said (scolded, fumed, emailed, chanted)', () => {
    expect(attributed('“Sit down,” Judge Ana Roy scolded the lawyer.')).toEqual([['Ana Roy', 'scolded']])
    expect(attributed('“This is a disgrace,” fumed Councilman Ed Park.')).toEqual([['Ed Park', 'fumed']])
    expect(attributed('“We have no comment at this time,” spokeswoman Lia Chen emailed.')).toEqual([['Lia Chen', 'emailed']])
  })

  it('reads two-word cues (shot back, pointed out, chimed in, went on)', () => {
    expect(attributed('“You are wrong,” Mayor Dan Oku shot back.')).toEqual([['Dan Oku', 'shot back']])
    expect(attributed('“The vote was close,” Senator Ruth Bell pointed out.')).toEqual([['Ruth Bell', 'pointed out']])
    expect(attributed('Coach Ivo Lenz chimed in: “We fight for every point.”')).toEqual([['Ivo Lenz', 'chimed in']])
  })
})

describe('surnames that are common words', () => {
  it('reads a capitalised word right before a reporting verb as a name', () => {
    expect(attributed('Columnist George Will mocked the plan. “It is a caricature,” Will wrote.')).toEqual([['George Will', 'wrote']])
    expect(attributed('“I came to listen,” Sharp said.')).toEqual([['Sharp', 'said']])
    expect(attributed('Bob Small drove three hours to the rally. “I came to listen,” Small said.')).toEqual([['Bob Small', 'said']])
  })

  it('does not read a role, a pronoun or a plural before a verb as a name', () => {
    const texts = [
      'The officials met at noon. Officials said the talks were “over.”',
      'They came late. They said the vote was “rigged.”',
      'Everyone in the room agreed. Everyone said the plan was “bold.”'
    ]
    for (const text of texts) expect(extractQuotes(text).entities).toEqual([])
  })
})

describe('writings as sources', () => {
  it('gives a quote to the report, lawsuit or email that says it', () => {
    expect(attributed('“Integration increases over time,” the report concluded.')).toEqual([['the report', 'concluded']])
    expect(attributed('The county has engaged in “consistent activity” to suppress votes, the lawsuit says.')[0]![0]).toBe('the lawsuit')
    expect(attributed('“Trump wants to write racism into law,” the email says.')).toEqual([['the email', 'says']])
  })
})
