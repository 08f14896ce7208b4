/**
 * `--jobs N`: extraction in N worker threads. Documents go to whichever
 * worker is free; results come back in input order (at most two documents
 * per worker are in flight, so waiting for a slow one holds few). A worker
 * that dies (a document that exhausts its memory) fails that document only,
 * and a new worker takes its place.
 */

import {Worker} from 'node:worker_threads'
import type {DocumentOutcome, DocumentSettings} from './document.js'
import type {InputDocument, InputFile} from './inputs.js'

/** What tells a thread started from the CLI's own file that it is a worker. */
export const workerRole = 'whosaid-extract'

export interface WorkerPool {
  run(input: InputDocument | InputFile, position: number): Promise<DocumentOutcome>
  close(): Promise<void>
}

interface Job {
  readonly input: InputDocument | InputFile
  readonly position: number
  readonly resolve: (outcome: DocumentOutcome) => void
}

export function createPool(script: URL, jobs: number, settings: DocumentSettings): WorkerPool {
  const idle: Worker[] = []
  const waiting: Job[] = []
  const busy = new Map<Worker, Job>()
  let started = 0
  let closed = false

  const start = (): Worker => {
    started++
    const worker = new Worker(script, {workerData: {role: workerRole, settings}})
    worker.on('message', (outcome: DocumentOutcome) => {
      const job = busy.get(worker)
      busy.delete(worker)
      job?.resolve(outcome)
      next(worker)
    })
    const fail = (message: string) => {
      const job = busy.get(worker)
      busy.delete(worker)
      started--
      if (job) job.resolve({id: job.input.id, error: message, size: 0})
      if (!closed && waiting.length > 0) next(start())
    }
    worker.on('error', (error) => fail(`extraction failed: ${(error as Error)?.message ?? String(error)}`))
    worker.on('exit', (code) => {
      if (busy.has(worker)) fail(`extraction stopped (worker exit code ${code})`)
      const index = idle.indexOf(worker)
      if (index !== -1) idle.splice(index, 1)
    })
    return worker
  }

  const next = (worker: Worker) => {
    const job = waiting.shift()
    if (!job) {
      idle.push(worker)
      return
    }
    busy.set(worker, job)
    worker.postMessage({input: job.input, position: job.position})
  }

  return {
    run(input, position) {
      return new Promise((resolve) => {
        waiting.push({input, position, resolve})
        const worker = idle.pop() ?? (started < jobs ? start() : undefined)
        if (worker) next(worker)
      })
    },
    async close() {
      closed = true
      const workers = [...idle, ...busy.keys()]
      idle.length = 0
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}
