// Types for the package entry (wasm/newsmark.mjs in Node, wasm/browser.mjs in bundles). The result is the newsmark/1
// schema (../shared/DESIGN.md); offsets are UTF-16 indices.

export declare const SCHEMA: 'newsmark/1';

export declare class NewsmarkError extends Error {
  name: 'NewsmarkError';
  /** bad-text, bad-options, bad-dct, bad-date-order, too-large, no-core, internal (the core stopped and was replaced) */
  code: string;
}

export interface Span { start: number; end: number; }

export interface Dct {
  value: string;
  source: 'header' | 'dateline' | 'option';
  /** What a reader sees: "Fri 7 Jan 2022". */
  label: string;
  start?: number;
  end?: number;
}

export interface PersonMention extends Span { kind: 'name' | 'surname' | 'title' | 'pronoun'; }
export interface Person {
  id: string;
  name: string;
  gender: 'm' | 'f' | null;
  titles: string[];
  quoted: boolean;
  mentions: PersonMention[];
}

export interface Quote extends Span {
  kind: 'direct' | 'partial' | 'embedded' | 'indirect';
  speaker: string | null;
  speakerName: string | null;
  source: Span | null;
  cue: Span | null;
  rule: string;
  confidence: number;
}

export interface CountryMention extends Span { form: 'name' | 'alias' | 'demonym' | 'capital'; }
export interface Country { iso: string; name: string; mentions: CountryMention[]; }

export interface DateMention extends Span {
  value: string | null;
  kind: 'date' | 'time' | 'duration' | 'set';
  granularity: 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | null;
  relative: boolean;
  /** What a reader sees: the value in words ("Wed 9 Jan 2019", "the 1970s", "a few weeks"), never a TIMEX code. */
  label: string;
  /** Numeric dates only (07/01/2022): the day/month order used. */
  order?: 'dmy' | 'mdy';
}

export interface Analysis {
  schema: 'newsmark/1';
  dct: Dct | null;
  people: Person[];
  quotes: Quote[];
  countries: Country[];
  dates: DateMention[];
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
