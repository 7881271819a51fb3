// SPDX-License-Identifier: GPL-3.0-or-later
// A real browser as a WebSocket client for Framewise's tests: Debian's headless Chromium, driven
// over the DevTools protocol. Run with node (NODE_PATH=/usr/share/nodejs, as ScriptProcess sets it;
// without it the script falls back to Debian's /usr/share/nodejs/ws).
//
// Usage:
//   node browser_client.js --url ws://127.0.0.1:PORT/path [--protocol P]... [--text N] [--binary N]
//       [--max-size BYTES] [--seed S] [--timeout-ms MS] [--close-code C] [--idle-ms MS]
//       [--proxy URL] [--browser PATH] [--browser-arg ARG]...
//   --url         ws:// or wss:// URL the page connects to (required)
//   --protocol    a subprotocol to offer; repeat it to offer several, in that order
//   --text N      text messages to send (default 10); valid UTF-8 with 2-, 3- and 4-byte sequences,
//                 NUL, tab, CR, LF, and never a '!' (the test peers read a leading '!' as a command)
//   --binary N    binary messages to send (default 10)
//   --max-size B  largest message in bytes (default 4096). The first messages of each kind are
//                 0, 1, 125, 126, 65535, 65536 and B bytes long (those <= B), the rest uniformly in 0..B
//   --seed S      seed of the pseudo-random sizes and contents, 0..4294967295 (default 1)
//   --timeout-ms  the whole run, browser start included (default 30000)
//   --close-code  the code the page closes with once every echo is in (1000 or 3000..4999; default
//                 1000); the reason is "done"
//   --idle-ms     once everything is sent, close with reason "stalled" when no echo arrived for this
//                 long (default 5000; 0: wait for --timeout-ms)
//   --proxy URL   http://HOST:PORT or socks5://HOST:PORT: the page's WebSocket, and nothing else,
//                 goes through that proxy (an HTTP proxy gets a CONNECT); --url must then name an IP
//                 address, e.g. 127.0.0.1
//   --browser     the browser to start (default /usr/bin/chromium)
//   --browser-arg one more command-line switch for the browser, e.g.
//                 --browser-arg=--ignore-certificate-errors for a wss:// peer with a made-up certificate
//
// The page sends the text and binary messages interleaved (text first), all at once as soon as the
// socket opens, expects the peer to echo each one back in order with its type, compares them byte
// for byte, then closes. stdout is JSON lines, "event" always the first key:
//   {"event":"browser","version":"Chrome/...","launchMs":n}        chromium is up (the first line)
//   {"event":"open","protocol":"...","extensions":"...","ms":n}     the handshake succeeded
//   {"event":"sent","count":n,"bytes":n}                            every message was handed to send()
//   {"event":"mismatch","index":i,"kind":"text"|"binary","expectedBytes":n,"receivedKind":...,
//    "receivedBytes":n,"firstDifference":n|null}                    echo i differs
//   {"event":"missing","index":i,"kind":...,"bytes":n}              echo i was skipped (a later one came)
//   {"event":"unexpected","kind":...,"bytes":n,"before":i|null,"duplicateOf":i|null}
//                                                                   a message the page did not send
//                                                                   (arrived before echo i; a copy of i)
//   {"event":"stalled","echoed":n,"pending":n}                      no echo for --idle-ms
//   {"event":"error"}                                               the page's WebSocket fired "error"
//                                                                   (with "message" when it threw)
//   {"event":"log","level":"...","text":"..."}                      a browser warning/error (e.g. why
//                                                                   the handshake failed)
//   {"event":"close","code":c,"reason":"...","wasClean":b,"ms":n}   the page's WebSocket closed
//   {"event":"timeout","ms":n}                                      --timeout-ms ran out
//   {"event":"summary","ok":b,"sent":n,"echoed":n,"mismatches":n,"missing":n,"unexpected":n,
//    "protocol":...,"extensions":...,"closeCode":c,"closeReason":...,"wasClean":b,"bytes":n,
//    "elapsedMs":n,"error":"..."}                                   always the last line (after a usage
//                                                                   error there is no output at all)
// Exit code: 0 when every message came back identical and the close handshake completed with the
// code sent; 1 otherwise (also on a timeout, a signal or stdin closing); 2 on a usage error or when
// the browser or the page could not be brought up (the reason on stderr, with chromium's stderr).
//
// ms, launchMs, elapsedMs: milliseconds since node started. A message that matches no
// expected one is judged on the next: a mismatch of echo i, or one inserted before it (unexpected);
// for the last echo there is no next, so an insertion there counts as a mismatch.
//
// From a QtTest: ScriptProcess(Runtime::Node, testsFile("peers/browser_client.js"), {"--url", ...}),
// then waitForOutput("{\"event\":\"summary\"", ms), process().waitForFinished() and exitCode();
// lines("{\"event\":\"mismatch\"") lists the mismatches. There is no PORT line (waitForPort()
// is for servers). When stdin is a pipe its end aborts the run (ScriptProcess's destructor closes
// it, and the script is gone within ~50 ms), so by hand run it from a terminal or with </dev/null.
//
// Chromium runs in its own process group with a fresh user data dir (and HOME) in a temp dir
// (/dev/shm when writable, else $TMPDIR or /tmp); both are gone when the script exits, whatever
// the reason but SIGKILL. As root it needs --no-sandbox. Chromium refuses some ports outright
// (ERR_UNSAFE_PORT: 1, 6000, 10080, ...); the kernel's ephemeral ports are all fine.
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

let WebSocket;
try {
    WebSocket = require('ws');
} catch (error) {
    WebSocket = require('/usr/share/nodejs/ws');
}

const elapsed = () => Math.round(performance.now()); // ms since node started
const emit = (event) => process.stdout.write(JSON.stringify(event) + '\n');
const complain = (text) => process.stderr.write(`browser_client: ${text}\n`);

// ---------------------------------------------------------------------------------------------
// The page: runs in the browser (serialized with Function.prototype.toString).

function pageMain() {
    'use strict';
    const config = JSON.parse(new URLSearchParams(location.search).get('config'));
    const report = (event) => {
        const line = JSON.stringify(event);
        if (typeof window.framewiseReport === 'function')
            window.framewiseReport(line);
        else
            console.log(line);
    };
    const state = {
        sent: 0,
        echoed: 0,
        mismatches: 0,
        missing: 0,
        unexpected: 0,
        bytes: 0,
        protocol: null,
        extensions: null,
    };
    window.framewiseState = state;

    let ws;
    try {
        ws = new WebSocket(config.url, config.protocols);
    } catch (error) {
        report({ event: 'error', message: String(error) });
        report(Object.assign({ event: 'finished', closeCode: null, closeReason: null, wasClean: false }, state));
        return;
    }
    ws.binaryType = 'arraybuffer';

    // xorshift32 on int32s (V8 keeps them in registers, not doubles), warmed up so that
    // neighbouring seeds differ at once.
    let s = config.seed ^ 0x6d2b79f5 || 1;
    const next = () => {
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        return s;
    };
    for (let i = 0; i < 16; ++i)
        next();

    // Text: exactly `size` bytes of UTF-8 written directly, then decoded (fatal: it must be valid).
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const makeText = (size) => {
        const bytes = new Uint8Array(size);
        let i = 0;
        while (i < size) {
            const left = size - i;
            const r = next();
            const pick = r & 15;
            const v = r >>> 4; // 28 more random bits
            if (pick === 0 && left >= 4) { // U+10000..U+10FFFF
                const p = 0x10000 + (v % 0x100000);
                bytes[i++] = 0xf0 | (p >>> 18);
                bytes[i++] = 0x80 | ((p >>> 12) & 0x3f);
                bytes[i++] = 0x80 | ((p >>> 6) & 0x3f);
                bytes[i++] = 0x80 | (p & 0x3f);
            } else if (pick <= 2 && left >= 3) { // U+0800..U+FFFF without the surrogates
                let p = 0x800 + (v % 0xf000);
                if (p >= 0xd800)
                    p += 0x800;
                bytes[i++] = 0xe0 | (p >>> 12);
                bytes[i++] = 0x80 | ((p >>> 6) & 0x3f);
                bytes[i++] = 0x80 | (p & 0x3f);
            } else if (pick <= 5 && left >= 2) { // U+0080..U+07FF
                const p = 0x80 + (v % 0x780);
                bytes[i++] = 0xc0 | (p >>> 6);
                bytes[i++] = 0x80 | (p & 0x3f);
            } else if (pick === 6) { // NUL, tab, LF, CR
                bytes[i++] = (0x0d0a0900 >>> ((v & 3) << 3)) & 0xff;
            } else { // printable ASCII but '!'
                const c = 0x20 + (v % 95);
                bytes[i++] = c === 0x21 ? 0x20 : c;
            }
        }
        return decoder.decode(bytes);
    };
    const makeBinary = (size) => {
        const words = new Uint32Array(Math.ceil(size / 4));
        for (let i = 0; i < words.length; ++i)
            words[i] = next();
        return new Uint8Array(words.buffer, 0, size);
    };

    // The WebSocket handshake runs while the messages are made.
    const edges = [0, 1, 125, 126, 65535, 65536, config.maxSize].filter(
        (v, i, all) => v <= config.maxSize && all.indexOf(v) === i);
    const sizeFor = (i) => (i < edges.length ? edges[i] : (next() >>> 0) % (config.maxSize + 1));
    const messages = [];
    for (let t = 0, b = 0; t < config.text || b < config.binary;) {
        if (t < config.text) {
            const size = sizeFor(t++);
            messages.push({ kind: 'text', size, data: makeText(size) });
        }
        if (b < config.binary) {
            const size = sizeFor(b++);
            messages.push({ kind: 'binary', size, data: makeBinary(size) });
        }
    }

    const encoder = new TextEncoder();
    const kindOf = (data) => (typeof data === 'string' ? 'text' : 'binary');
    const bytesOf = (data) => (typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data));
    const same = (expected, data) => {
        if (expected.kind === 'text')
            return typeof data === 'string' && data === expected.data;
        if (!(data instanceof ArrayBuffer) || data.byteLength !== expected.size)
            return false;
        const got = new Uint8Array(data);
        const want = expected.data;
        for (let i = 0; i < got.length; ++i) {
            if (got[i] !== want[i])
                return false;
        }
        return true;
    };
    const firstDifference = (expected, data) => {
        if (kindOf(data) !== expected.kind)
            return null;
        const want = bytesOf(expected.data);
        const got = bytesOf(data);
        const n = Math.min(want.length, got.length);
        for (let i = 0; i < n; ++i) {
            if (want[i] !== got[i])
                return i;
        }
        return n;
    };

    let position = 0; // the next echo expected
    let lastActivity = performance.now();
    let closing = false;
    let watcher = 0;
    const closeWith = (reason) => {
        if (closing)
            return;
        closing = true;
        clearInterval(watcher);
        ws.close(config.closeCode, reason);
    };

    ws.onopen = () => {
        state.protocol = ws.protocol;
        state.extensions = ws.extensions;
        report({ event: 'open', protocol: ws.protocol, extensions: ws.extensions });
        for (const message of messages) {
            ws.send(message.data);
            state.sent++;
            state.bytes += message.size;
        }
        report({ event: 'sent', count: state.sent, bytes: state.bytes });
        lastActivity = performance.now();
        if (messages.length === 0) {
            closeWith('done');
            return;
        }
        if (config.idleMs > 0) {
            watcher = setInterval(() => {
                const now = performance.now();
                if (ws.bufferedAmount > 0)
                    lastActivity = now;
                else if (now - lastActivity > config.idleMs) {
                    report({ event: 'stalled', echoed: state.echoed, pending: messages.length - position });
                    closeWith('stalled');
                }
            }, 100);
        }
    };

    // A message that is no expected one is either a corrupted echo of messages[position] or one
    // the peer inserted: the next message tells which (unless messages[position] is the last).
    let suspect = null;
    const reportMismatch = (data) => {
        const expected = messages[position];
        state.mismatches++;
        report({
            event: 'mismatch',
            index: position,
            kind: expected.kind,
            expectedBytes: expected.size,
            receivedKind: kindOf(data),
            receivedBytes: bytesOf(data).length,
            firstDifference: firstDifference(expected, data),
        });
        position++;
    };
    const reportUnexpected = (data, duplicateOf) => {
        state.unexpected++;
        report({
            event: 'unexpected',
            kind: kindOf(data),
            bytes: bytesOf(data).length,
            before: position < messages.length ? position : null,
            duplicateOf,
        });
    };

    const receive = (data) => {
        if (suspect !== null) {
            const earlier = suspect;
            suspect = null;
            if (same(messages[position], data)) {
                reportUnexpected(earlier, null);
                state.echoed++;
                position++;
                return;
            }
            reportMismatch(earlier);
        }
        if (position >= messages.length) {
            reportUnexpected(data, null);
            return;
        }
        if (same(messages[position], data)) {
            state.echoed++;
            position++;
            return;
        }
        // A dropped message shifts the rest: look for this one among the next expected ones.
        for (let k = position + 1; k < Math.min(messages.length, position + 33); ++k) {
            if (same(messages[k], data)) {
                for (; position < k; ++position) {
                    state.missing++;
                    const skipped = messages[position];
                    report({ event: 'missing', index: position, kind: skipped.kind, bytes: skipped.size });
                }
                state.echoed++;
                position++;
                return;
            }
        }
        if (position > 0 && same(messages[position - 1], data))
            reportUnexpected(data, position - 1);
        else if (position + 1 < messages.length)
            suspect = data;
        else
            reportMismatch(data);
    };

    ws.onmessage = (ev) => {
        lastActivity = performance.now();
        receive(ev.data);
        if (position === messages.length)
            closeWith('done');
    };

    ws.onerror = () => report({ event: 'error' });

    ws.onclose = (ev) => {
        clearInterval(watcher);
        if (suspect !== null)
            reportMismatch(suspect);
        if (state.sent > position)
            state.missing += state.sent - position;
        position = Math.max(position, state.sent);
        report({ event: 'close', code: ev.code, reason: ev.reason, wasClean: ev.wasClean });
        report(Object.assign(
            { event: 'finished', closeCode: ev.code, closeReason: ev.reason, wasClean: ev.wasClean }, state));
    };
}

// ---------------------------------------------------------------------------------------------
// Command line

const usageText = `usage: node browser_client.js --url ws://127.0.0.1:PORT/path [--protocol P]... [--text N]
       [--binary N] [--max-size BYTES] [--seed S] [--timeout-ms MS] [--close-code C] [--idle-ms MS]
       [--proxy URL] [--browser PATH] [--browser-arg ARG]...
(see the comment at the top of this file for the output and the exit codes)`;

function usageError(text) {
    complain(text);
    process.stderr.write(usageText + '\n');
    process.exit(2);
}

function parseArguments(argv) {
    const options = {
        url: null,
        protocols: [],
        text: 10,
        binary: 10,
        maxSize: 4096,
        seed: 1,
        timeoutMs: 30000,
        closeCode: 1000,
        idleMs: 5000,
        proxy: null,
        browser: '/usr/bin/chromium',
        browserArgs: [],
    };
    const integer = (name, value, min, max) => {
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
            usageError(`${name} wants an integer in ${min}..${max}, not "${value}"`);
        return Number(value);
    };
    for (let i = 0; i < argv.length; ++i) {
        let name = argv[i];
        let value;
        const equals = name.indexOf('=');
        if (name.startsWith('--') && equals > 0) {
            value = name.slice(equals + 1);
            name = name.slice(0, equals);
        }
        if (name === '--help' || name === '-h') {
            process.stdout.write(usageText + '\n');
            process.exit(0);
        }
        const known = ['--url', '--protocol', '--text', '--binary', '--max-size', '--seed', '--timeout-ms',
            '--close-code', '--idle-ms', '--proxy', '--browser', '--browser-arg'];
        if (!known.includes(name))
            usageError(`unknown argument "${argv[i]}"`);
        if (value === undefined) {
            if (i + 1 >= argv.length)
                usageError(`${name} needs a value`);
            value = argv[++i];
        }
        switch (name) {
        case '--url':
            options.url = value;
            break;
        case '--protocol':
            options.protocols.push(value);
            break;
        case '--text':
            options.text = integer(name, value, 0, 1000000);
            break;
        case '--binary':
            options.binary = integer(name, value, 0, 1000000);
            break;
        case '--max-size':
            options.maxSize = integer(name, value, 0, 256 * 1024 * 1024);
            break;
        case '--seed':
            options.seed = integer(name, value, 0, 0xffffffff);
            break;
        case '--timeout-ms':
            options.timeoutMs = integer(name, value, 1, 24 * 3600 * 1000);
            break;
        case '--close-code':
            options.closeCode = integer(name, value, 1000, 4999);
            if (options.closeCode !== 1000 && options.closeCode < 3000)
                usageError(`--close-code: a page may only close with 1000 or 3000..4999, not ${value}`);
            break;
        case '--idle-ms':
            options.idleMs = integer(name, value, 0, 24 * 3600 * 1000);
            break;
        case '--proxy':
            options.proxy = value;
            break;
        case '--browser':
            options.browser = value;
            break;
        case '--browser-arg':
            options.browserArgs.push(value);
            break;
        }
    }
    if (!options.url)
        usageError('--url is required');
    let url;
    try {
        url = new URL(options.url);
    } catch (error) {
        usageError(`--url: not a URL: "${options.url}"`);
    }
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
        usageError(`--url must be ws:// or wss://, not "${options.url}"`);
    if (options.proxy !== null) {
        let proxy;
        try {
            proxy = new URL(options.proxy);
        } catch (error) {
            usageError(`--proxy: not a URL: "${options.proxy}"`);
        }
        if (!['http:', 'https:', 'socks4:', 'socks5:'].includes(proxy.protocol) || !proxy.port)
            usageError(`--proxy wants http://HOST:PORT or socks5://HOST:PORT, not "${options.proxy}"`);
        if (/[a-z]/i.test(url.hostname))
            usageError(`--proxy: the --url host must be an IP address (hosts with a letter bypass the proxy)`);
    }
    // RFC 6455 4.1: each subprotocol is an RFC 2616 token, and none twice (the browser throws otherwise).
    for (const protocol of options.protocols) {
        if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(protocol))
            usageError(`--protocol: "${protocol}" is not a token`);
    }
    if (new Set(options.protocols).size !== options.protocols.length)
        usageError('--protocol: the same subprotocol twice');
    return options;
}

// ---------------------------------------------------------------------------------------------
// A minimal DevTools protocol client over `ws`.

class DevTools {
    constructor(socket) {
        this.socket = socket;
        this.nextId = 1;
        this.pending = new Map();
        this.listeners = [];
        socket.on('message', (data) => {
            let message;
            try {
                message = JSON.parse(data.toString('utf8'));
            } catch (error) {
                return;
            }
            if (message.id !== undefined) {
                const waiter = this.pending.get(message.id);
                if (!waiter)
                    return;
                this.pending.delete(message.id);
                if (message.error)
                    waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
                else
                    waiter.resolve(message.result);
                return;
            }
            for (const listener of this.listeners)
                listener(message);
        });
        socket.on('close', () => {
            for (const waiter of this.pending.values())
                waiter.reject(new Error(`${waiter.method}: the DevTools connection closed`));
            this.pending.clear();
        });
    }

    static connect(url) {
        return new Promise((resolve, reject) => {
            const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
            socket.once('open', () => resolve(new DevTools(socket)));
            socket.once('error', reject);
        });
    }

    send(method, params = {}, sessionId = undefined) {
        const id = this.nextId++;
        const message = { id, method, params };
        if (sessionId)
            message.sessionId = sessionId;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject, method });
            this.socket.send(JSON.stringify(message), (error) => {
                if (error) {
                    this.pending.delete(id);
                    reject(error);
                }
            });
        });
    }

    onEvent(listener) {
        this.listeners.push(listener);
    }

    close() {
        this.socket.terminate();
    }
}

// ---------------------------------------------------------------------------------------------
// The run

const options = parseArguments(process.argv.slice(2));

let tempDir = null;
let browser = null; // the chromium ChildProcess (its own process group)
let browserExited = null; // resolves when it exited
let browserStderr = '';
let devtools = null;
let pageServer = null;
let sessionId = null;
let pageReady = false; // chromium is up and the page loaded: failures from here on exit 1
let finishing = false;

let browserKilled = false;
function killBrowser() {
    if (!browser || !browser.pid || browserKilled)
        return;
    browserKilled = true;
    // The whole group, renderers, zygote and utilities too, even when the main process is gone.
    try {
        process.kill(-browser.pid, 'SIGKILL');
    } catch (error) {
        // already gone
    }
}

function removeTempDir() {
    if (!tempDir)
        return;
    try {
        fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
        tempDir = null;
    } catch (error) {
        complain(`could not remove ${tempDir}: ${error.message}`);
    }
}

// Last resort (an exception, process.exit elsewhere): nothing may outlive the script.
process.on('exit', () => {
    killBrowser();
    removeTempDir();
});

function browserStderrTail() {
    // Without a system bus chromium logs a dozen D-Bus errors at every start: leave them out.
    const lines = browserStderr.trim().split('\n').filter((line) => line && !/ERROR:dbus\//.test(line));
    const tail = lines.slice(-20).join('\n');
    return tail ? `\nchromium's stderr (last lines):\n${tail}` : '';
}

// Ends the run once: prints the summary, stops chromium, removes the temp dir, exits.
async function finish(code, result = {}, error = undefined) {
    if (finishing)
        return;
    finishing = true;
    clearTimeout(timeoutTimer);
    const summary = {
        event: 'summary',
        ok: code === 0,
        sent: result.sent ?? 0,
        echoed: result.echoed ?? 0,
        mismatches: result.mismatches ?? 0,
        missing: result.missing ?? 0,
        unexpected: result.unexpected ?? 0,
        protocol: result.protocol ?? null,
        extensions: result.extensions ?? null,
        closeCode: result.closeCode ?? null,
        closeReason: result.closeReason ?? null,
        wasClean: result.wasClean ?? false,
        bytes: result.bytes ?? 0,
        elapsedMs: elapsed(),
    };
    if (error)
        summary.error = error;
    emit(summary);
    if (devtools)
        devtools.close();
    killBrowser();
    if (browserExited)
        await Promise.race([browserExited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    if (pageServer) {
        pageServer.closeAllConnections();
        pageServer.close();
    }
    removeTempDir();
    process.exit(code);
}

// A failure of the harness itself (browser, DevTools, page): exit 2 until the page is up.
function harnessFailure(text) {
    complain(text + browserStderrTail());
    finish(pageReady ? 1 : 2, {}, text);
}

const timeoutTimer = setTimeout(async () => {
    emit({ event: 'timeout', ms: options.timeoutMs });
    if (!pageReady) {
        harnessFailure(`the browser was not ready within --timeout-ms ${options.timeoutMs}`);
        return;
    }
    complain(`timed out after ${options.timeoutMs} ms`);
    let state = {};
    try {
        const answer = await Promise.race([
            devtools.send('Runtime.evaluate',
                { expression: 'JSON.stringify(window.framewiseState || {})', returnByValue: true }, sessionId),
            new Promise((resolve) => setTimeout(resolve, 500)),
        ]);
        if (answer && answer.result && typeof answer.result.value === 'string')
            state = JSON.parse(answer.result.value);
    } catch (error) {
        // the summary goes without the page's counts
    }
    finish(1, state, `timed out after ${options.timeoutMs} ms`);
}, options.timeoutMs);

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    process.on(signal, () => {
        complain(`stopped by ${signal}`);
        finish(1, {}, `stopped by ${signal}`);
    });
}
process.on('uncaughtException', (error) => {
    complain(`internal error: ${error.stack || error}`);
    finish(2, {}, `internal error: ${error.message || error}`);
});
process.on('unhandledRejection', (error) => {
    complain(`internal error: ${(error && error.stack) || error}`);
    finish(2, {}, `internal error: ${(error && error.message) || error}`);
});

// stdin closing means the test that started us went away (ScriptProcess's destructor closes it).
try {
    const stdin = fs.fstatSync(0);
    if (stdin.isFIFO() || stdin.isSocket()) {
        process.stdin.on('end', () => {
            complain('stdin closed');
            finish(1, {}, 'stdin closed');
        });
        process.stdin.on('error', () => {});
        process.stdin.resume();
    }
} catch (error) {
    // no stdin at all
}

function startPageServer() {
    const script = `(${pageMain.toString()})();`;
    const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>Framewise browser client</title>`
        + '<link rel="icon" href="data:,">'
        + `</head><body><script>\n${script}\n</script></body></html>\n`;
    return new Promise((resolve, reject) => {
        const server = http.createServer((request, response) => {
            if (request.method === 'GET' && request.url.startsWith('/?')) {
                response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
                response.end(html);
            } else {
                response.writeHead(404, { 'Content-Type': 'text/plain' });
                response.end('not found\n');
            }
        });
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
    });
}

// Starts chromium; resolves with the browser's DevTools WebSocket URL.
function launchBrowser() {
    const userDataDir = path.join(tempDir, 'profile');
    const home = path.join(tempDir, 'home');
    fs.mkdirSync(userDataDir);
    fs.mkdirSync(home);
    const args = [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        `--user-data-dir=${userDataDir}`,
        '--remote-debugging-port=0',
        // No traffic beyond 127.0.0.1. These switches stop most of chromium's background requests;
        // the resolver rules fail every name lookup left but localhost's (they apply to IP literals
        // too, hence the loopback exceptions), so not even a DNS query leaves the machine.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-extensions',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--no-pings',
        '--metrics-recording-only',
        '--no-default-browser-check',
        '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.* , EXCLUDE [::1]',
        // No keyring over D-Bus (the tests may run a private Secret Service).
        '--password-store=basic',
        '--use-mock-keychain',
    ];
    // Debian's wrapper adds this below 3.8 GB of free /dev/shm, but its test breaks where /dev/shm
    // is mounted twice ("[: ...: unexpected operator"); check here.
    try {
        const shm = fs.statfsSync('/dev/shm');
        if (shm.bavail * shm.bsize < 3.8e9)
            args.push('--disable-dev-shm-usage');
    } catch (error) {
        args.push('--disable-dev-shm-usage');
    }
    if (options.proxy) {
        // Only the WebSocket may reach the proxy. Chromium's own background requests (Google's
        // time, update, account and optimization servers, which no flag turns off in Chromium 156)
        // would go to it too: every host with a letter bypasses it (and then finds no DNS), and so
        // does the page. <-loopback> lifts the implicit bypass of 127.0.0.1.
        const bypass = ['<-loopback>', `127.0.0.1:${pageServer.address().port}`];
        for (const letter of 'abcdefghijklmnopqrstuvwxyz')
            bypass.push(`*${letter}*`);
        args.push(`--proxy-server=${options.proxy}`, `--proxy-bypass-list=${bypass.join(';')}`);
    }
    args.push(...options.browserArgs, 'about:blank');

    const env = Object.assign({}, process.env, {
        HOME: home, // chromium writes ~/.config/chromium/Crash Reports and ~/.cache/dconf otherwise
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
    });
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (error, url) => {
            if (settled)
                return;
            settled = true;
            clearInterval(poll);
            if (error)
                reject(error);
            else
                resolve(url);
        };
        browser = childProcess.spawn(options.browser, args, {
            detached: true, // its own process group, so killBrowser() gets every process
            stdio: ['ignore', 'ignore', 'pipe'],
            env,
        });
        browserExited = new Promise((done) => {
            browser.once('exit', done);
            browser.once('error', done); // never started: no 'exit' comes
        });
        browser.once('error', (error) => settle(new Error(`could not start ${options.browser}: ${error.message}`)));
        browser.once('exit', (code, signal) => {
            settle(new Error(`${options.browser} exited (${signal || `code ${code}`}) before DevTools was up`));
            if (pageReady && !finishing)
                harnessFailure(`${options.browser} exited (${signal || `code ${code}`}) during the run`);
        });
        browser.stderr.setEncoding('utf8');
        browser.stderr.on('data', (chunk) => {
            browserStderr = (browserStderr + chunk).slice(-65536);
            const match = /DevTools listening on (ws:\/\/\S+)/.exec(browserStderr);
            if (match)
                settle(null, match[1]);
        });
        // The same URL is in <user data dir>/DevToolsActivePort: port, then path.
        const portFile = path.join(userDataDir, 'DevToolsActivePort');
        const poll = setInterval(() => {
            let lines;
            try {
                lines = fs.readFileSync(portFile, 'utf8').split('\n');
            } catch (error) {
                return;
            }
            if (lines.length >= 2 && /^\d+$/.test(lines[0]) && lines[1].startsWith('/devtools/'))
                settle(null, `ws://127.0.0.1:${lines[0]}${lines[1]}`);
        }, 25);
    });
}

let sawError = false; // the page's WebSocket fired "error"

// One event the page reported: printed, or, for "finished", turned into the summary.
function pageEvent(text) {
    let event;
    try {
        event = JSON.parse(text);
    } catch (error) {
        return;
    }
    if (!event || typeof event.event !== 'string')
        return;
    if (event.event === 'finished') {
        const ok = event.sent === options.text + options.binary && event.echoed === event.sent
            && event.mismatches === 0 && event.missing === 0 && event.unexpected === 0 && event.wasClean
            && event.closeCode === options.closeCode && !sawError;
        finish(ok ? 0 : 1, event);
        return;
    }
    if (event.event === 'error')
        sawError = true;
    if (event.event === 'open' || event.event === 'close')
        event.ms = elapsed();
    emit(event);
}

// The profile goes on tmpfs when there is one: on this machine's ext4 (mounted with `discard`)
// removing chromium's ~200 profile files takes ~0.4 s, on /dev/shm ~5 ms.
function tempBase() {
    try {
        fs.accessSync('/dev/shm', fs.constants.W_OK);
        if (fs.statSync('/dev/shm').isDirectory())
            return '/dev/shm';
    } catch (error) {
        // no /dev/shm
    }
    return os.tmpdir();
}

async function main() {
    tempDir = fs.mkdtempSync(path.join(tempBase(), 'framewise-browser-'));
    let devtoolsUrl;
    try {
        pageServer = await startPageServer(); // ~1 ms; launchBrowser() needs its port with --proxy
        devtoolsUrl = await launchBrowser();
    } catch (error) {
        harnessFailure(error.message);
        return;
    }
    try {
        devtools = await DevTools.connect(devtoolsUrl);
        devtools.socket.on('close', () => {
            if (!finishing)
                harnessFailure('the DevTools connection closed');
        });
        devtools.onEvent((message) => {
            if (message.sessionId !== sessionId)
                return;
            const params = message.params || {};
            switch (message.method) {
            case 'Runtime.bindingCalled':
                if (params.name === 'framewiseReport')
                    pageEvent(params.payload);
                break;
            case 'Runtime.consoleAPICalled': {
                const first = (params.args || [])[0];
                if (first && first.type === 'string' && first.value.startsWith('{"event"'))
                    pageEvent(first.value);
                break;
            }
            case 'Runtime.exceptionThrown': {
                const details = params.exceptionDetails || {};
                const text = (details.exception && details.exception.description) || details.text;
                harnessFailure(`the page threw: ${text}`);
                break;
            }
            case 'Log.entryAdded': {
                const entry = params.entry || {};
                if (entry.level === 'error' || entry.level === 'warning')
                    emit({ event: 'log', level: entry.level, text: entry.text });
                break;
            }
            case 'Inspector.targetCrashed':
                harnessFailure('the page crashed');
                break;
            }
        });
        const [version, { targetInfos }] = await Promise.all([
            devtools.send('Browser.getVersion'),
            devtools.send('Target.getTargets'),
        ]);
        const page = targetInfos.find((target) => target.type === 'page');
        const targetId = page
            ? page.targetId
            : (await devtools.send('Target.createTarget', { url: 'about:blank' })).targetId;
        ({ sessionId } = await devtools.send('Target.attachToTarget', { targetId, flatten: true }));
        await Promise.all([
            devtools.send('Runtime.enable', {}, sessionId),
            devtools.send('Log.enable', {}, sessionId),
            devtools.send('Inspector.enable', {}, sessionId),
            devtools.send('Runtime.addBinding', { name: 'framewiseReport' }, sessionId),
        ]);
        emit({ event: 'browser', version: version.product, launchMs: elapsed() });
        const config = {
            url: options.url,
            protocols: options.protocols,
            text: options.text,
            binary: options.binary,
            maxSize: options.maxSize,
            seed: options.seed,
            closeCode: options.closeCode,
            idleMs: options.idleMs,
        };
        const query = encodeURIComponent(JSON.stringify(config));
        const pageUrl = `http://127.0.0.1:${pageServer.address().port}/?config=${query}`;
        pageReady = true; // from here on the page may report, and failures are the run's
        const navigation = await devtools.send('Page.navigate', { url: pageUrl }, sessionId);
        if (navigation.errorText) {
            pageReady = false;
            harnessFailure(`the page did not load: ${navigation.errorText}`);
        }
    } catch (error) {
        harnessFailure(`DevTools: ${error.message}`);
    }
}

main();
