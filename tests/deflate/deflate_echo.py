# SPDX-License-Identifier: GPL-3.0-or-later
"""Python `websockets` echo server with configurable permessage-deflate, for Framewise's deflate tests.

Run with Debian's /usr/bin/python3 (websockets 10.4). Options:
  --server-no-context-takeover, --client-no-context-takeover,
  --server-max-window-bits N, --client-max-window-bits N (8..15; 0 or absent: not set),
  --no-compression (no extension at all).
Echoes every message with its type; a text "!fragments N text" comes back as `text` in N fragments. Prints `PORT n` once listening and `EXT value` with the
Sec-WebSocket-Extensions answer of every connection. Exits when stdin closes or on SIGTERM.
"""
import argparse
import asyncio
import os
import signal
import sys

import websockets
from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def handler(ws, path=None):
    say("EXT " + (ws.response_headers.get("Sec-WebSocket-Extensions") or "-"))
    try:
        async for message in ws:
            if isinstance(message, str) and message.startswith("!fragments "):
                # "!fragments N text": the text comes back as one message in N fragments.
                _, count, text = message.split(" ", 2)
                step = -(-len(text) // int(count))
                await ws.send([text[i : i + step] for i in range(0, len(text), step)])
                continue
            await ws.send(message)
    except websockets.ConnectionClosed:
        pass


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server-no-context-takeover", action="store_true")
    parser.add_argument("--client-no-context-takeover", action="store_true")
    parser.add_argument("--server-max-window-bits", type=int, default=0)
    parser.add_argument("--client-max-window-bits", type=int, default=0)
    parser.add_argument("--no-compression", action="store_true")
    args = parser.parse_args()

    if args.no_compression:
        extensions = None
    else:
        extensions = [
            ServerPerMessageDeflateFactory(
                server_no_context_takeover=args.server_no_context_takeover,
                client_no_context_takeover=args.client_no_context_takeover,
                server_max_window_bits=args.server_max_window_bits or None,
                client_max_window_bits=args.client_max_window_bits or None,
            )
        ]

    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, lambda: stop.done() or stop.set_result(None))
    # stdin closing (the test ended) stops the server too.
    loop.add_reader(sys.stdin.fileno(), lambda: os.read(sys.stdin.fileno(), 4096) or stop.done() or stop.set_result(None))

    async with websockets.serve(
        handler,
        "127.0.0.1",
        0,
        compression="deflate" if extensions else None,
        extensions=extensions,
        max_size=None,
        max_queue=None,
        ping_interval=None,
    ) as server:
        say("PORT %d" % server.sockets[0].getsockname()[1])
        await stop


asyncio.run(main())
