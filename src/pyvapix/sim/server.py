"""Serving the simulator over real HTTP with uvicorn (the ``sim`` extra): blocking for the
command line, or in a background thread for tests."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .app import Application
from .core import Simulator

STARTUP_TIMEOUT = 10.0  # seconds
# Idle connections are kept this long, as a device keeps them longer than a client does.
KEEP_ALIVE_SECONDS = 15


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only when the
    # listener says TCP; otherwise each response stalls ~40 ms (Nagle and delayed ACK).
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    return listener


def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    username: str = "root",
    password: str = "pass",
    state_file: str | os.PathLike[str] | None = None,
    announce: Callable[[str], None] | None = None,
    **options: Any,
) -> None:
    """Run the simulator until interrupted; ``announce`` is told its URL once it listens
    (port 0 picks a free port). ``options`` are further :class:`Simulator` arguments
    (``viewer``, ``state``, ``max_body``)."""
    import uvicorn

    simulator = Simulator(username=username, password=password, state_file=state_file, **options)
    listener = listen(host, port)
    if announce is not None:
        shown = f"[{host}]" if ":" in host else host
        announce(f"http://{shown}:{listener.getsockname()[1]}")
    server = uvicorn.Server(
        uvicorn.Config(
            Application(simulator), lifespan="off", timeout_keep_alive=KEEP_ALIVE_SECONDS
        )
    )
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()


@contextmanager
def running(
    *, ssl_certfile: str | None = None, ssl_keyfile: str | None = None, **options: Any
) -> Iterator[str]:
    """A simulator on a free loopback port for the duration of the block; yields its base
    URL. ``options`` are :class:`Simulator` arguments. With ``ssl_certfile`` (PEM, and
    ``ssl_keyfile`` unless the key is in the same file) it serves HTTPS."""
    import uvicorn

    simulator = Simulator(**options)
    listener = listen("127.0.0.1", 0)
    port = listener.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            Application(simulator),
            lifespan="off",
            log_level="warning",
            access_log=False,
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
    )
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [listener]}, name=f"pyvapix-sim-{port}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            listener.close()
            raise RuntimeError("the simulator did not start")
        time.sleep(0.01)
    try:
        yield f"{'https' if ssl_certfile else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT)
        listener.close()
