/**
 * `--jobs N`: extraction in N worker threads while the main thread lists the
 * inputs, writes each document's output as it comes back (in input order)
 * and keeps what clustering needs. Each worker reads its own files and
 * prints its own documents (JSON, NDJSON or text, as bytes handed over
 * without a copy), so the main thread stays free to keep the workers fed: on
 * 2 cores the two workers get the two cores while the main thread waits.
 * (When the main thread extracted too, it was the busiest thread and the
 * worker waited on it.)
 *
 * Documents go out in batches (one message and one wake-up per batch, not
 * per document: with small news files the messages cost as much as the
 * work), and each worker holds a second batch while it works on the first,
 * so it never waits for the main thread to be scheduled. A worker that dies
 * (a document that exhausts its memory) fails that document only, and a new
 * worker takes its place.
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
}

/** A pool of up to `jobs` workers, started as the work needs them. */
export function createPool(script: URL, jobs: number, settings: DocumentSettings): WorkerPool {
  const waiting: Job[] = []
  /** Each live worker and the batches it holds, oldest first. */
  const workers = new Map<Worker, Job[][]>()
  let closed = false

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

  /** Give waiting jobs out: a full batch to any worker with room, a partial one only to an idle one. */
  const dispatch = () => {
    while (!closed && waiting.length > 0) {
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
      // A worker that is busy gets a second batch only when it is full: more may come with the next inputs.
      if (fewest > 0 && waiting.length < batchSize && !waiting[0]!.alone) return
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
