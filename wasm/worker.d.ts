// Types for newsmark/worker: the messages its worker takes and posts.
import type { Analysis, AnalyzeOptions } from './newsmark.js';

export interface WorkerRequest { id: number | string; text: string; options?: AnalyzeOptions; }

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; code: string; message: string }
  | { id: number | string; ok: true; result: Analysis }
  | { id: number | string; ok: false; code: string; message: string };
