# SPDX-License-Identifier: GPL-3.0-or-later
"""A hostile WebSocket server for Framewise's fault-injection tests and the soak run.

Run with Debian's /usr/bin/python3. It is written on plain asyncio sockets (no WebSocket library)
because it must send what a library refuses to: half a message before dying, a deflate bomb,
100,000 fragments, a flood of pings. It answers the handshake itself (RFC 6455 4.2.2), prints
`PORT n` once listening, serves each connection in the chosen mode, answers the client's pings and
its Close (printing `CLOSE code`), and exits when stdin closes or on SIGTERM.

Modes (--mode):
  kill-fragment  --messages N   N texts "before <i>", then the first fragment of a text message
                                (FIN=0); prints MIDMESSAGE and waits to be killed
  kill-frame     --messages N   N texts, then a binary frame header announcing 1 MiB followed by
                                1000 of its bytes; prints MIDMESSAGE and waits to be killed
  fragments      --count N --size S   one text message in N fragments of S bytes ("abc...z" repeated)
  bomb           --chunks N     permessage-deflate is accepted; one binary message of N MiB of zeros
                                compressed to about N KiB (a decompression bomb); prints BOMB wire-size
  ping-flood     --rate R --seconds S   R pings a second for S seconds, then the text "done <sent>";
                                prints PONGS <matched> <sent> once every pong came or 5 s passed
  stream         --rate R       text messages "<seq> abc..." of the sizes size_for(seq) gives, at R a
                                second until the client closes, plus a ping every second; prints
                                SENT <n> at the end
"""
import argparse
import asyncio
import base64
import hashlib
import os
import signal
import struct
import sys
import threading
import zlib

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
PATTERN = (b"abcdefghijklmnopqrstuvwxyz" * 700)[:16384]


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def frame(opcode, payload, fin=True, rsv1=False, length=None):
    """An unmasked server frame; length, when given, is announced instead of len(payload)."""
    n = len(payload) if length is None else length
    first = (0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode
    if n < 126:
        head = struct.pack("!BB", first, n)
    elif n < 65536:
        head = struct.pack("!BBH", first, 126, n)
    else:
        head = struct.pack("!BBQ", first, 127, n)
    return head + payload


def size_for(seq):
    """Message sizes of the stream mode (the soak mirrors this): 31 of 32 messages 16..256 bytes,
    one in 32 a power of two from 256 to 16384 bytes."""
    h = (seq * 2654435761) & 0xFFFFFFFF
    if h % 32 == 0:
        return 256 << ((h >> 8) % 7)
    return 16 + (h >> 8) % 241


def stream_message(seq):
    prefix = str(seq).encode() + b" "
    return prefix + PATTERN[: size_for(seq) - len(prefix)]


def bomb(chunks):
    """chunks MiB of zeros as raw deflate: once the window is all zeros, every sync-flushed MiB
    compresses to the same bytes, so the stream is a head and copies of one block."""
    zeros = bytes(1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(zeros) + c.flush(zlib.Z_SYNC_FLUSH)
    repeat = c.compress(zeros) + c.flush(zlib.Z_SYNC_FLUSH)
    assert repeat == c.compress(zeros) + c.flush(zlib.Z_SYNC_FLUSH)
    data = head + repeat * (chunks - 1)
    assert data.endswith(b"\x00\x00\xff\xff")
    return data[:-4]  # RFC 7692 7.2.1: the sender drops the sync flush's tail


class Connection:
    def __init__(self, reader, writer, args):
        self.reader = reader
        self.writer = writer
        self.args = args
        self.pongs = []
        self.closed = asyncio.Event()
        self.pong_event = asyncio.Event()

    async def handshake(self):
        request = await self.reader.readuntil(b"\r\n\r\n")
        key = b""
        offers_deflate = False
        for line in request.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"sec-websocket-key":
                key = value.strip()
            if name.strip().lower() == b"sec-websocket-extensions" and b"permessage-deflate" in value:
                offers_deflate = True
        accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
        response = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        response += b"Sec-WebSocket-Accept: " + accept + b"\r\n"
        if self.args.mode == "bomb" and offers_deflate:
            response += b"Sec-WebSocket-Extensions: permessage-deflate\r\n"
        self.writer.write(response + b"\r\n")
        await self.writer.drain()

    async def read_frames(self):
        """Reads the client's frames: answers pings and Close, collects pongs."""
        try:
            while True:
                b0, b1 = await self.reader.readexactly(2)
                n = b1 & 0x7F
                if n == 126:
                    (n,) = struct.unpack("!H", await self.reader.readexactly(2))
                elif n == 127:
                    (n,) = struct.unpack("!Q", await self.reader.readexactly(8))
                mask = await self.reader.readexactly(4) if b1 & 0x80 else b"\0\0\0\0"
                data = bytearray(await self.reader.readexactly(n))
                for i in range(n):
                    data[i] ^= mask[i % 4]
                opcode = b0 & 0x0F
                if opcode == 0x9:
                    self.writer.write(frame(0xA, bytes(data)))
                elif opcode == 0xA:
                    self.pongs.append(bytes(data))
                    self.pong_event.set()
                elif opcode == 0x8:
                    say("CLOSE %d" % (struct.unpack("!H", data[:2])[0] if n >= 2 else 1005))
                    self.writer.write(frame(0x8, bytes(data[:2])))
                    await self.writer.drain()
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.closed.set()
            self.writer.close()

    async def run(self):
        await self.handshake()
        reading = asyncio.ensure_future(self.read_frames())
        mode = self.args.mode
        w = self.writer
        if mode in ("kill-fragment", "kill-frame"):
            w.write(b"".join(frame(0x1, b"before %d" % i) for i in range(self.args.messages)))
            if mode == "kill-fragment":
                w.write(frame(0x1, b"the first half of a message", fin=False))
            else:
                w.write(frame(0x2, bytes(1000), length=1 << 20))
            await w.drain()
            say("MIDMESSAGE")
        elif mode == "fragments":
            total = self.args.count * self.args.size
            text = (b"abcdefghijklmnopqrstuvwxyz" * (total // 26 + 1))[:total]
            parts = []
            for i in range(self.args.count):
                piece = text[i * self.args.size : (i + 1) * self.args.size]
                parts.append(frame(0x1 if i == 0 else 0x0, piece, fin=i == self.args.count - 1))
            w.write(b"".join(parts))
            await w.drain()
            say("FRAGMENTS %d" % self.args.count)
        elif mode == "bomb":
            data = bomb(self.args.chunks)
            w.write(frame(0x2, data, rsv1=True))
            await w.drain()
            say("BOMB %d" % len(data))
        elif mode == "ping-flood":
            await self.ping_flood()
        elif mode == "stream":
            await self.stream()
        await reading

    async def ping_flood(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        sent = 0
        while not self.closed.is_set() and loop.time() - start < self.args.seconds:
            due = int((loop.time() - start) * self.args.rate)
            if due > sent:
                self.writer.write(b"".join(frame(0x9, b"f%d" % i) for i in range(sent, due)))
                sent = due
                await self.writer.drain()
            await asyncio.sleep(0.002)
        self.writer.write(frame(0x1, b"done %d" % sent))
        await self.writer.drain()
        deadline = loop.time() + 5
        while len(self.pongs) < sent and not self.closed.is_set() and loop.time() < deadline:
            self.pong_event.clear()
            try:
                await asyncio.wait_for(self.pong_event.wait(), 0.1)
            except asyncio.TimeoutError:
                pass
        expected = set(b"f%d" % i for i in range(sent))
        matched = sum(1 for p in self.pongs if p in expected)
        say("PONGS %d %d" % (matched, sent))

    async def stream(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        next_ping = start + 1
        seq = 0
        pings = 0
        try:
            while not self.closed.is_set():
                now = loop.time()
                due = min(int((now - start) * self.args.rate), seq + self.args.rate // 10)
                if due > seq:
                    self.writer.write(b"".join(frame(0x1, stream_message(s)) for s in range(seq, due)))
                    seq = due
                if now >= next_ping:
                    pings += 1
                    self.writer.write(frame(0x9, b"soak-%d" % pings))
                    next_ping += 1
                await self.writer.drain()
                await asyncio.sleep(0.005)
        except ConnectionError:
            pass
        say("SENT %d" % seq)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", required=True)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--size", type=int, default=1)
    parser.add_argument("--chunks", type=int, default=2048)
    parser.add_argument("--rate", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=3)
    args = parser.parse_args()

    async def serve(reader, writer):
        try:
            await Connection(reader, writer, args).run()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    say("PORT %d" % server.sockets[0].getsockname()[1])
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)

    def watch_stdin():
        while os.read(sys.stdin.fileno(), 4096):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    await stop.wait()
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
