# SPDX-License-Identifier: GPL-3.0-or-later
"""A real Python `websockets` server for Framewise's tests (run with Debian's /usr/bin/python3).

Options: --port N (0: any free port), --subprotocols a,b (the first one the client offers that is in
this list wins), --no-compression (permessage-deflate is on by default), --compression,
--set-cookie VALUE (a Set-Cookie header in the 101 answer).

Per connection it echoes every message with its type. Text commands drive it from a test:
  !headers            -> a JSON text {"path": ..., "headers": [[name, value], ...]} (names as sent)
  !close CODE REASON  -> the server closes with that code and reason
  !ping PAYLOAD       -> the server pings; when the pong arrives it sends the text "pong-ok"
  !send-binary N      -> N bytes as one binary message, byte i = i % 251
It prints `PORT n` once listening and `CLOSED code reason` when a connection ends (the code and
reason of the Close frame it received). It exits when stdin closes or on SIGTERM.
"""
import argparse
import asyncio
import json
import os
import signal
import sys

import websockets

PATTERN = bytes(range(251))


def pattern(size):
    return (PATTERN * (size // len(PATTERN) + 1))[:size]


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def handler(ws, path=None):
    try:
        async for message in ws:
            if isinstance(message, str) and message.startswith("!"):
                command, _, rest = message.partition(" ")
                if command == "!headers":
                    headers = [[name, value] for name, value in ws.request_headers.raw_items()]
                    await ws.send(json.dumps({"path": ws.path, "headers": headers}))
                    continue
                if command == "!close":
                    code, _, reason = rest.partition(" ")
                    await ws.close(int(code), reason)
                    break
                if command == "!ping":
                    waiter = await ws.ping(rest.encode())
                    await asyncio.wait_for(waiter, 10)
                    await ws.send("pong-ok")
                    continue
                if command == "!send-binary":
                    await ws.send(pattern(int(rest)))
                    continue
            await ws.send(message)
    except websockets.ConnectionClosed:
        pass
    finally:
        say(f"CLOSED {ws.close_code} {ws.close_reason or ''}")


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--subprotocols", default="")
    parser.add_argument("--no-compression", dest="compression", action="store_false")
    parser.add_argument("--compression", dest="compression", action="store_true")
    parser.add_argument("--set-cookie", default="")
    parser.set_defaults(compression=True)
    args = parser.parse_args()
    protocols = [p for p in args.subprotocols.split(",") if p]

    def select_subprotocol(client_protocols, server_protocols):
        # The first protocol the client offered that this server supports.
        for protocol in client_protocols:
            if protocol in server_protocols:
                return protocol
        return None

    loop = asyncio.get_running_loop()
    stop = loop.create_future()

    def finish():
        if not stop.done():
            stop.set_result(None)

    def stdin_readable():
        if os.read(sys.stdin.fileno(), 4096) == b"":
            loop.remove_reader(sys.stdin.fileno())
            finish()

    loop.add_reader(sys.stdin.fileno(), stdin_readable)
    loop.add_signal_handler(signal.SIGTERM, finish)
    loop.add_signal_handler(signal.SIGINT, finish)

    async with websockets.serve(
        handler,
        "127.0.0.1",
        args.port,
        subprotocols=protocols or None,
        select_subprotocol=select_subprotocol if protocols else None,
        compression="deflate" if args.compression else None,
        max_size=None,
        max_queue=None,
        ping_interval=None,
        extra_headers=[("Set-Cookie", args.set_cookie)] if args.set_cookie else None,
    ) as server:
        say(f"PORT {server.sockets[0].getsockname()[1]}")
        await stop


asyncio.run(main())
