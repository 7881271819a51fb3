# SPDX-License-Identifier: GPL-3.0-or-later
"""A real Python `websockets` client for the server role's tests (tests/channel/tst_serverhandshake.cpp
and tst_serverchannel.cpp), run with Debian's /usr/bin/python3.

Usage: python_client.py URL [--subprotocols a,b] [--no-compression] [--messages N]
                            [--echo SIZES] [--close CODE]

Connects (permessage-deflate offered with websockets' defaults unless --no-compression) and prints
  EXTENSIONS <the 101's Sec-WebSocket-Extensions, or nothing>
  SUBPROTOCOL <the chosen subprotocol, or None>
  NEGOTIATED <for each agreed extension: its name and the parameters websockets will use>
then prints `RECEIVED <text>` for each of the next N messages (default 0).
--echo 0,125,...: for each size, sends a text and a binary message of that many bytes (text byte
i is 'a' + i % 26, binary byte i is block[i % 3000], the block made by binary_payload()), all
before reading any answer, then expects each
back from an echo server in the same order and prints `ECHO text|binary <size>` per message.
--close CODE: then closes with CODE and the reason "python done" and prints
`CLOSED <the code the server answered with> <its reason>`.
It exits 0; on a failure (a message that came back different included) it prints
`ERROR <what happened>` and exits 1.
"""
import argparse
import asyncio
import sys

import websockets


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def text_payload(size):
    return "".join(chr(ord("a") + i % 26) for i in range(size))


def binary_payload(size):
    # A 3000-byte pseudo-random block, repeated: deflate finds its repeats 3000 bytes back, farther
    # than a window of less than 12 bits reaches.
    block = bytearray()
    x = 1
    for _ in range(3000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        block.append((x >> 16) & 0xFF)
    return (bytes(block) * (size // len(block) + 1))[:size]


async def echo(ws, sizes):
    expected = []
    for size in sizes:
        expected.append(("text", size, text_payload(size)))
        expected.append(("binary", size, binary_payload(size)))
    for _, _, payload in expected:
        await ws.send(payload)
    for kind, size, payload in expected:
        reply = await asyncio.wait_for(ws.recv(), 20)
        if reply != payload:
            got = "text" if isinstance(reply, str) else "binary"
            raise RuntimeError(f"the {kind} message of {size} bytes came back as {got} of {len(reply)}, different")
        say(f"ECHO {kind} {size}")


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
    parser.add_argument("--echo", default="")
    parser.add_argument("--close", type=int, default=0)
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
            max_size=None,
        ) as ws:
            say(f"EXTENSIONS {ws.response_headers.get('Sec-WebSocket-Extensions', '')}")
            say(f"SUBPROTOCOL {ws.subprotocol}")
            say("NEGOTIATED " + "; ".join(describe(e) for e in ws.extensions))
            for _ in range(args.messages):
                message = await asyncio.wait_for(ws.recv(), 10)
                say(f"RECEIVED {message}")
            if args.echo:
                await echo(ws, [int(size) for size in args.echo.split(",")])
            if args.close:
                await ws.close(args.close, "python done")
                say(f"CLOSED {ws.close_code} {ws.close_reason}")
    except Exception as error:  # the test shows whatever went wrong
        say(f"ERROR {type(error).__name__}: {error}")
        sys.exit(1)


asyncio.run(main())
