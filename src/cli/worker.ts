/**
 * The body of a `--jobs` worker thread: documents in, outcomes out, one at a time.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {processDocument, type DocumentOutcome, type DocumentSettings} from './document.js'
import {readDocument, type InputDocument, type InputFile} from './inputs.js'

export function runWorker(): void {
  const {settings} = workerData as {settings: DocumentSettings}
  // A batch of documents a message, answered in the order they came (the pool matches answers to
  // batches by order): each is handled whole, synchronously, before the next message.
  parentPort!.on('message', handle)
  function handle(batch: Array<{input: InputDocument | InputFile; position: number}>): void {
    // Each file is read just before it is extracted: a synchronous read costs less than waiting.
    const outcomes = batch.map(({input, position}): DocumentOutcome => {
      const document = 'file' in input ? readDocument(input, settings.maxSize) : input
      if ('problem' in document) return {id: document.id, error: document.problem, size: 0}
      const outcome = processDocument(document, settings, position)
      // The output, made when it is read, is read here whole: it goes to the main thread in one message.
      return 'output' in outcome ? {...outcome, output: [...outcome.output]} : outcome
    })
    parentPort!.postMessage(outcomes, outcomes.flatMap((outcome) => ('output' in outcome ? (outcome.output as Uint8Array[]).map((piece) => piece.buffer as ArrayBuffer) : [])))
  }
}
