/**
 * The body of a `--jobs` worker thread: documents in, outcomes out, one at a time.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {processDocument, type DocumentOutcome, type DocumentSettings} from './document.js'
import {readDocument, type InputDocument, type InputFile} from './inputs.js'

export function runWorker(): void {
  const {settings} = workerData as {settings: DocumentSettings}
  // A batch of documents a message, answered in the order they came: the pool matches answers to
  // batches by order, and may have sent the next batch before this one is done.
  let previous = Promise.resolve()
  parentPort!.on('message', (batch: Array<{input: InputDocument | InputFile; position: number}>) => {
    previous = previous.then(() => handle(batch))
  })
  async function handle(batch: Array<{input: InputDocument | InputFile; position: number}>): Promise<void> {
    // The batch's files are read at once, then extracted in order.
    const documents = await Promise.all(batch.map(({input}) => ('file' in input ? readDocument(input, settings.maxSize) : input)))
    const outcomes: DocumentOutcome[] = documents.map((document, index) =>
      'problem' in document ? {id: document.id, error: document.problem, size: 0} : processDocument(document, settings, batch[index]!.position)
    )
    parentPort!.postMessage(outcomes, outcomes.flatMap((outcome) => ('output' in outcome ? [outcome.output.buffer as ArrayBuffer] : [])))
  }
}
