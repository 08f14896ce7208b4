/**
 * Fuzz: time per KB stays flat across sizes, for every row of issue 15's
 * time table (the inputs of scripts/hostile-rows.js, which the benchmark
 * measures at MB sizes). Ratios are measured in one run, in a worker with a
 * deadline, so a superlinear row fails in seconds.
 */

import {afterAll, describe, expect, it} from 'vitest'
import {rows} from '../scripts/hostile-rows.js'
import {TimedRunner, timePerKbGrowth} from './fuzz/timed.js'

/** 16× the input may take at most `bound` × 16 the time (quadratic would be 16 times that). */
const bound = 3
const factor = 16
/** Small size in KB: 2; more where a row grows superlinearly only past some size, less where it is slow already. */
const smallKb: Record<string, number> = {'Markdown *a*a*…': 4, 'pronoun prose, two people': 16, 'Markdown - - - …': 1, 'clustering one wording of distinct words': 16}

const runner = new TimedRunner()
afterAll(() => runner.close())

describe('fuzz: time per KB is flat across sizes', () => {
  for (const [name, row] of Object.entries(rows)) {
    if (row.cli) continue
    it(name, async () => {
      const input = (kb: number) => ({source: row.make(kb), format: row.format ?? 'text', cluster: row.cluster ?? false})
      const small = smallKb[name] ?? 2
      const growth = await timePerKbGrowth(runner, input(small), input(small * factor), bound)
      expect(growth).toBeLessThan(bound)
    }, 120_000)
  }
})
