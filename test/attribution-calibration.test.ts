import {describe, expect, it} from 'vitest'
import {extractQuotes, defineRule} from '../src/index.js'
import {calibratedConfidence, speakerBasis} from '../src/attribution/calibration.js'
import {calibrationTable} from '../src/attribution/calibration-table.js'

describe('first names of either gender', () => {
  it('guess no gender, so a pronoun of either gender may stand for them', () => {
    expect(extractQuotes('Andrea Bocelli walked on stage. “I sing for my mother,” he said.').quotes[0]!.speaker?.name).toBe('Andrea Bocelli')
    expect(extractQuotes('Joan Price chaired the board. “The bill is dead,” she said.').quotes[0]!.speaker?.name).toBe('Joan Price')
    expect(extractQuotes('Jean Dupont ran the lab. “We found nothing,” he said.').quotes[0]!.speaker?.name).toBe('Jean Dupont')
  })
})

describe('speakerBasis', () => {
  it('tells names, descriptions, pronouns and unresolved speakers apart', () => {
    expect(speakerBasis({kind: 'person', mention: {text: 'Lars Holm'}})).toBe('name')
    expect(speakerBasis({kind: 'person', mention: {text: 'the prime minister'}})).toBe('description-resolved')
    expect(speakerBasis({kind: 'unnamed', mention: {text: 'A spokesman for the ministry'}})).toBe('description')
    expect(speakerBasis({kind: 'person', mention: {text: 'She'}})).toBe('pronoun')
    expect(speakerBasis({kind: 'unresolved', mention: 'he'})).toBe('unresolved')
  })
})

describe('calibrated confidence', () => {
  it('is the table figure for a default rule and basis', () => {
    const figure = calibrationTable['quote-speaker-cue']!['name']!
    expect(calibratedConfidence('quote-speaker-cue', {kind: 'person', mention: {text: 'Holm'}}, 1)).toBe(figure)
    expect(extractQuotes('“Rates will fall,” Lars Holm said.').quotes[0]!.confidence).toBe(figure)
  })

  it('keeps a doubting resolution under its certainty, whatever the table says', () => {
    expect(calibratedConfidence('quote-speaker-cue', {kind: 'person', mention: {text: 'he'}}, 0.4)).toBe(0.4)
  })

  it('never gives a pronoun to a person whose first name guesses the other gender: it stays unresolved', () => {
    for (const text of [
      'Paul Jansen walked on stage. “I sing for my mother,” she said.',
      'John Roberts read the ruling. Antonin Scalia dissented. “This is wrong,” she said.',
      'Mary Lopez and Susan Lee voted no. “We were ignored,” he said.'
    ]) {
      const {quotes} = extractQuotes(text)
      expect(quotes[0]!.speaker?.kind).toBe('unresolved')
    }
  })

  it('leaves a user rule its own confidence', () => {
    const rule = defineRule({id: 'always-mayor', description: 'Everything is the mayor’s.', confidence: 0.33, match: () => ({speaker: {name: 'The mayor', kind: 'person', mention: {start: 0, end: 3, text: 'The'}, certainty: 1}})})
    expect(extractQuotes('The mayor spoke. “Yes,” she said.', {rules: [rule]}).quotes[0]!.confidence).toBe(0.33)
  })

  it('has a figure between 0 and 1 for every cell', () => {
    for (const cells of Object.values(calibrationTable)) for (const figure of Object.values(cells)) expect(figure).toBeGreaterThanOrEqual(0), expect(figure).toBeLessThanOrEqual(1)
  })
})
