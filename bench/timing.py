"""Medians of interleaved timing batches, and how they are shown."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any


def _batch(fn: Callable[[], Any], number: int) -> float:
    clock = time.perf_counter_ns
    started = clock()
    for _ in range(number):
        fn()
    return (clock() - started) / number


def compare(
    cases: dict[str, Callable[[], Any]],
    *,
    repeat: int,
    batch_ns: float = 60e6,
    warmup: int = 2,
    max_number: int = 10_000,
) -> dict[str, float]:
    """Median nanoseconds per call of each case.

    Each case is warmed up, then called in batches sized to take about ``batch_ns``; the
    cases take turns batch by batch (``repeat`` rounds), so drift of the machine (CPU
    frequency, other load) falls on all of them alike. A collection runs before each batch
    so one case's garbage is not collected on another's clock; the collector stays enabled
    during the batch because collecting is part of what a decoder costs."""
    numbers = {}
    for name, fn in cases.items():
        for _ in range(warmup):
            fn()
        once = _batch(fn, 1)
        numbers[name] = max(1, min(max_number, int(batch_ns // max(once, 1))))
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, fn in cases.items():
            gc.collect()
            samples[name].append(_batch(fn, numbers[name]))
    return {name: statistics.median(values) for name, values in samples.items()}


def fmt_time(ns: float) -> str:
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} us"
    return f"{ns:.0f} ns"


def print_section(
    title: str,
    medians: dict[str, float],
    baseline: str,
    *,
    per_item: int | None = None,
    notes: dict[str, str] | None = None,
) -> None:
    """One section: each case's median, per item when given, and its ratio to ``baseline``."""
    print(f"\n## {title}")
    base = medians[baseline]
    width = max(len(name) for name in medians)
    for name, ns in medians.items():
        per = f"  ({fmt_time(ns / per_item)}/item)" if per_item else ""
        note = f"  {notes[name]}" if notes and name in notes else ""
        ratio = f"{ns / base:6.2f}x {baseline}"
        print(f"  {name:<{width}}  {fmt_time(ns):>10}{per:<18}  {ratio}{note}")
