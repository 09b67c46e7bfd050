/**
 * ts-jest, with the globals the masking's inner loops use bound once per module (see
 * localMathTransform.js: in Jest's per-file V8 context every global lookup goes through an interceptor V8
 * never optimises). The same objects, so identity and behaviour are unchanged; the code is ts-jest's.
 */
const { TsJestTransformer } = require('ts-jest');

const PROLOGUE =
  'var Math = globalThis.Math, Map = globalThis.Map, Set = globalThis.Set, Number = globalThis.Number, Array = globalThis.Array, Object = globalThis.Object;';

const tsJest = new TsJestTransformer();

module.exports = {
  getCacheKey: (...args) => `${tsJest.getCacheKey(...args)}:local-globals`,
  process(source, path, options) {
    const out = tsJest.process(source, path, options);
    const code = typeof out === 'string' ? out : out.code;
    // After the "use strict" directive, on its line, so strict mode and the source map's lines stay.
    const strict = /^"use strict";/;
    const local = strict.test(code) ? code.replace(strict, `"use strict";${PROLOGUE}`) : `${PROLOGUE}${code}`;
    return typeof out === 'string' ? local : { ...out, code: local };
  },
};
