"""A tiny ASGI app answering every POST with one canned SOAP response (no auth).

Run in its own process so the client side is measured alone:
``python -m bench.server PORT ITEMS``.
"""

from __future__ import annotations

import sys
from typing import Any

from .payloads import access_point_info_list_soap

_HEADERS = [(b"content-type", b"application/soap+xml; charset=utf-8")]


def make_app(body: bytes) -> Any:
    headers = [*_HEADERS, (b"content-length", str(len(body)).encode())]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        more = True
        while more:  # drain the request body
            message = await receive()
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def main() -> None:
    import uvicorn

    port, items = int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100
    app = make_app(access_point_info_list_soap(items, next_reference=None))
    uvicorn.run(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="off"
    )


if __name__ == "__main__":
    main()
