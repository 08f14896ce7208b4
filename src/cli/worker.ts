/**
 * The body of a `--jobs` worker thread: documents in, outcomes out, one at a time.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {processDocument, type DocumentSettings} from './document.js'
import {readDocument, type InputDocument, type InputFile} from './inputs.js'

export function runWorker(): void {
  const {settings} = workerData as {settings: DocumentSettings}
  // Messages are handled one at a time: the next waits until this one is posted.
  let queue = Promise.resolve()
  parentPort!.on('message', ({input, position}: {input: InputDocument | InputFile; position: number}) => {
    queue = queue.then(() => handle(input, position))
  })
  async function handle(input: InputDocument | InputFile, position: number): Promise<void> {
    const document = 'file' in input ? await readDocument(input, settings.maxSize) : input
    if ('problem' in document) {
      parentPort!.postMessage({id: document.id, error: document.problem, size: 0})
      return
    }
    const outcome = processDocument(document, settings, position)
    parentPort!.postMessage(outcome, 'output' in outcome ? [outcome.output.buffer as ArrayBuffer] : [])
  }
}
