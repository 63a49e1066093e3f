// Validates documents against schema/newsmark-1.schema.json with Ajv (draft 2020-12). The shared test helpers pass
// every analysis and every CLI line through it, so an output the tests produce that the schema does not describe fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const schema = JSON.parse(readFileSync(path.join(root, 'schema/newsmark-1.schema.json'), 'utf8'));

// strict: an unknown keyword or a misspelt one is an error in the schema, not silently ignored.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
ajv.addSchema(schema);
const validators = {
  analysis: ajv.getSchema(schema.$id),
  cliInputLine: ajv.getSchema(`${schema.$id}#/$defs/cliInputLine`),
  cliRecord: ajv.getSchema(`${schema.$id}#/$defs/cliRecord`),
};

// The first few errors in words, or '' when `doc` is a valid `kind` (analysis, cliInputLine or cliRecord).
export function schemaErrors(kind, doc) {
  const validate = validators[kind];
  if (validate(doc)) return '';
  return ajv.errorsText(validate.errors.slice(0, 5), { dataVar: kind });
}

export function assertValid(kind, doc, where = '') {
  const errors = schemaErrors(kind, doc);
  assert.equal(errors, '', `${where ? `${where}: ` : ''}not a valid newsmark/1 ${kind}: ${errors}`);
  return doc;
}

// Each record a CLI wrote in JSON lines (--pretty too: a record then ends with a "}" line); csv and md are not JSON.
export function assertValidCliOutput(args, stdout) {
  const at = args.indexOf('--format');
  if ((at >= 0 && args[at + 1] !== 'jsonl') || args.includes('--help') || !stdout) return;
  const records = args.includes('--pretty') ? stdout.split(/(?<=^\})\n/m) : stdout.split('\n');
  for (const r of records) if (r.trim()) assertValid('cliRecord', JSON.parse(r), `newsmark ${args.join(' ')}`);
}
