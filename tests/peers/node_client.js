// SPDX-License-Identifier: GPL-3.0-or-later
// A real Node `ws` client for the server role's tests (tests/channel/tst_serverchannel.cpp), run
// with node and NODE_PATH=/usr/share/nodejs. The counterpart of python_client.py's echo mode.
// Usage: node node_client.js URL [--no-compression] [--echo SIZES] [--close CODE]
// Connects (permessage-deflate offered, every message compressed: threshold 0, unless
// --no-compression) and prints `EXTENSIONS <the agreed extensions>`. --echo 0,125,...: for each
// size, sends a text and a binary message of that many bytes (text byte i is 'a' + i % 26, binary
// byte i is block[i % 3000], as in python_client.py), all before any answer arrives, then expects each back from an echo server in
// the same order and prints `ECHO text|binary <size>` per message. --close CODE: then closes with
// CODE and the reason "node done". Prints `CLOSED <code> <reason>` (the server's Close) at the end
// and exits 0; on a failure it prints `ERROR <what happened>` and exits 1.
'use strict';
const WebSocket = require('ws');

const args = process.argv.slice(2);
const url = args[0];
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const compression = !args.includes('--no-compression');
const sizes = option('--echo', '').split(',').filter(Boolean).map(Number);
const closeCode = Number(option('--close', '0'));

const say = (line) => process.stdout.write(line + '\n');
const fail = (what) => {
  say(`ERROR ${what}`);
  process.exit(1);
};

const textPayload = (size) => {
  const data = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; ++i) data[i] = 0x61 + (i % 26);
  return data.toString('latin1');
};
// The same 3000-byte pseudo-random block, repeated, as python_client.py's binary_payload().
const block = Buffer.allocUnsafe(3000);
for (let i = 0, x = 1; i < block.length; ++i) {
  x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
  block[i] = (x >> 16) & 0xff;
}
const binaryPayload = (size) => {
  const data = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; ++i) data[i] = block[i % block.length];
  return data;
};

const expected = [];
for (const size of sizes) {
  expected.push({ kind: 'text', size, payload: Buffer.from(textPayload(size), 'latin1') });
  expected.push({ kind: 'binary', size, payload: binaryPayload(size) });
}

const ws = new WebSocket(url, {
  perMessageDeflate: compression ? { threshold: 0 } : false,
  maxPayload: 256 * 1024 * 1024,
  handshakeTimeout: 10000,
});
const deadline = setTimeout(() => fail('no end within 30 s'), 30000);

const finish = () => {
  if (closeCode) ws.close(closeCode, 'node done');
};

ws.on('open', () => {
  say(`EXTENSIONS ${ws.extensions}`);
  for (const message of expected) {
    if (message.kind === 'text') ws.send(message.payload.toString('latin1'));
    else ws.send(message.payload, { binary: true });
  }
  if (expected.length === 0) finish();
});
ws.on('message', (data, isBinary) => {
  const next = expected.shift();
  if (!next) fail(`an unexpected message of ${data.length} bytes`);
  const kind = isBinary ? 'binary' : 'text';
  if (kind !== next.kind || !data.equals(next.payload))
    fail(`the ${next.kind} message of ${next.size} bytes came back as ${kind} of ${data.length}, different`);
  say(`ECHO ${kind} ${next.size}`);
  if (expected.length === 0) finish();
});
ws.on('close', (code, reason) => {
  clearTimeout(deadline);
  say(`CLOSED ${code} ${reason.toString('utf8')}`);
  process.exit(expected.length === 0 ? 0 : 1);
});
ws.on('error', (error) => fail(error.message));
