/**
 * The body of a `--jobs` worker thread: documents in, outcomes out, a batch at a time.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {processInput, type DocumentSettings} from './document.js'
import type {InputDocument, InputFile} from './inputs.js'

export function runWorker(): void {
  const {settings} = workerData as {settings: DocumentSettings}
  // A batch of documents a message, answered in the order they came (the pool matches answers to
  // batches by order): each is handled whole, synchronously, before the next message.
  parentPort!.on('message', handle)
  function handle(batch: Array<{input: InputDocument | InputFile; position: number}>): void {
    const outcomes = batch.map(({input, position}) => processInput(input, settings, position, true))
    parentPort!.postMessage(outcomes, outcomes.flatMap((outcome) => ('output' in outcome ? (outcome.output as Uint8Array[]).map((piece) => piece.buffer as ArrayBuffer) : [])))
  }
}
