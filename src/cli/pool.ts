/**
 * `--jobs N`: extraction in N worker threads. Documents go to whichever
 * worker is free, several at once when several wait (one message and one
 * wake-up per batch, not per document: with small news files the messages
 * cost as much as the work); results come back in input order. A worker
 * that dies (a document that exhausts its memory) fails that document only,
 * and a new worker takes its place.
 */

import {Worker} from 'node:worker_threads'
import type {DocumentOutcome, DocumentSettings} from './document.js'
import type {InputDocument, InputFile} from './inputs.js'

/** What tells a thread started from the CLI's own file that it is a worker. */
export const workerRole = 'whosaid-extract'

/** Most documents sent to a worker in one message. */
export const batchSize = 8

export interface WorkerPool {
  run(input: InputDocument | InputFile, position: number): Promise<DocumentOutcome>
  close(): Promise<void>
}

interface Job {
  readonly input: InputDocument | InputFile
  readonly position: number
  readonly resolve: (outcome: DocumentOutcome) => void
  /** Sent alone: it was in a batch whose worker died. */
  readonly alone?: boolean
}

export function createPool(script: URL, jobs: number, settings: DocumentSettings): WorkerPool {
  const idle: Worker[] = []
  const waiting: Job[] = []
  const busy = new Map<Worker, Job[]>()
  let started = 0
  let closed = false

  const start = (): Worker => {
    started++
    const worker = new Worker(script, {workerData: {role: workerRole, settings}})
    worker.on('message', (outcomes: DocumentOutcome[]) => {
      const batch = busy.get(worker) ?? []
      busy.delete(worker)
      for (const [index, job] of batch.entries()) job.resolve(outcomes[index]!)
      next(worker)
    })
    const fail = (message: string) => {
      const batch = busy.get(worker) ?? []
      busy.delete(worker)
      started--
      // Which document of the batch killed the worker is unknown: each is retried alone in a new worker,
      // so only the guilty one fails.
      if (batch.length === 1) batch[0]!.resolve({id: batch[0]!.input.id, error: message, size: 0})
      else waiting.unshift(...batch.map((job) => ({...job, alone: true})))
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
    if (waiting.length === 0) {
      idle.push(worker)
      return
    }
    let count = 1
    while (count < batchSize && count < waiting.length && !waiting[0]!.alone && !waiting[count]!.alone) count++
    const batch = waiting.splice(0, count)
    busy.set(worker, batch)
    worker.postMessage(batch.map((job) => ({input: job.input, position: job.position})))
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
