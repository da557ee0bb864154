// Checks what the built first-visit app Wasm links, by its functions' names: the Wasm as cargo
// built it for Trunk (target/wasm32-unknown-unknown/release/app.wasm, before wasm-bindgen and
// wasm-opt strip the names). The app must link no JSON parser and no case file reader: files are
// read by the file worker. Nor any cryptography: files are locked and unlocked (the age crate,
// scrypt) by the file worker too, and no calendar writer (the icalendar crate: the worker writes
// the .ics files). The worker's Wasm is read too, as a check that the test can fail (it does link
// them).
//
//   node tools/wasm-names.mjs [target-dir]
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] || path.join('target', 'wasm32-unknown-unknown', 'release');
const BANNED = [/serde_json/, /serde_path_to_error/, /serde_ignored/, /casefile\d+parse_case_file/];
const CALENDAR = [/\b_ZN9icalendar\d/, /\bicalendar::/];
const CRYPTO = [/\b_ZN3age\d/, /\b_ZN8age_core\d/, /\b_ZN6scrypt\d/, /\bage::/, /\bage_core::/, /\bscrypt::/];

function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** The function names of a Wasm module's "name" custom section. */
export function functionNames(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file}: not a WebAssembly module`);
  const names = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 0) {
      let len, p;
      [len, p] = leb(bytes, at);
      const name = bytes.subarray(p, p + len).toString('utf8');
      p += len;
      if (name === 'name') {
        while (p < end) {
          const sub = bytes[p++];
          let subSize;
          [subSize, p] = leb(bytes, p);
          const subEnd = p + subSize;
          if (sub === 1) {
            let count;
            [count, p] = leb(bytes, p);
            for (let i = 0; i < count; i++) {
              let n;
              [, p] = leb(bytes, p);
              [n, p] = leb(bytes, p);
              names.push(bytes.subarray(p, p + n).toString('utf8'));
              p += n;
            }
          }
          p = subEnd;
        }
      }
    }
    at = end;
  }
  return names;
}

function linked(file) {
  const names = functionNames(file);
  if (names.length === 0) throw new Error(`${file}: no function names (built without its name section?)`);
  return {
    names,
    banned: names.filter((n) => BANNED.some((re) => re.test(n))),
    crypto: names.filter((n) => CRYPTO.some((re) => re.test(n))),
    calendar: names.filter((n) => CALENDAR.some((re) => re.test(n))),
  };
}

const app = linked(path.join(dir, 'app.wasm'));
const worker = linked(path.join(dir, 'worker.wasm'));
console.log(`app.wasm: ${app.names.length} functions, ${app.banned.length} of a JSON parser or the case file reader`);
console.log(`worker.wasm: ${worker.names.length} functions, ${worker.banned.length} of a JSON parser or the case file reader (it reads files)`);
console.log(`app.wasm: ${app.crypto.length} functions of age or scrypt; worker.wasm: ${worker.crypto.length} (it locks files)`);
console.log(`app.wasm: ${app.calendar.length} functions of icalendar; worker.wasm: ${worker.calendar.length} (it writes calendars)`);
let failed = false;
if (app.banned.length > 0) {
  console.log('The first-visit app links what only the file worker may:');
  for (const n of app.banned.slice(0, 20)) console.log(`  ${n}`);
  failed = true;
}
if (app.crypto.length > 0) {
  console.log('The first-visit app links cryptography that only the file worker may:');
  for (const n of app.crypto.slice(0, 20)) console.log(`  ${n}`);
  failed = true;
}
if (app.calendar.length > 0) {
  console.log('The first-visit app links the calendar writer that only the file worker may:');
  for (const n of app.calendar.slice(0, 20)) console.log(`  ${n}`);
  failed = true;
}
if (worker.calendar.length === 0) {
  console.log('The worker links no icalendar: the check reads the wrong names.');
  failed = true;
}
if (worker.crypto.length === 0) {
  console.log('The worker links no age or scrypt: the check reads the wrong names.');
  failed = true;
}
if (worker.banned.length === 0) {
  console.log('The worker links no JSON parser: the check reads the wrong names.');
  failed = true;
}
process.exit(failed ? 1 : 0);
