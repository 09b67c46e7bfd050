#!/usr/bin/env node
'use strict';
// The command line, built by `npm run build` (run by `npm install` through `prepare`).
require('../dist/cli.js');
