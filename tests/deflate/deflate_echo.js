// SPDX-License-Identifier: GPL-3.0-or-later
// Node `ws` echo server with configurable permessage-deflate, for Framewise's deflate tests.
// Run with NODE_PATH=/usr/share/nodejs. Options:
//   --server-no-context-takeover, --client-no-context-takeover,
//   --server-max-window-bits N, --client-max-window-bits N (8..15; 0 or absent: not set),
//   --no-compression (no extension at all).
// Compresses every message it sends (threshold 0). Echoes every message with its type; a text
// "!fragments N text" comes back as `text` in N fragments. Prints
// `PORT n` once listening and `EXT value` with the Sec-WebSocket-Extensions answer of every
// connection. Exits when stdin closes or on SIGTERM.
'use strict';
const { WebSocketServer } = require('ws');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const number = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : 0;
};

let perMessageDeflate = false;
if (!flag('--no-compression')) {
    // Options are left out unless given: `ws` reads serverNoContextTakeover: false as "refuse a
    // client that asks for it", while undefined grants what the client asks.
    perMessageDeflate = { threshold: 0 };
    if (flag('--server-no-context-takeover'))
        perMessageDeflate.serverNoContextTakeover = true;
    if (flag('--client-no-context-takeover'))
        perMessageDeflate.clientNoContextTakeover = true;
    if (number('--server-max-window-bits'))
        perMessageDeflate.serverMaxWindowBits = number('--server-max-window-bits');
    if (number('--client-max-window-bits'))
        perMessageDeflate.clientMaxWindowBits = number('--client-max-window-bits');
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate, maxPayload: 0 });
server.on('headers', (headers) => {
    const ext = headers.find((h) => h.toLowerCase().startsWith('sec-websocket-extensions:'));
    process.stdout.write('EXT ' + (ext ? ext.slice(ext.indexOf(':') + 1).trim() : '-') + '\n');
});
server.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => {
        const prefix = Buffer.from('!fragments ');
        if (!isBinary && data.subarray(0, prefix.length).equals(prefix)) {
            // "!fragments N text": the text comes back as one message in N fragments.
            const space = data.indexOf(0x20, prefix.length);
            const count = Number(data.subarray(prefix.length, space).toString());
            const text = data.subarray(space + 1);
            const step = Math.ceil(text.length / count);
            for (let i = 0; i < text.length; i += step)
                ws.send(text.subarray(i, i + step), { binary: false, fin: i + step >= text.length });
            return;
        }
        ws.send(data, { binary: isBinary });
    });
    ws.on('error', () => {});
});
server.on('listening', () => process.stdout.write('PORT ' + server.address().port + '\n'));

require('./exit_with_stdin')(server);
