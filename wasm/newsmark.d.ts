// Types for the package entry (wasm/newsmark.mjs in Node, wasm/browser.mjs in bundles). The result is the newsmark/1
// schema (schema/newsmark-1.schema.json); offsets are UTF-16 indices.

// The result's types are generated from schema/newsmark-1.schema.json (schema/gen-types.mjs, run by the build).
import type { Analysis } from '../build/wasm/newsmark-1.js';
export type {
  Analysis, Span, Dct, Person, PersonMention, Quote, Country, CountryMention, DateMention,
  CliInputLine, CliRecord, CliResultRecord, CliErrorRecord,
} from '../build/wasm/newsmark-1.js';

export declare const SCHEMA: 'newsmark/1';

export declare class NewsmarkError extends Error {
  name: 'NewsmarkError';
  /** bad-text, bad-options, bad-dct, bad-date-order, too-large, no-core, internal (the core stopped and was replaced) */
  code: string;
}

export interface AnalyzeOptions {
  /** The article's date, YYYY-MM-DD; wins over a date found in the text. */
  dct?: string | null;
  /** Day/month order of numeric dates; without it, inferred from the text, else month first. */
  dateOrder?: 'dmy' | 'mdy' | null;
}

export interface CreateOptions {
  /** The NewsmarkCore factory from newsmark-core.js, when it is not a global. */
  factory?: (args: object) => Promise<unknown>;
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find newsmark-core.wasm, e.g. f => chrome.runtime.getURL('wasm/' + f). */
  locateFile?: (file: string) => string;
  /** Node only: the folder holding newsmark-core.js and .wasm. */
  coreDir?: string;
}

export interface AttributionSieve {
  /** The sieve's function in core/quotes. */
  name: string;
  /** The rule it stamps on a quote ("none" for the threshold). */
  rule: string;
  /** Its confidence; for the threshold, the confidence below which no speaker is named. */
  confidence: number;
}

export interface Newsmark {
  schema: 'newsmark/1';
  /** The quote attribution table in run order, and every rule name a quote's `rule` can hold. */
  attribution: { sieves: AttributionSieve[]; rules: string[] };
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

export declare function createNewsmark(options?: CreateOptions): Promise<Newsmark>;
