// Prints the files (one path per line, read from stdin) that dockerfilelint
// lints without crashing. dockerfilelint 1.8 throws on some valid syntax
// (e.g. HEALTHCHECK NONE), which aborts a whole multi-file run, so the
// benchmark compares both tools on the files it can handle.
//   node dockerfilelint-accepts.js NODE_MODULES_DIR < list > accepted
'use strict';
const fs = require('fs');
const path = require('path');
const dfl = require(path.resolve(process.argv[2], 'dockerfilelint', 'lib', 'index'));
const files = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
let ok = 0;
for (const f of files) {
  try {
    dfl.run(path.dirname(path.resolve(f)), fs.readFileSync(f, 'utf8'));
    process.stdout.write(f + '\n');
    ok++;
  } catch (e) {
    // rejected: not part of the comparison
  }
}
process.stderr.write(`dockerfilelint handles ${ok} of ${files.length} files\n`);
