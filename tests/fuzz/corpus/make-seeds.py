#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hand-made seed inputs of the fuzzers into corpus/<fuzzer>/seed-*. Each fuzzer's .cpp
# describes its input layout (config bytes, then data). Run after changing a layout; files named
# regression-* are inputs that once found a bug and are kept as they are.
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(fuzzer, name, data):
    os.makedirs(os.path.join(HERE, fuzzer), exist_ok=True)
    with open(os.path.join(HERE, fuzzer, "seed-" + name), "wb") as f:
        f.write(data)


def frame(opcode, payload=b"", fin=True, rsv1=False, raw_len=None):
    b0 = (0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode
    n = len(payload) if raw_len is None else raw_len
    if n < 126:
        head = bytes([b0, n])
    elif n < 65536:
        head = bytes([b0, 126]) + struct.pack(">H", n)
    else:
        head = bytes([b0, 127]) + struct.pack(">Q", n)
    return head + payload


class Deflater:
    """permessage-deflate as a server sends it: raw deflate, sync flush, tail removed."""

    def __init__(self, context_takeover=True, wbits=15):
        self.wbits = wbits
        self.takeover = context_takeover
        self.z = zlib.compressobj(6, zlib.DEFLATED, -wbits)

    def __call__(self, data):
        if not self.takeover:
            self.z = zlib.compressobj(6, zlib.DEFLATED, -self.wbits)
        out = self.z.compress(data) + self.z.flush(zlib.Z_SYNC_FLUSH)
        assert out.endswith(b"\x00\x00\xff\xff")
        return out[:-4]


# --- fuzz_frames: [config] [split seed] [server bytes] -------------------------------------------
# config bit 0 deflate, bit 1 no context takeover, bit 2 stop at Close,
# bits 3-5 message limit index (0, 1, 16, 125, 200, 1000, 70000, 1 GiB), bits 6-7 frame limit index
# (none, 0, 126, 2000).
def frames(name, wire, deflate=False, no_takeover=False, stop=False, message_limit=7, frame_limit=0, seed=0):
    config = int(deflate) | int(no_takeover) << 1 | int(stop) << 2 | message_limit << 3 | frame_limit << 6
    write("fuzz_frames", name, bytes([config, seed]) + wire)


frames("text", frame(1, b"Hello"))
frames("text-bom", frame(1, b"\xef\xbb\xbfhi"))  # QString::fromUtf8 drops a leading BOM
frames("binary-16bit-length", frame(2, bytes(range(200))), seed=7)
frames("binary-64bit-length-cut", frame(2, b"abc", raw_len=0x10000))
frames("fragmented-text-ping-between",
       frame(1, b"Hel", fin=False) + frame(9, b"ping") + frame(0, b"lo"), seed=3)
frames("fragmented-utf8-mid-character",
       frame(1, b"\xe2\x82", fin=False) + frame(0, b"\xac and \xf0\x9f\x98", fin=False) + frame(0, b"\x80"),
       seed=1)
frames("close-with-reason", frame(8, b"\x03\xe8bye"))
frames("close-empty-then-more", frame(8) + frame(1, b"late"), stop=True)
frames("close-private-code", frame(8, b"\x0f\xa0done"))
frames("pong-and-empty", frame(10, b"abc") + frame(1) + frame(2, b""))
frames("invalid-utf8", frame(1, b"\xc3\x28"))
frames("message-over-limit", frame(1, b"x" * 20), message_limit=2)
frames("fragments-over-limit", frame(2, b"y" * 10, fin=False) + frame(0, b"z" * 10), message_limit=2, seed=5)
frames("frame-over-limit", frame(2, b"q" * 200), frame_limit=2)
frames("errors-masked", bytes([0x81, 0x85, 1, 2, 3, 4]) + b"abcde")
frames("errors-reserved-opcode", bytes([0x83, 0x00]))
frames("errors-fragmented-ping", bytes([0x09, 0x00]))
frames("errors-nonminimal", bytes([0x81, 0x7e, 0x00, 0x05]) + b"hello")
frames("errors-continuation-first", frame(0, b"orphan"))

d = Deflater()
frames("deflate-hello", frame(1, d(b"Hello"), rsv1=True), deflate=True)
frames("deflate-two-messages-context", frame(1, d(b"Hello"), rsv1=True) + frame(1, d(b"Hello"), rsv1=True),
       deflate=True, seed=2)
d = Deflater(context_takeover=False)
m1, m2 = d(b"Hello, Hello, Hello"), d(b"Hello again")
frames("deflate-no-context-takeover", frame(1, m1, rsv1=True) + frame(1, m2, rsv1=True), deflate=True,
       no_takeover=True)
d = Deflater()
c = d("Grüße, 世界 😀 ".encode() * 10)
frames("deflate-fragmented-ping-between",
       frame(1, c[:5], fin=False, rsv1=True) + frame(9, b"p") + frame(0, c[5:]), deflate=True, seed=9)
frames("deflate-bomb-over-limit", frame(2, Deflater()(b"a" * 60000), rsv1=True), deflate=True, message_limit=5)
frames("deflate-uncompressed-mixed",
       frame(1, b"plain") + frame(1, Deflater()(b"packed"), rsv1=True), deflate=True)
frames("deflate-rsv1-on-continuation", frame(1, b"a", fin=False, rsv1=True) + frame(0, b"b", rsv1=True),
       deflate=True)
frames("deflate-corrupt", frame(1, b"\xff\xff\xff\xff", rsv1=True), deflate=True)

# --- fuzz_handshake: [config] [split seed] [answer] ------------------------------------------------
# config bits 0-1 header limit index (64 KiB, 8, 64, 300), bits 2-3 body limit index (64 KiB, 0, 5,
# 100), bit 4 the peer closes after the last byte.
def handshake(name, text, header_limit=0, body_limit=0, finish=False, seed=0):
    config = header_limit | body_limit << 2 | int(finish) << 4
    data = text.encode("latin-1") if isinstance(text, str) else text
    write("fuzz_handshake", name, bytes([config, seed]) + data)


ok101 = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
         "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
         "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_max_window_bits=10\r\n"
         "Sec-WebSocket-Protocol: chat\r\n\r\n")
handshake("101-then-frame", ok101.encode() + frame(1, b"hi"))
handshake("101-lf-only", ok101.replace("\r\n", "\n"), seed=4)
handshake("101-folded-header", "HTTP/1.1 101 OK\r\nUpgrade: websocket\r\nX-Long: one\r\n two\r\n\tthree\r\n"
          "Connection: Upgrade\r\n\r\n")
handshake("101-header-limit", ok101, header_limit=3)
handshake("301-redirect", "HTTP/1.1 301 Moved Permanently\r\nLocation: wss://example.org/next\r\n"
          "Content-Length: 0\r\n\r\n")
handshake("302-body", "HTTP/1.0 302 Found\r\nLocation: /other\r\nContent-Length: 20\r\n\r\n<a href=/other>x</a>")
handshake("401-digest-basic", "HTTP/1.1 401 Unauthorized\r\n"
          "WWW-Authenticate: Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
          "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"\r\n"
          "WWW-Authenticate: Basic realm=\"simple\"\r\nContent-Length: 12\r\n\r\nUnauthorized", seed=11)
handshake("401-md5", "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"testrealm@host.com\", "
          "qop=\"auth\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"\r\n"
          "Content-Length: 0\r\n\r\n")
handshake("403-chunked", "HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n"
          "b\r\nError 400\r\n\r\n0\r\n\r\n", seed=6)
handshake("500-until-close", "HTTP/1.1 500 Internal Server Error\r\n\r\nsomething broke", finish=True)
handshake("body-limit", "HTTP/1.1 404 Not Found\r\nContent-Length: 30\r\n\r\n" + "n" * 30, body_limit=2)
handshake("not-http", "SSH-2.0-OpenSSH_9.2\r\n\r\n")
handshake("bad-header-line", "HTTP/1.1 101 Switching Protocols\r\nno colon here\r\n\r\n")
handshake("closed-mid-header", "HTTP/1.1 101 Swi", finish=True)

# --- fuzz_inflate: [config] [split seed] then messages [length high] [length low] [bytes] ----------
# config bit 0 no context takeover, bit 1 round trip (bits 5-7: window bits - 8), bits 2-4 cap index
# (0, 1, 100, 1000, 64 KiB - 1, 64 KiB, 64 KiB + 1, 16 MiB).
def inflate(name, messages, no_takeover=False, cap=7, round_trip=False, window=7, seed=0):
    config = int(no_takeover) | int(round_trip) << 1 | cap << 2 | (window << 5 if round_trip else 0)
    body = b"".join(struct.pack(">H", len(m)) + m for m in messages)
    write("fuzz_inflate", name, bytes([config, seed]) + body)


inflate("rfc7692-hello-twice", [bytes.fromhex("f248cdc9c90700"), bytes.fromhex("f200110000")])
d = Deflater()
inflate("context-takeover", [d(b"The quick brown fox"), d(b"The quick brown fox jumps"), d(b"")], seed=8)
d = Deflater(context_takeover=False)
inflate("no-context-takeover", [d(b"abcabcabc"), d(b"abcabcabc")], no_takeover=True)
inflate("bomb-chunk-cap", [Deflater()(b"a" * 200000)], cap=4)
inflate("bomb-exact-chunk", [Deflater()(b"b" * 65536)], cap=5, seed=13)
inflate("stored-block", [b"\x00\x05\x00\xfa\xffhello"])
z = zlib.compressobj(6, zlib.DEFLATED, -15)
final = z.compress(b"ends the stream") + z.flush(zlib.Z_FINISH)
inflate("bfinal-then-more", [final, Deflater()(b"next message")])
inflate("corrupt", [b"\xff\xff\xff\xff", Deflater()(b"after a reset")])
inflate("round-trip", [b"", b"", "Grüße, 世界".encode(), b"x" * 300, b""], round_trip=True, window=5, seed=3)
inflate("round-trip-window-8", [b"abc" * 100, b"abc" * 100], round_trip=True, window=0, no_takeover=True)

# --- fuzz_extensions: [offer flags] [server_max_window_bits] [client_max_window_bits] [answer] -----
# flags bit 0 offer disabled, bit 1 server_no_context_takeover, bit 2 client_no_context_takeover,
# bit 3 build the compressor; server bits byte % 9: 0 none, else 7 + n; client byte % 10: 0 -1
# (offered without value), 1 not offered, else 6 + n.
def extensions(name, answer, flags=0, server=0, client=0):
    write("fuzz_extensions", name, bytes([flags, server, client]) + answer.encode())


extensions("plain", "permessage-deflate")
extensions("no-context-takeover", "permessage-deflate; server_no_context_takeover; client_no_context_takeover",
           flags=0x0e)
extensions("window-bits", "permessage-deflate; server_max_window_bits=10; client_max_window_bits=12",
           server=3, client=8, flags=8)
extensions("quoted-bits", "permessage-deflate; client_max_window_bits=\"9\"", client=3)
extensions("twice", "permessage-deflate, permessage-deflate")
extensions("unknown-extension", "x-webkit-deflate-frame")
extensions("leading-zero", "permessage-deflate; server_max_window_bits=08", server=1)
extensions("not-offered", "permessage-deflate", flags=1)
extensions("empty-elements", " , permessage-deflate ,, ")
extensions("client-bits-not-offered", "permessage-deflate; client_max_window_bits=15", client=1)

# --- fuzz_utf8: [split seed] [bytes] -------------------------------------------------------------
def utf8(name, data, seed=0):
    write("fuzz_utf8", name, bytes([seed]) + data)


utf8("ascii", b"The quick brown fox jumps over the lazy dog 0123456789")
utf8("multilingual", "Grüße, 世界, Ελληνικά, 😀 \u07ff\u0800\uffff\U00010000\U0010ffff".encode(), seed=5)
utf8("surrogate", b"abc\xed\xa0\x80")
utf8("overlong", b"\xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf")
utf8("above-10ffff", b"\xf4\x90\x80\x80")
utf8("f5", b"ok\xf5")
utf8("truncated", b"euro \xe2\x82")
utf8("bad-after-ascii-run", b"a" * 17 + b"\x80" + b"b" * 20, seed=9)

# --- fuzz_authchallenge: header values, one per line -----------------------------------------------
def auth(name, *lines):
    write("fuzz_authchallenge", name, "\n".join(lines).encode())


auth("basic", 'Basic realm="WallyWorld"')
auth("digest-sha256", 'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, '
     'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"')
auth("digest-md5-sess", 'Digest realm="testrealm@host.com", qop="auth", algorithm=MD5-sess, '
     'nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')
auth("several-in-one", 'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"')
auth("several-lines", 'Bearer realm="example", error="invalid_token"', "Negotiate YIIB==", "Basic realm=x")
auth("odd", ", , Basic", 'realm="no scheme"', "Digest nonce=", 'Digest realm="unterminated')

# --- fuzz_har: [config] [file]; config bit 0 JSON Lines (else HAR), bit 1 X-Api-Key is secret ------
import base64
import json


def har(name, document, secret=False):
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    write("fuzz_har", name, bytes([int(secret) << 1]) + text.encode())


def jsonl(name, lines, secret=False):
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    write("fuzz_har", name, bytes([1 | int(secret) << 1]) + text.encode())


def ws_entry(messages, url="wss://example.test/socket?x=1", framewise=None, response=True):
    entry = {
        "startedDateTime": "2024-03-05T10:15:30.123Z",
        "time": 12.5,
        "_resourceType": "websocket",
        "request": {"method": "GET", "url": url, "httpVersion": "HTTP/1.1",
                    "headers": [{"name": "Host", "value": "example.test"},
                                {"name": "Authorization", "value": "Bearer abc"},
                                {"name": "X-Api-Key", "value": "k"},
                                {"name": "Sec-WebSocket-Protocol", "value": "chat"}],
                    "headersSize": 210},
        "timings": {"wait": 12.5},
        "_webSocketMessages": messages,
    }
    if response:
        entry["response"] = {"status": 101, "statusText": "Switching Protocols", "httpVersion": "HTTP/1.1",
                             "headers": [{"name": "Upgrade", "value": "websocket"},
                                         {"name": "Sec-WebSocket-Protocol", "value": "chat"},
                                         {"name": "Sec-WebSocket-Extensions", "value": "permessage-deflate"},
                                         {"name": "Set-Cookie", "value": "s=1"}],
                             "headersSize": 129}
    if framewise is not None:
        entry["_framewise"] = framewise
    return entry


def b64(data):
    return base64.b64encode(data).decode()


chrome_messages = [
    {"type": "send", "time": 1709633730.2, "opcode": 1, "data": "{\"hello\":1}"},
    {"type": "receive", "time": 1709633730.25, "opcode": 1, "data": "Grüße 世界"},
    {"type": "receive", "time": 1709633730.3, "opcode": 2, "data": b64(bytes(range(40)))},
    {"type": "send", "time": 1709633730.4, "opcode": 9, "data": b64(b"ping")},
    {"type": "receive", "time": 1709633730.41, "opcode": 10, "data": b64(b"ping")},
    {"type": "error", "time": 1709633730.5, "data": "net::ERR_CONNECTION_RESET"},
    {"type": "receive", "time": 1709633730.6, "opcode": 8, "data": b64(b"\x03\xe8bye")},
]
har("chrome", {"log": {"version": "1.2", "entries": [
    {"request": {"url": "https://example.test/app"}, "startedDateTime": "2024-03-05T10:15:29.001Z"},
    ws_entry(chrome_messages)]}})
har("chrome-secret", {"log": {"entries": [ws_entry(chrome_messages[:3])]}}, secret=True)
har("framewise", {"log": {"entries": [ws_entry(
    [{"type": "send", "time": 1.5, "opcode": 1, "data": "a"},
     {"type": "receive", "time": 2.0, "opcode": 2, "data": "", "_omitted": True, "_size": 1048576}],
    framewise={"state": "imported", "profile": "local", "startedUs": 1000000, "endedUs": 3000000,
               "subprotocol": "chat", "extensions": "", "tls": "TLSv1.3", "closeCode": 1000,
               "closeReason": "done", "stopStatus": "The server closed the connection.",
               "events": [{"before": 0, "time": 1.0, "text": "connected"},
                          {"before": 2, "time": 3.0, "text": "closed"}]})]}})
har("no-response", {"log": {"entries": [ws_entry([], url="ws://127.0.0.1:8080/", response=False)]}})
har("firefox-by-url", {"log": {"entries": [{"startedDateTime": "2024-03-05T10:15:30Z",
                                             "request": {"url": "ws://h/p", "headers": []},
                                             "response": {"status": 0, "_error": "refused", "headers": []}}]}})
har("bad-opcode", {"log": {"entries": [ws_entry([{"type": "send", "time": 1, "opcode": 3, "data": "x"}])]}})
har("bad-base64", {"log": {"entries": [ws_entry([{"type": "send", "time": 1, "opcode": 2, "data": "@@"}])]}})
har("not-json", '{"log": {"entries": [')
# Chrome's importer rules (issue 16): numbers as strings, messages missing a part (left out),
# opcode 0 continuing the last kind, an "error" row; a rejected upgrade's body; the entry's other
# fields (page, cookies, _initiator, timings) that harExtra keeps; a file streamed and not kept.
quirks = ws_entry([
    {"type": "send", "time": "1709633730.25", "opcode": "1", "data": "string numbers"},
    {"type": "send", "opcode": 1, "data": "no time"},
    {"type": "receive", "time": 1709633730.5, "data": "no opcode"},
    {"type": "receive", "time": 1709633730.5, "opcode": 1},
    {"type": "receive", "time": 1709633731, "opcode": 2, "data": b64(b"\x00\x01")},
    {"type": "receive", "time": 1709633731.5, "opcode": 0, "data": b64(b"\x02")},
    {"type": "error", "time": 1709633732, "opcode": -1, "data": "net::ERR_CONNECTION_RESET"},
    {"type": "receive", "time": 1709633733, "opcode": 1, "data": 42},
    {"type": "send", "time": 1709633734, "opcode": 1, "data": "(big.bin, 3.0 MiB, streamed from a file; not kept)",
     "_opcode": 2, "_omitted": True, "_size": 3145728, "_file": "big.bin"}])
quirks.update({"time": "45.2", "serverIPAddress": "192.0.2.10", "connection": "4712", "pageref": "page_1",
               "_initiator": {"type": "script", "url": "https://example.test/app.js", "lineNumber": 41},
               "_priority": "Low"})
quirks["timings"].update({"blocked": 1.204, "send": 0.1, "_blocked_proxy": 0.5})
quirks["request"]["cookies"] = [{"name": "session", "value": "secret", "path": "/", "httpOnly": True}]
quirks["response"].update({"status": "403", "statusText": "Forbidden", "headersSize": "129",
                           "content": {"size": 14, "mimeType": "text/plain", "text": "token expired\n"}})
har("chrome-quirks", {"log": {"pages": [{"id": "page_1", "title": "app", "startedDateTime": "2024-03-05T10:15:29Z",
                                         "pageTimings": {"onLoad": 402.87}}], "entries": [quirks]}})
har("no-websocket", {"log": {"entries": [{"request": {"url": "https://x/"}}]}})

jsonl("framewise", [
    {"record": "session", "url": "wss://example.test/s", "profile": "p", "started_us": 1709633730123456,
     "ended_us": 1709633731123456, "handshake_request": "GET /s HTTP/1.1\nHost: example.test\n"
     "Authorization: Basic eA==\nX-Api-Key: k", "handshake_response": "HTTP/1.1 101 Switching Protocols\n"
     "Upgrade: websocket", "request_headers_size": 200, "response_headers_size": 100, "handshake_ms": 3.25,
     "subprotocol": "", "extensions": "permessage-deflate", "tls": "", "close_code": 1000,
     "close_reason": "bye", "stop_status": "closed"},
    {"record": "message", "seq": 0, "time": "2024-03-05T10:15:30.200Z", "time_us": 1709633730200000,
     "direction": "out", "kind": "text", "opcode": 1, "size": 5, "wire_size": 11, "compressed": False,
     "text": "hello"},
    {"record": "message", "seq": 1, "time_us": 1709633730300000, "direction": "in", "kind": "binary",
     "opcode": 2, "size": 3, "wire_size": 5, "compressed": True, "base64": b64(b"\x00\xff\x10")},
    {"record": "message", "seq": 2, "time_us": 1709633730400000, "direction": "local", "kind": "event",
     "opcode": 0, "size": 9, "wire_size": 9, "text": "reconnect"},
    {"record": "message", "seq": 3, "time_us": 1709633730500000, "direction": "in", "kind": "close",
     "opcode": 8, "size": 5, "wire_size": 7, "close_code": 1000, "base64": b64(b"\x03\xe8bye")},
    {"record": "message", "seq": 4, "time_us": 1709633730600000, "direction": "out", "kind": "binary",
     "opcode": 2, "size": 5000000, "wire_size": 5000000, "omitted": True, "base64": ""},
], secret=True)
jsonl("body-extra-file", [
    {"record": "session", "url": "wss://example.test/s", "handshake_response": "HTTP/1.1 403 Forbidden\n"
     "Content-Type: text/plain", "response_body": "token expired\n",
     "har_extra": "{\"entry\":{\"serverIPAddress\":\"192.0.2.10\"},\"errors\":[1]}"},
    {"record": "message", "seq": 0, "time_us": 1709633730600000, "direction": "out", "kind": "binary",
     "opcode": 2, "size": 5000000, "wire_size": 5000000, "omitted": True, "file": "big.bin",
     "note": "(big.bin, 4.8 MiB, streamed from a file; not kept)", "base64": ""},
    {"record": "message", "seq": 1, "time_us": 1709633730700000, "direction": "local", "kind": "event",
     "text": "net::ERR_CONNECTION_RESET"},
])
jsonl("two-sessions", [{"record": "session", "url": "ws://a/"},
                       {"record": "message", "time": "2024-03-05T10:15:30.200Z", "direction": "in",
                        "kind": "ping", "base64": ""},
                       "", {"record": "session", "url": "ws://b/"}])
jsonl("message-first", [{"record": "message", "time_us": 1, "direction": "in", "kind": "text", "text": "x"}])
jsonl("bad-line", [{"record": "session"}, "{not json"])
# An intercepted session: its kind and what the proxy did to messages (marks), in both formats,
# and a mark this version does not know (refused, naming the line or the path).
jsonl("intercept-marks-jsonl", [
    {"record": "session", "url": "ws://127.0.0.1:9000/feed", "kind": "intercept"},
    {"record": "message", "time_us": 1709633730200000, "direction": "out", "kind": "text", "text": "sub",
     "marks": ["held", "edited"]},
    {"record": "message", "time_us": 1709633730300000, "direction": "in", "kind": "text", "text": "x",
     "marks": ["dropped", "delayed", "replied"]},
    {"record": "message", "time_us": 1709633730400000, "direction": "out", "kind": "binary", "base64": "AAE=",
     "marks": ["injected"]},
    {"record": "message", "time_us": 1709633730500000, "direction": "local", "kind": "event", "text": "held",
     "marks": []},
])
jsonl("unknown-mark", [{"record": "session", "url": "ws://a/"},
                       {"record": "message", "time_us": 1, "direction": "in", "kind": "text", "text": "x",
                        "marks": ["held", "paused"]}])
har("intercept-marks-har", {"log": {"entries": [ws_entry(
    [{"type": "send", "time": 1.5, "opcode": 1, "data": "a", "_marks": ["held", "edited"]},
     {"type": "receive", "time": 2.0, "opcode": 2, "data": b64(b"\x01"), "_marks": ["replied"]},
     {"type": "receive", "time": 2.5, "opcode": 1, "data": "(x; not kept)", "_opcode": 2, "_omitted": True,
      "_size": 70000, "_marks": ["delayed"]}],
    framewise={"kind": "intercept", "events": [{"before": 1, "time": 1.7, "text": "breakpoint",
                                                "marks": ["injected"]}]})]}})

# --- fuzz_profile: [config] [JSON]; config bit 0: one profile object (else a profiles.json) ------
def profile_json(name, document, single=False):
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    write("fuzz_profile", name, bytes([int(single)]) + text.encode())


full_profile = {
    "id": "6f1c2b1e-0d5a-4f6e-9a44-3b7f2a1c9d10", "name": "Local echo", "url": "ws://127.0.0.1:{{port}}/echo",
    "origin": "http://localhost", "protocols": ["chat", "{{proto}}"],
    "headers": [{"name": "X-Trace", "value": "{{trace}}", "enabled": True},
                {"name": "Authorization", "secret": True, "enabled": True},
                {"name": "Bad Name", "value": "v", "enabled": False}],
    "pingInterval": 30, "pingTimeout": 10, "maxMessageSize": 1048576,
    "deflate": {"enabled": True, "serverNoContextTakeover": False, "clientNoContextTakeover": True,
                "serverMaxWindowBits": 12, "clientMaxWindowBits": -1, "threshold": 64, "level": 6},
    "followRedirects": True,
    "tls": {"caFiles": ["/etc/ssl/ca.pem"], "pins": ["AAAA"], "clientCertificate": "", "clientKey": "",
            "pkcs12": ""},
    "proxy": {"url": "socks5://127.0.0.1:1080", "system": False, "user": "u"}, "user": "me",
    "variables": [{"name": "port", "value": "8080"}, {"name": "trace", "value": "1"},
                  {"name": "proto", "secret": True}],
    "snippets": [{"name": "hi", "body": "{\"op\":\"hi\"}", "format": "json"},
                 {"name": "raw", "body": "00ff", "format": "hex"}, {"name": "b", "body": "AA==", "format": "base64"}],
}
profile_json("profiles", {"format": "framewise-profiles", "version": 1,
                          "profiles": [full_profile, {"id": "x", "name": "Minimal", "url": "wss://example.test/"}]})
profile_json("empty-list", {"format": "framewise-profiles", "version": 1, "profiles": []})
profile_json("newer", {"format": "framewise-profiles", "version": 2, "profiles": []})
profile_json("no-format", {"version": 1, "profiles": []})
profile_json("damaged", {"format": "framewise-profiles", "version": 1, "profiles": [{"id": "", "name": "x"}]})
profile_json("wrong-type", {"format": "framewise-profiles", "version": 1,
                            "profiles": [{"id": "a", "name": "n", "pingInterval": "30"}]})
profile_json("same-names", {"format": "framewise-profiles", "version": 1,
                            "profiles": [{"id": "a", "name": "n"}, {"id": "b", "name": "n"},
                                         {"id": "c", "name": "n (2)"}]})
profile_json("not-json", "{\"format\": \"framewise-profiles\",")
profile_json("one", full_profile, single=True)
profile_json("one-bad-range", {"id": "a", "name": "n", "maxMessageSize": 1e300, "pingTimeout": 0}, single=True)
