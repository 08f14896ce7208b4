/**
 * Run whosaid in a worker thread with a deadline: a run that takes too long
 * is stopped (the worker is terminated and a new one started) and reported as
 * timed out, so a test of a hang fails in seconds instead of never ending.
 * Uses the built package (`npm test` builds first).
 */

import {existsSync} from 'node:fs'
import {Worker} from 'node:worker_threads'

export type TimedResult = {readonly ms: number} | {readonly error: string; readonly stack?: string} | {readonly timedOut: true}

export interface TimedInput {
  readonly source: string
  readonly format?: 'text' | 'html' | 'markdown'
  readonly cluster?: boolean
}

const script = new URL('worker.js', import.meta.url)

export class TimedRunner {
  readonly #stackSizeMb: number | undefined
  #worker: Promise<Worker> | undefined

  /** @param stackSizeMb A smaller stack than the default, to find deep recursion on small inputs. */
  constructor(stackSizeMb?: number) {
    if (!existsSync(new URL('../../dist/index.js', import.meta.url))) throw new Error('The fuzz suite runs the built package: run `npm run build` first')
    this.#stackSizeMb = stackSizeMb
  }

  /** Run once; stop it after `deadlineMs`. */
  async run(input: TimedInput, deadlineMs: number): Promise<TimedResult> {
    const worker = await (this.#worker ??= this.#start())
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.off('message', done)
        this.#worker = undefined
        void worker.terminate()
        resolve({timedOut: true})
      }, deadlineMs)
      const done = (message: TimedResult) => {
        clearTimeout(timer)
        resolve(message)
      }
      worker.once('message', done)
      worker.postMessage(input)
    })
  }

  async close(): Promise<void> {
    const worker = this.#worker
    this.#worker = undefined
    if (worker) await (await worker).terminate()
  }

  #start(): Promise<Worker> {
    const worker = new Worker(script, this.#stackSizeMb === undefined ? {} : {resourceLimits: {stackSizeMb: this.#stackSizeMb}})
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(worker))
      worker.once('error', reject)
    })
  }
}

/**
 * How much the time per KB grows from `small` to `large` (1 is linear): the
 * fastest of two to `rounds` interleaved runs of each, stopping as soon as
 * the growth is within `bound` (the machine's other load only ever adds time).
 * A large run slower than 1.5 × `bound` × the linear estimate (at least 3 s,
 * at most `maxMs`) is stopped and counts as infinite growth.
 */
export async function timePerKbGrowth(runner: TimedRunner, small: TimedInput, large: TimedInput, bound: number, {rounds = 3, maxMs = 8000} = {}): Promise<number> {
  const factor = large.source.length / small.source.length
  // Compiled first: a cold first run would make the small input look slow and the growth small.
  await runner.run(small, 30_000)
  await runner.run(small, 30_000)
  let smallMs = Number.POSITIVE_INFINITY
  let largeMs = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const a = await runner.run(small, 30_000)
    if (!('ms' in a)) throw new Error(`The small input failed: ${JSON.stringify(a)}`)
    smallMs = Math.min(smallMs, a.ms)
    const b = await runner.run(large, Math.min(maxMs, Math.max(3000, smallMs * factor * bound * 1.5)))
    if ('timedOut' in b) return Number.POSITIVE_INFINITY
    if (!('ms' in b)) throw new Error(`The large input failed: ${b.error}`)
    largeMs = Math.min(largeMs, b.ms)
    if (round > 0 && largeMs / smallMs / factor < bound) break
  }
  return largeMs / smallMs / factor
}
