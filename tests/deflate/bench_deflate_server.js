// SPDX-License-Identifier: GPL-3.0-or-later
// Server for bench_deflate: Node `ws` with permessage-deflate (threshold 0). When a client sends
// its first message, the server sends it the same pre-built JSON text message COUNT times, as fast
// as the socket takes it, in one of two modes:
//   --mode send      ws.send() per message (context takeover). `ws` deflates each message on the
//                    libuv thread pool, one at a time per socket, which caps this server at a few
//                    thousand messages per second: it measures the server more than the client.
//                    At most --window messages are in flight (handed to ws.send, not yet written).
//   --mode prebuilt  server_no_context_takeover is negotiated, so every message deflates to the
//                    same bytes: the frame is built once (zlib deflateRaw + sync flush, tail
//                    stripped, framed by ws's Sender.frame with RSV1) and written in batches
//                    while socket.writableLength stays under 1 MiB. The client is the bottleneck.
// Options: --mode send|prebuilt (send), --count N (100000), --size BYTES (1024), --window N (512).
// Prints `PORT n` and `MESSAGE size sha256hex`. Exits when stdin closes or on SIGTERM.
// Run with NODE_PATH=/usr/share/nodejs.
'use strict';
const crypto = require('crypto');
const zlib = require('zlib');
const { WebSocketServer, Sender } = require('ws');

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
};
const count = option('--count', 100000);
const size = option('--size', 1024);
const window = option('--window', 512);
const prebuilt = args.includes('--mode') && args[args.indexOf('--mode') + 1] === 'prebuilt';

// A JSON object of exactly `size` bytes: fields of an API response, padded in a "note" string.
function buildJson(size) {
    const base = {
        type: 'ticker',
        sequence: 123456789,
        product_id: 'BTC-USD',
        price: '43125.17',
        open_24h: '42011.90',
        volume_24h: '18231.44210943',
        best_bid: '43125.16',
        best_ask: '43125.18',
        side: 'buy',
        time: '2024-01-15T10:21:33.512345Z',
        trade_id: 589114722,
        last_size: '0.00150000',
        tags: ['alpha', 'beta', 'gamma'],
        note: '',
    };
    const empty = Buffer.byteLength(JSON.stringify(base));
    base.note = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(size / 27)).slice(0, Math.max(0, size - empty));
    return Buffer.from(JSON.stringify(base));
}

const message = buildJson(size);
const perMessageDeflate = { threshold: 0 };
if (prebuilt)
    perMessageDeflate.serverNoContextTakeover = true;
const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate });

// One compressed text frame, exactly what ws sends for `message` without context takeover.
function prebuiltBatch(framesPerBatch) {
    let deflated = zlib.deflateRawSync(message, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    if (deflated.subarray(-4).equals(Buffer.from([0x00, 0x00, 0xff, 0xff])))
        deflated = deflated.subarray(0, deflated.length - 4);
    const frame = Buffer.concat(Sender.frame(deflated, { fin: true, rsv1: true, opcode: 1, mask: false, readOnly: false }));
    return { frames: framesPerBatch, bytes: Buffer.concat(Array(framesPerBatch).fill(frame)) };
}

function sendMessages(ws) {
    let sent = 0;
    let written = 0;
    const pump = () => {
        while (sent < count && sent - written < window && ws.readyState === ws.OPEN) {
            ++sent;
            ws.send(message, { binary: false }, onWritten);
        }
    };
    const onWritten = (error) => {
        if (error)
            return;
        ++written;
        if (sent - written <= window / 2)
            pump();
    };
    pump();
}

function writePrebuilt(ws) {
    const socket = ws._socket;
    const batch = prebuiltBatch(64);
    let sent = 0;
    const pump = () => {
        while (sent < count && socket.writableLength < 1024 * 1024 && ws.readyState === ws.OPEN) {
            const n = Math.min(batch.frames, count - sent);
            socket.write(n === batch.frames ? batch.bytes : batch.bytes.subarray(0, (batch.bytes.length / batch.frames) * n));
            sent += n;
        }
        if (sent < count && ws.readyState === ws.OPEN)
            socket.once('drain', pump);
    };
    pump();
}

server.on('connection', (ws) => {
    ws.on('error', () => {});
    const deflate = ws._extensions['permessage-deflate'];
    if (prebuilt && !(deflate && deflate.params && deflate.params.server_no_context_takeover)) {
        ws.close(1010, 'permessage-deflate with server_no_context_takeover needed');
        return;
    }
    ws.once('message', () => (prebuilt ? writePrebuilt(ws) : sendMessages(ws)));
});
server.on('listening', () => {
    const sha = crypto.createHash('sha256').update(message).digest('hex');
    process.stdout.write('PORT ' + server.address().port + '\n');
    process.stdout.write('MESSAGE ' + message.length + ' ' + sha + '\n');
});

require('./exit_with_stdin')(server);
