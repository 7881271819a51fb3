// SPDX-License-Identifier: GPL-3.0-or-later
// The Node `ws` client measured by bench_deflate: connects with permessage-deflate, sends "start",
// receives COUNT messages, checks the first against SHA256 and every later one against the first,
// and prints `RESULT count=N ms=T bad=B first=ok|bad extensions=...`.
// Usage: node bench_deflate_client.js URL COUNT SHA256HEX. Run with NODE_PATH=/usr/share/nodejs.
'use strict';
const crypto = require('crypto');
const WebSocket = require('ws');

const [url, countText, sha] = process.argv.slice(2);
const count = Number(countText);
const ws = new WebSocket(url, { perMessageDeflate: true });
let received = 0;
let bad = 0;
let first = null;
let firstOk = false;
let started = 0n;

ws.on('open', () => {
    started = process.hrtime.bigint();
    ws.send('start');
});
ws.on('message', (data, isBinary) => {
    if (first === null) {
        first = data;
        firstOk = !isBinary && crypto.createHash('sha256').update(data).digest('hex') === sha;
    } else if (isBinary || !data.equals(first)) {
        ++bad;
    }
    if (++received === count) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        process.stdout.write(`RESULT count=${received} ms=${ms.toFixed(1)} bad=${bad} first=${firstOk ? 'ok' : 'bad'}`
            + ` extensions=${ws.extensions}\n`);
        ws.close(1000);
    }
});
ws.on('close', () => process.exit(received === count ? 0 : 1));
ws.on('error', (error) => {
    process.stderr.write(String(error) + '\n');
    process.exit(2);
});
