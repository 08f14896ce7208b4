/**
 * `--jobs N`: extraction in N threads, the main thread and N - 1 workers.
 * Documents go to the workers in batches (one message and one wake-up per
 * batch, not per document: with small news files the messages cost as much
 * as the work), and each worker holds a second batch while it works on the
 * first, so it never waits for the main thread to be scheduled. The main
 * thread takes one document at a time between its other work (printing,
 * handing out batches): a worker more would cost a second JIT warm-up and
 * heap, and leave the main thread idle. Results come back in input order. A
 * worker that dies (a document that exhausts its memory) fails that document
 * only, and a new worker takes its place; a document too large for that risk
 * in the main thread goes to a worker.
 */

import {Worker} from 'node:worker_threads'
import type {DocumentOutcome, DocumentSettings} from './document.js'
import type {InputDocument, InputFile} from './inputs.js'

/** What tells a thread started from the CLI's own file that it is a worker (`src/cli.ts` checks it). */
export const workerRole = 'whosaid-extract'

/** Most documents sent to a worker in one message. */
export const batchSize = 8

/** Batches a worker holds: the one it works on and the next. */
const depth = 2

/** Extraction in the main thread, as a member of the pool. */
export interface LocalExtraction {
  /** Read (a file) and extract one document. */
  run(input: InputDocument | InputFile, position: number): DocumentOutcome | {readonly large: InputDocument}
}

/** Characters above which a document read in the main thread is handed to a worker (whose death fails only it). */
export const localLimit = 1_000_000

export interface WorkerPool {
  run(input: InputDocument | InputFile, position: number): Promise<DocumentOutcome>
  close(): Promise<void>
}

interface Job {
  readonly input: InputDocument | InputFile
  readonly position: number
  readonly resolve: (outcome: DocumentOutcome) => void
  /** Sent alone: it was in the batch of a worker that died. */
  readonly alone?: boolean
  /** Read in the main thread and found too large to extract there. */
  readonly large?: boolean
}

/**
 * A pool of `jobs` workers, and the main thread as one more member when
 * `local` is given.
 */
export function createPool(script: URL, jobs: number, settings: DocumentSettings, local?: LocalExtraction): WorkerPool {
  const waiting: Job[] = []
  /** Each live worker and the batches it holds, oldest first. */
  const workers = new Map<Worker, Job[][]>()
  let closed = false
  /** Whether the main thread has a document scheduled. */
  let localBusy = false

  /** One document in the main thread, after the events already waiting (answers of workers, writes). */
  const runLocal = (job: Job) => {
    localBusy = true
    setImmediate(() => {
      localBusy = false
      if (closed) return
      const outcome = local!.run(job.input, job.position)
      if ('large' in outcome) waiting.unshift({...job, input: outcome.large, large: true})
      else job.resolve(outcome)
      dispatch()
    })
  }

  const start = (): Worker => {
    const worker = new Worker(script, {workerData: {role: workerRole, settings}})
    workers.set(worker, [])
    worker.on('message', (outcomes: DocumentOutcome[]) => {
      const batch = workers.get(worker)?.shift() ?? []
      for (const [index, job] of batch.entries()) job.resolve(outcomes[index]!)
      dispatch()
    })
    let failed = false
    const fail = (message: string) => {
      if (failed) return
      failed = true
      const [guilty = [], ...others] = workers.get(worker) ?? []
      workers.delete(worker)
      // The worker died on its oldest batch (it works on one at a time). Which document of it is
      // unknown: each is retried alone, so that only the one that kills a worker fails.
      const lone = guilty.length === 1 && guilty[0]!.alone
      if (lone) guilty[0]!.resolve({id: guilty[0]!.input.id, error: message, size: 0})
      waiting.unshift(...(lone ? [] : guilty.map((job) => ({...job, alone: true}))), ...others.flat())
      dispatch()
    }
    worker.on('error', (error) => fail(`extraction failed: ${(error as Error)?.message ?? String(error)}`))
    worker.on('exit', (code) => {
      if (!closed) fail(`extraction stopped (worker exit code ${code})`)
    })
    return worker
  }

  /**
   * Give waiting jobs out: a full batch to any worker with room, a partial one only to an idle
   * one; then one document to the main thread when it has none.
   */
  const dispatch = () => {
    if (closed) return
    toWorkers()
    if (local && !localBusy && waiting.length > 0 && !waiting[0]!.alone && !waiting[0]!.large) runLocal(waiting.shift()!)
  }

  const toWorkers = () => {
    while (waiting.length > 0 && jobs > 0) {
      let target: Worker | undefined
      let fewest = depth
      for (const [worker, batches] of workers) {
        if (batches.length < fewest) {
          fewest = batches.length
          target = worker
        }
      }
      if (fewest > 0 && workers.size < jobs) {
        target = start()
        fewest = 0
      }
      if (!target) return
      // With the main thread extracting too, a short tail is left to it rather than queued behind a busy worker.
      if (fewest > 0 && waiting.length < batchSize && !waiting[0]!.alone && !waiting[0]!.large) return
      let count = 1
      while (count < batchSize && count < waiting.length && !waiting[0]!.alone && !waiting[count]!.alone) count++
      const batch = waiting.splice(0, count)
      workers.get(target)!.push(batch)
      target.postMessage(batch.map((job) => ({input: job.input, position: job.position})))
    }
  }

  return {
    run(input, position) {
      return new Promise((resolve) => {
        waiting.push({input, position, resolve})
        dispatch()
      })
    },
    async close() {
      closed = true
      await Promise.all([...workers.keys()].map((worker) => worker.terminate()))
      workers.clear()
    }
  }
}
