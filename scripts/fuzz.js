// npm run fuzz: the fuzz suite's properties (test/fuzz-invariants.test.ts), run far longer than
// in CI, to find new cases. Prints the seed first; a failure prints fast-check's counterexample,
// which then becomes a fixed example in the tests.
//   FUZZ_SCALE  runs per property, as a multiple of CI's (default 50)
//   FUZZ_SEED   replay one seed (default: a new random seed, printed)
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31))
const scale = process.env.FUZZ_SCALE ?? '50'
console.log(`fuzz: seed ${seed}, ${scale}× the CI runs (replay with FUZZ_SEED=${seed} FUZZ_SCALE=${scale} npm run fuzz)`)
const root = fileURLToPath(new URL('..', import.meta.url))
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz-invariants.test.ts', '--testTimeout=0', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, FUZZ_SEED: seed, FUZZ_SCALE: scale}
})
console.log(`fuzz: seed ${seed} ${result.status === 0 ? 'found nothing new' : 'found a failing case: add it to the tests as a fixed example'}`)
process.exit(result.status ?? 1)
