"""Entities of every family, kept in their JSON-mapping form and keyed by token.

Keeping the plain form instead of model instances is what lets one entity be read through
different generated classes: ``tac:AuthenticationProfile`` and
``pacsaxis:AuthenticationProfile`` are two classes for one family, and ``DoorInfo`` is a view
of ``Door`` (shapes.py turns an entity into the members of a class).
"""

from __future__ import annotations

import itertools
import secrets
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping

from . import faults
from .calls import Plain

MAX_REFERENCES = 256  # open paging references; the oldest are forgotten (and become stale)


class EntityStore:
    """Families of entities in creation order, with opaque single-use paging references."""

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, tuple[int, Plain]]] = {}
        self._sequence = itertools.count(1)
        self._references: OrderedDict[str, tuple[str, int]] = OrderedDict()
        self.version = 0  # bumped by every change: tells the server when to save

    def entities(self, family: str) -> list[Plain]:
        return [entity for _, entity in self._rows.get(family, {}).values()]

    def keys(self, family: str) -> Iterator[str]:
        return iter(list(self._rows.get(family, {})))

    def get(self, family: str, key: str | None) -> Plain | None:
        row = self._rows.get(family, {}).get(key or "")
        return row[1] if row else None

    def put(self, family: str, key: str, entity: Plain) -> None:
        """Create or replace; a replaced entity keeps its place in the listing order."""
        rows = self._rows.setdefault(family, {})
        sequence = rows[key][0] if key in rows else next(self._sequence)
        rows[key] = (sequence, entity)
        self.version += 1

    def remove(self, family: str, key: str) -> None:
        del self._rows[family][key]
        self.version += 1

    def page(
        self,
        family: str,
        reference: str | None,
        limit: int,
        keep: Callable[[Plain], bool] | None = None,
    ) -> tuple[list[Plain], str | None]:
        """One page of a family (only the entities ``keep`` accepts, when given) and the
        reference of the next one (None after the last).

        A reference is a random id remembering where the page ended; it is removed when
        used, so a second use (or one from another family) is stale."""
        after = 0
        if reference is not None:
            entry = self._references.pop(reference, None)
            if entry is None or entry[0] != family:
                raise faults.invalid_value(
                    "ter:InvalidStartReference", "StartReference is unknown, used or expired"
                )
            after = entry[1]
        rows = [
            row
            for row in self._rows.get(family, {}).values()
            if row[0] > after and (keep is None or keep(row[1]))
        ]
        page = rows[:limit]
        if len(rows) <= limit:
            return [entity for _, entity in page], None
        following = secrets.token_urlsafe(12)
        self._references[following] = (family, page[-1][0])
        while len(self._references) > MAX_REFERENCES:
            self._references.popitem(last=False)
        return [entity for _, entity in page], following

    def snapshot(self) -> dict[str, dict[str, Plain]]:
        """Every family as ``{key: entity}``, in order: the persisted configuration."""
        return {
            family: {key: entity for key, (_, entity) in rows.items()}
            for family, rows in self._rows.items()
            if rows
        }

    def load(self, families: Mapping[str, Mapping[str, Plain]]) -> None:
        for family, rows in families.items():
            for key, entity in rows.items():
                self.put(family, key, dict(entity))
