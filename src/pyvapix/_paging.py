"""Page by page, without holding more than one page: the two paging schemes of the API.

``reference``: Limit + StartReference in, NextStartReference out until it is absent.
``rowid``: the event logger's Limit + RowID in, More out; the next RowID is the rowid of
the last item received.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from typing import Any

from ._catalogue import Paging
from ._codec.layout import layout_of


def _field(obj: Any, xml_name: str) -> str:
    return layout_of(type(obj)).by_local[xml_name].name


def items(paging: Paging, response: Any) -> list[Any]:
    return list(getattr(response, paging.items) or ())


def next_request(paging: Paging, request: Any, response: Any) -> Any | None:
    """The request for the next page, or None after the last page."""
    if paging.kind == "reference":
        reference = getattr(response, _field(response, "NextStartReference"))
        if not reference:
            return None
        return dataclasses.replace(request, **{_field(request, "StartReference"): reference})
    if not getattr(response, _field(response, "More")):
        return None
    page = items(paging, response)
    if not page:
        return None
    last = page[-1]
    rowid = getattr(last, _field(last, "rowid"))
    return dataclasses.replace(request, **{_field(request, "RowID"): rowid})


def turn(paging: Paging, request: Any, response: Any) -> tuple[deque[Any], Any | None]:
    """The page's items, to be handed out one by one (each released once consumed), and
    the request for the next page (None after the last)."""
    return deque(items(paging, response)), next_request(paging, request, response)
