// Compiles the generated JSON Schemas under ajv's strict mode (draft 2020-12, with formats)
// and checks documents against them.
//
//   node check_ajv.js SCHEMA [--valid DOC...] [--invalid DOC...] [SCHEMA2 ...]
//
// Each SCHEMA argument (ending in .schema.json) starts a group; the documents after
// --valid must validate against it, those after --invalid must not. ajv and ajv-formats are
// found in the global npm folder (`npm root -g`) when not beside the script. Exits 77 (the
// ctest SKIP_RETURN_CODE) when ajv is not installed, 1 on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

function load(name) {
  try {
    return require(name);
  } catch (e) {
    let root;
    try {
      root = execSync('npm root -g', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch (e2) {
      return null;
    }
    try {
      return require(path.join(root, name));
    } catch (e3) {
      return null;
    }
  }
}

const ajv2020 = load('ajv/dist/2020');
const formats = load('ajv-formats');
if (!ajv2020 || !formats) {
  console.log('ajv or ajv-formats is not installed (npm install -g ajv@8 ajv-formats@3): skipped');
  process.exit(77);
}
const Ajv2020 = ajv2020.default || ajv2020;
const addFormats = formats.default || formats;

const readJson = (file) => {
  let text = fs.readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return JSON.parse(text);
};

let failures = 0;
let checked = 0;
let validate = null;
let schemaName = '';
let expect = 'valid';
for (const arg of process.argv.slice(2)) {
  if (arg === '--valid' || arg === '--invalid') {
    expect = arg.slice(2);
    continue;
  }
  if (arg.endsWith('.schema.json')) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    schemaName = arg;
    expect = 'valid';
    try {
      validate = ajv.compile(readJson(arg));
      console.log(`compiled under strict mode: ${arg}`);
    } catch (e) {
      console.log(`FAIL: ${arg} does not compile under ajv strict mode: ${e.message}`);
      failures++;
      validate = null;
    }
    continue;
  }
  if (!validate) {
    console.log(`FAIL: ${arg}: no schema compiled before it`);
    failures++;
    continue;
  }
  checked++;
  const ok = validate(readJson(arg));
  if (ok !== (expect === 'valid')) {
    failures++;
    const why = ok ? 'accepted' : ajv2020Errors(validate.errors);
    console.log(`FAIL: ${arg} should be ${expect} against ${schemaName}: ${why}`);
  } else {
    console.log(`ok (${expect}): ${arg}`);
  }
}

function ajv2020Errors(errors) {
  return (errors || []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

if (checked === 0 && failures === 0) console.log('(no documents checked)');
process.exit(failures ? 1 : 0);
