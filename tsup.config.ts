import {defineConfig} from 'tsup'

export default defineConfig({
  // evaluation.ts is for scripts/eval.js in the repository; package.json `files` keeps it out of the tarball.
  entry: ['src/index.ts', 'src/retext.ts', 'src/testing.ts', 'src/cli.ts', 'src/evaluation.ts'],
  format: ['esm'],
  target: 'node20',
  dts: {entry: ['src/index.ts', 'src/retext.ts', 'src/testing.ts']},
  clean: true,
  sourcemap: false,
  splitting: true,
  // The test runner must be the consumer's own: a bundled copy is not the one running their tests.
  external: ['vitest'],
  // esbuild turns every RegExp literal with \p{…} into `new RegExp(…)`, whatever the target (the
  // Unicode tables differ between engines): inside a function that is a new object per call, in
  // the hottest loops of the attribution. Node 20 reads these literals as they are.
  esbuildOptions(options) {
    options.supported = {...options.supported, 'regexp-unicode-property-escapes': true}
  }
})
