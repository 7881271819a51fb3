# SPDX-License-Identifier: GPL-3.0-or-later
"""A real Python `websockets` client for the server role's tests (tests/channel/tst_serverhandshake.cpp),
run with Debian's /usr/bin/python3.

Usage: python_client.py URL [--subprotocols a,b] [--no-compression] [--messages N]

Connects (permessage-deflate offered with websockets' defaults unless --no-compression) and prints
  EXTENSIONS <the 101's Sec-WebSocket-Extensions, or nothing>
  SUBPROTOCOL <the chosen subprotocol, or None>
  NEGOTIATED <for each agreed extension: its name and the parameters websockets will use>
then prints `RECEIVED <text>` for each of the next N messages (default 0) and exits 0. On a
failure it prints `ERROR <what happened>` and exits 1.
"""
import argparse
import asyncio
import sys

import websockets


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def describe(extension):
    # websockets' PerMessageDeflate: "remote" is the server, "local" this client.
    return (
        f"{extension.name}"
        f" server_no_context_takeover={extension.remote_no_context_takeover}"
        f" client_no_context_takeover={extension.local_no_context_takeover}"
        f" server_max_window_bits={extension.remote_max_window_bits}"
        f" client_max_window_bits={extension.local_max_window_bits}"
    )


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--subprotocols", default="")
    parser.add_argument("--no-compression", dest="compression", action="store_false")
    parser.add_argument("--messages", type=int, default=0)
    args = parser.parse_args()
    protocols = [p for p in args.subprotocols.split(",") if p]
    try:
        async with websockets.connect(
            args.url,
            subprotocols=protocols or None,
            compression="deflate" if args.compression else None,
            open_timeout=10,
            close_timeout=1,
            ping_interval=None,
        ) as ws:
            say(f"EXTENSIONS {ws.response_headers.get('Sec-WebSocket-Extensions', '')}")
            say(f"SUBPROTOCOL {ws.subprotocol}")
            say("NEGOTIATED " + "; ".join(describe(e) for e in ws.extensions))
            for _ in range(args.messages):
                message = await asyncio.wait_for(ws.recv(), 10)
                say(f"RECEIVED {message}")
    except Exception as error:  # the test shows whatever went wrong
        say(f"ERROR {type(error).__name__}: {error}")
        sys.exit(1)


asyncio.run(main())
