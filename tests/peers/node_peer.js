// SPDX-License-Identifier: GPL-3.0-or-later
// A real Node `ws` server for Framewise's tests (node with NODE_PATH=/usr/share/nodejs).
// Same options, commands and output as python_peer.py:
//   --port N, --subprotocols a,b, --no-compression / --compression (permessage-deflate on by default)
//   !headers, !close CODE REASON, !ping PAYLOAD (answers "pong-ok" on the pong), !send-binary N
//   prints `PORT n` once listening and `CLOSED code reason` per connection; exits on stdin EOF or SIGTERM.
'use strict';
const { WebSocketServer } = require('ws');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option('--port', '0'));
const protocols = option('--subprotocols', '').split(',').filter(Boolean);
const compression = !args.includes('--no-compression');

const pattern = (size) => {
  const data = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; ++i) data[i] = i % 251;
  return data;
};

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port,
  maxPayload: 256 * 1024 * 1024,
  perMessageDeflate: compression ? { threshold: 0 } : false,
  // The first protocol the client offered (a Set keeps the client's order) that we support.
  handleProtocols: (offered) => {
    for (const p of offered) if (protocols.includes(p)) return p;
    return false;
  },
});

wss.on('listening', () => console.log(`PORT ${wss.address().port}`));
wss.on('connection', (ws, request) => {
  ws.on('message', (data, isBinary) => {
    if (!isBinary && data.length > 0 && data[0] === 0x21 /* ! */) {
      const text = data.toString('utf8');
      const space = text.indexOf(' ');
      const command = space < 0 ? text : text.slice(0, space);
      const rest = space < 0 ? '' : text.slice(space + 1);
      if (command === '!headers') {
        const headers = [];
        for (let i = 0; i < request.rawHeaders.length; i += 2) headers.push([request.rawHeaders[i], request.rawHeaders[i + 1]]);
        ws.send(JSON.stringify({ path: request.url, headers }));
        return;
      }
      if (command === '!close') {
        const cut = rest.indexOf(' ');
        ws.close(Number(cut < 0 ? rest : rest.slice(0, cut)), cut < 0 ? '' : rest.slice(cut + 1));
        return;
      }
      if (command === '!ping') {
        ws.once('pong', () => ws.send('pong-ok'));
        ws.ping(Buffer.from(rest, 'utf8'));
        return;
      }
      if (command === '!send-binary') {
        ws.send(pattern(Number(rest)), { binary: true });
        return;
      }
    }
    ws.send(data, { binary: isBinary });
  });
  ws.on('error', (error) => console.error(`ERROR ${error.message}`));
  ws.on('close', (code, reason) => console.log(`CLOSED ${code} ${reason.toString('utf8')}`));
});

const stop = () => {
  for (const client of wss.clients) client.terminate();
  wss.close();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
