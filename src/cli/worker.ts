/**
 * The body of a `--jobs` worker thread: documents in, outcomes out, a batch at a time.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {processInput, type DocumentSettings} from './document.js'
import type {InputDocument, InputFile} from './inputs.js'
import {prepareReader, readerReady} from './readers.js'

export function runWorker(): void {
  const {settings} = workerData as {settings: DocumentSettings}
  // A batch of documents a message, answered in the order they came (the pool matches answers to
  // batches by order): each is handled whole, synchronously, before the next message.
  // A batch that needs a reader not yet loaded waits for it, and the batches after it wait their turn.
  let pending: Promise<void> | undefined
  parentPort!.on('message', (batch: Array<{input: InputDocument | InputFile; position: number}>) => {
    const missing = [...new Set(batch.map(({input}) => input.format).filter((format) => !readerReady(format)))]
    if (!pending && missing.length === 0) return handle(batch)
    // A reader that fails to load fails its documents (their extraction finds no reader), not the worker.
    const ready = Promise.all(missing.map((format) => prepareReader(format).catch(() => {})))
    const done: Promise<void> = (pending ?? Promise.resolve()).then(() => ready).then(() => {
      handle(batch)
      if (pending === done) pending = undefined
    })
    pending = done
  })
  function handle(batch: Array<{input: InputDocument | InputFile; position: number}>): void {
    const outcomes = batch.map(({input, position}) => processInput(input, settings, position, true))
    parentPort!.postMessage(outcomes, outcomes.flatMap((outcome) => ('output' in outcome ? (outcome.output as Uint8Array[]).map((piece) => piece.buffer as ArrayBuffer) : [])))
  }
}
