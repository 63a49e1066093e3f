// Entry of newsmark-worker.js, the worker the page starts for large articles when it is served over HTTP.
import { unpackWasm, wellFormed } from '../wasm/newsmark.mjs';
import { workerMain } from './worker-main.mjs';

importScripts('newsmark-core.js', 'newsmark-wasm.js');
workerMain(self, unpackWasm, wellFormed);
