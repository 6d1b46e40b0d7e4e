"""pyvapix benchmarks against its targets (GitHub issue 6): ``python -m bench.run``.

Prints one section per measurement (medians, ratios to the baseline), then a markdown table
of the targets with PASS/FAIL, and the line ``bench: N/M targets pass``. The exit code is 0
even when targets fail: this is a report, not a test. ``--only NAME ...`` runs some sections,
``--profile`` prints where pyvapix's SOAP and JSON decoding and SOAP encoding spend their
time instead.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from . import handwritten, payloads
from .others import ROOT, Xsdata, Zeep
from .timing import compare, fmt_time, print_section

PYTHON = sys.executable
SOAP_HEADERS = {
    "Content-Type": "application/soap+xml; charset=utf-8; "
    'action="http://www.onvif.org/ver10/accesscontrol/wsdl/GetAccessPointInfoList"',
    "Accept": "application/soap+xml, text/xml",
}


@dataclass
class Target:
    name: str
    measured: str
    limit: str
    passed: bool | None  # None: could not be measured (counts as not passing)

    @property
    def result(self) -> str:
        return {True: "PASS", False: "FAIL", None: "ERROR"}[self.passed]


TARGETS: list[Target] = []


def at_most(name: str, ratio: float, limit: float, detail: str) -> None:
    TARGETS.append(Target(name, f"{ratio:.2f}x ({detail})", f"≤ {limit:g}x", ratio <= limit))


def at_least(name: str, ratio: float, limit: float, detail: str) -> None:
    TARGETS.append(Target(name, f"{ratio:.1f}x ({detail})", f"≥ {limit:g}x", ratio >= limit))


def _bind(
    argument: Any, functions: dict[str, Callable[[Any], Any]]
) -> dict[str, Callable[[], Any]]:
    """Cases calling each function with the same argument."""
    return {name: functools.partial(function, argument) for name, function in functions.items()}


# ---- SOAP decode ------------------------------------------------------------------------


@contextlib.contextmanager
def specialised(*classes: type) -> Iterator[None]:
    """Check that pyvapix's generated per-class codecs serve ``classes`` and hand no
    measured message over to the generic code (the run would then measure the latter)."""
    from pyvapix._codec import layout as spec

    missing = [c.__name__ for c in classes if spec.layout_of(c).codecs is None]
    assert not missing, f"no specialised codecs for {', '.join(missing)}"
    before = spec.fallbacks.copy()
    yield
    handed_over = spec.fallbacks - before
    assert not handed_over, f"the specialised codecs handed over: {dict(handed_over)}"


def soap_decode() -> None:
    from pyvapix.generated.models.tac import GetAccessPointInfoListResponse

    import pyvapix

    zeep_decode = Zeep("tac").decoder("GetAccessPointInfoList")
    xsdata_decode = Xsdata().decoder(GetAccessPointInfoListResponse)
    for count, repeat in ((100, 9), (10_000, 3)):
        payload = payloads.access_point_info_list_soap(count)
        ours = pyvapix.decode("tac:GetAccessPointInfoList", payload, protocol="soap")
        reference, items = handwritten.parse_access_point_info_list(payload)
        theirs = zeep_decode(payload)
        assert len(ours.access_point_info) == len(items) == len(theirs.AccessPointInfo) == count
        assert ours.next_start_reference == reference == theirs.NextStartReference
        last, hand = ours.access_point_info[-1], items[-1]
        assert hand.capabilities is not None
        assert (last.token, last.name, last.entity, last.capabilities.duress) == (
            hand.token,
            hand.name,
            hand.entity,
            hand.capabilities.duress,
        )
        assert xsdata_decode(payload) == ours, "xsdata parsed something else"
        with specialised(GetAccessPointInfoListResponse):
            medians = compare(
                _bind(
                    payload,
                    {
                        "hand-written lxml": handwritten.parse_access_point_info_list,
                        "pyvapix": lambda data: pyvapix.decode(
                            "tac:GetAccessPointInfoList", data, protocol="soap"
                        ),
                        "zeep": zeep_decode,
                        "xsdata XmlParser": xsdata_decode,
                    },
                ),
                repeat=repeat,
                warmup=1 if count > 1000 else 3,
                batch_ns=0 if count > 1000 else 100e6,
            )
        print_section(
            f"SOAP decode: tac:GetAccessPointInfoListResponse, {count:,} items "
            f"({len(payload):,} bytes, median of {repeat})",
            medians,
            "hand-written lxml",
            per_item=count,
        )
        ours_ns = medians["pyvapix"]
        hand_ns = medians["hand-written lxml"]
        at_most(
            f"SOAP decode {count:,} items: pyvapix vs hand-written lxml",
            ours_ns / hand_ns,
            1.5,
            f"{fmt_time(ours_ns / count)} vs {fmt_time(hand_ns / count)} per item",
        )
        for other in ("zeep", "xsdata XmlParser"):
            at_least(
                f"SOAP decode {count:,} items: pyvapix faster than {other}",
                medians[other] / ours_ns,
                5,
                f"{fmt_time(medians[other] / count)} vs {fmt_time(ours_ns / count)} per item",
            )


# ---- event notifications -------------------------------------------------------------


def events_decode(count: int = 1000, repeat: int = 9) -> None:
    """A PullMessages answer into typed events (pyvapix.generated.events classes: enums,
    booleans, datetimes) against a hand-written parse into plain values."""
    from pyvapix.generated.events import DoorStateDoorMode

    from pyvapix._events import topics_of
    from pyvapix._subscription import read_pull

    topics = topics_of()

    def typed(payload: bytes) -> list[Any]:  # what a subscription does with each pull
        return read_pull(payload, topics).events

    payload = payloads.pull_messages_soap(count)
    ours = typed(payload)
    hand = handwritten.parse_pull_messages(payload)
    assert len(ours) == len(hand) == count
    assert isinstance(ours[0], DoorStateDoorMode) and ours[0].state is not None
    assert [(e.source, e.data, e.operation) for e in ours] == [
        (n.source, n.data, n.operation) for n in hand
    ]
    medians = compare(
        _bind(
            payload,
            {"hand-written lxml": handwritten.parse_pull_messages, "pyvapix": typed},
        ),
        repeat=repeat,
        batch_ns=100e6,
    )
    print_section(
        f"Events decode: tev:PullMessagesResponse, {count:,} notifications "
        f"({len(payload):,} bytes, median of {repeat})",
        medians,
        "hand-written lxml",
        per_item=count,
    )
    ours_ns, hand_ns = medians["pyvapix"], medians["hand-written lxml"]
    at_most(
        f"Events decode {count:,} notifications: typed events vs hand-written lxml",
        ours_ns / hand_ns,
        1.5,
        f"{fmt_time(ours_ns / count)} vs {fmt_time(hand_ns / count)} per notification",
    )


# ---- JSON decode ------------------------------------------------------------------------


class _Door:
    __slots__ = ("capabilities", "description", "name", "token")

    def __init__(self, data: dict[str, Any]) -> None:
        self.token = data.get("token", "")
        self.name = data.get("Name")
        self.description = data.get("Description")
        self.capabilities = data.get("Capabilities")


def _hand_json(payload: bytes) -> tuple[Any, list[_Door]]:
    data = json.loads(payload)
    return data.get("NextStartReference"), [_Door(d) for d in data.get("DoorInfo", ())]


def json_decode() -> None:
    import pyvapix

    count = 1000
    payload = payloads.door_info_list_json(count)
    ours = pyvapix.decode("tdc:GetDoorInfoList", payload, protocol="json")
    assert len(ours.door_info) == count and ours.door_info[-1].capabilities.priority_levels == 4
    cases: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(payload),
        "pyvapix": lambda: pyvapix.decode("tdc:GetDoorInfoList", payload, protocol="json"),
        "json.loads + hand-written objects": lambda: _hand_json(payload),
    }
    notes = {"json.loads + hand-written objects": "(info: no type checks)"}
    try:  # for information: xsdata's JSON parser on the same dataclasses
        from pyvapix.generated.models.tdc import GetDoorInfoListResponse
        from xsdata.formats.dataclass.parsers import JsonParser
        from xsdata.formats.dataclass.parsers.config import ParserConfig

        parser = JsonParser(config=ParserConfig(fail_on_unknown_properties=False))
        if parser.from_bytes(payload, GetDoorInfoListResponse) == ours:
            cases["xsdata JsonParser"] = lambda: parser.from_bytes(
                payload, GetDoorInfoListResponse
            )
            notes["xsdata JsonParser"] = "(info)"
    except Exception as exc:
        print(f"  (xsdata JsonParser not comparable: {type(exc).__name__}: {exc})")
    from pyvapix.generated.models.tdc import GetDoorInfoListResponse

    with specialised(GetDoorInfoListResponse):
        medians = compare(cases, repeat=9)
    print_section(
        f"JSON decode: tdc:GetDoorInfoListResponse, {count:,} doors "
        f"({len(payload):,} bytes, median of 9)",
        medians,
        "json.loads",
        per_item=count,
        notes=notes,
    )
    at_most(
        f"JSON decode {count:,} doors: pyvapix vs json.loads",
        medians["pyvapix"] / medians["json.loads"],
        3,
        f"{fmt_time(medians['pyvapix'])} vs {fmt_time(medians['json.loads'])}",
    )


# ---- SOAP encode ------------------------------------------------------------------------


def _canonical(envelope: bytes) -> str:
    """C14N 2.0 of an envelope without its Header and prefixes (zeep writes no Header)."""
    from lxml import etree

    tree = etree.fromstring(envelope)
    for header in tree.findall(f"{{{payloads.SOAP12}}}Header"):
        tree.remove(header)
    return etree.canonicalize(tree, strip_text=True, rewrite_prefixes=True)


def soap_encode() -> None:
    import pyvapix

    xsdata = Xsdata()
    cases = (
        (
            "pacsaxis:SetCredential (1 credential)",
            "pacsaxis:SetCredential",
            payloads.set_credential_request(),
            handwritten.build_set_credential,
            Zeep("pacsaxis").encoder("SetCredential"),
            payloads.set_credential_zeep_kwargs(),
            {"pacsaxis": payloads.PACSAXIS},
        ),
        (
            "tac:GetAccessPointInfoList (Limit)",
            "tac:GetAccessPointInfoList",
            payloads.access_point_info_list_request(100),
            handwritten.build_get_access_point_info_list,
            Zeep("tac").encoder("GetAccessPointInfoList"),
            {"Limit": 100},
            {"tac": payloads.TAC},
        ),
    )
    for title, op, request, hand, zeep_encode, zeep_kwargs, ns_map in cases:
        ours = pyvapix.encode(op, request, protocol="soap")
        assert ours == hand(request), f"hand-written {op} differs from pyvapix's envelope"
        xsdata_encode = xsdata.encoder(ns_map)
        expected = _canonical(ours)
        for library, other in (
            ("zeep", zeep_encode(zeep_kwargs)),
            ("xsdata", xsdata_encode(request)),
        ):
            assert _canonical(other) == expected, f"{op}: {library} writes another message"
        with specialised(type(request)):
            medians = compare(
                {
                    "hand-written lxml": functools.partial(hand, request),
                    "pyvapix": functools.partial(pyvapix.encode, op, request, protocol="soap"),
                    "zeep": functools.partial(zeep_encode, zeep_kwargs),
                    "xsdata XmlSerializer": functools.partial(xsdata_encode, request),
                },
                repeat=9,
            )
        print_section(
            f"SOAP encode: {title} ({len(ours)} bytes, median of 9)",
            medians,
            "hand-written lxml",
            notes={"zeep": "(info)", "xsdata XmlSerializer": "(info)"},
        )
        at_most(
            f"SOAP encode {op}: pyvapix vs hand-written lxml",
            medians["pyvapix"] / medians["hand-written lxml"],
            2,
            f"{fmt_time(medians['pyvapix'])} vs {fmt_time(medians['hand-written lxml'])}",
        )


# ---- start-up ---------------------------------------------------------------------------

_STARTUP = {
    "import pyvapix + Client()": "import pyvapix\nc = pyvapix.Client('http://192.0.2.1')",
    "import httpx + httpx.Client()": "import httpx\nc = httpx.Client()",
}
_TIMED = "import time\n_t = time.perf_counter_ns()\n{code}\nprint(time.perf_counter_ns() - _t)\n"

_LAZY = """
import json, sys
import pyvapix
client = pyvapix.Client("http://192.0.2.1", protocol="soap")
client.tdc
def loaded():
    return sorted(m for m in sys.modules if m.startswith("pyvapix.generated."))
after_access = loaded()
pyvapix.decode("tdc:GetDoorInfoList", b'{"DoorInfo": []}', protocol="json")
print(json.dumps({"access": after_access, "decode": loaded()}))
"""


def _subprocess(code: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [PYTHON, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"subprocess failed: {done.stderr.strip()[-500:]}")
    return done.stdout.strip()


@contextlib.contextmanager
def _as_installed() -> Iterator[dict[str, str]]:
    """An environment whose pyvapix is the package as a wheel installs it. The development
    install finds pyvapix.generated and pyvapix.codegen through setuptools' editable import
    hook, which costs every start tens of milliseconds that no user pays."""
    with tempfile.TemporaryDirectory() as target:
        subprocess.run(
            [PYTHON, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target, "."],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=600,
        )
        yield {**os.environ, "PYTHONPATH": target}


def startup(runs: int = 7) -> None:
    with _as_installed() as env:
        _startup(runs, env)


def _startup(runs: int, env: dict[str, str]) -> None:
    samples: dict[str, list[float]] = {name: [] for name in _STARTUP}
    for code in _STARTUP.values():  # warm the OS file cache and .pyc files
        _subprocess(_TIMED.format(code=code), env)
    for _ in range(runs):
        for name, code in _STARTUP.items():
            samples[name].append(float(_subprocess(_TIMED.format(code=code), env)))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    print_section(
        f"Start-up in a fresh interpreter, as installed (import + construct, median of {runs})",
        medians,
        "import httpx + httpx.Client()",
    )
    ours, base = medians["import pyvapix + Client()"], medians["import httpx + httpx.Client()"]
    at_most(
        "Start-up: import pyvapix + Client() vs import httpx + httpx.Client()",
        ours / base,
        1.6,
        f"{fmt_time(ours)} vs {fmt_time(base)}",
    )
    _command_startup(runs, env)

    seen = json.loads(_subprocess(_LAZY, env))
    allowed = {
        "pyvapix.generated.accessors",
        "pyvapix.generated.registry",
        "pyvapix.generated.services",
        "pyvapix.generated.services.tdc",
        "pyvapix.generated.models",
        "pyvapix.generated.models.tdc",
        "pyvapix.generated.codecs",  # the specialised codecs of the tdc models
        "pyvapix.generated.codecs.tdc",
    }
    common = ("pyvapix.generated.models.common", "pyvapix.generated.codecs.common")
    extra = sorted(
        {
            m
            for stage in seen.values()
            for m in stage
            if m not in allowed and not m.startswith(common)
        }
    )
    print("\n## Lazy services: modules of pyvapix.generated loaded in a fresh interpreter")
    print(f"  after client.tdc:           {', '.join(seen['access'])}")
    print(f"  after a tdc decode as well: {', '.join(seen['decode'])}")
    print(f"  other services' modules:    {', '.join(extra) or 'none'}")
    TARGETS.append(
        Target(
            "Lazy services: client.tdc imports no other service",
            ", ".join(extra) or "no other service module",
            "none",
            not extra,
        )
    )


_COMMANDS = {
    "pyvapix --help": [PYTHON, "-m", "pyvapix", "--help"],
    'python -c "import httpx"': [PYTHON, "-c", "import httpx"],
}


def _wall(command: list[str], env: dict[str, str]) -> float:
    """Nanoseconds, like the other start-up figures."""
    started = time.perf_counter_ns()
    subprocess.run(command, cwd=ROOT, capture_output=True, timeout=60, check=True, env=env)
    return float(time.perf_counter_ns() - started)


def _command_startup(runs: int, env: dict[str, str]) -> None:
    """Whole processes, interpreter start included: what a user waits for."""
    for command in _COMMANDS.values():  # warm the OS file cache and .pyc files
        _wall(command, env)
    samples: dict[str, list[float]] = {name: [] for name in _COMMANDS}
    for _ in range(runs):
        for name, command in _COMMANDS.items():
            samples[name].append(_wall(command, env))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    print_section(
        f"A command's wall time, interpreter start included (median of {runs})",
        medians,
        'python -c "import httpx"',
    )
    ours, base = medians["pyvapix --help"], medians['python -c "import httpx"']
    at_most(
        'Start-up: pyvapix --help vs python -c "import httpx"',
        ours / base,
        1.5,
        f"{fmt_time(ours)} vs {fmt_time(base)}",
    )


# ---- one call over loopback -------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _canned_server(items: int) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen([PYTHON, "-m", "bench.server", str(port), str(items)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the canned server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


SIM_USER, SIM_PASSWORD = "root", "pass"
_SIMULATOR = f"""
import sys
from pyvapix.sim import running
with running(username={SIM_USER!r}, password={SIM_PASSWORD!r}) as url:
    print(url, flush=True)
    sys.stdin.read()  # until the harness closes stdin
"""


def _simulator_available() -> bool:
    try:
        from pyvapix import sim
    except ImportError as exc:
        print(f"\n  skipped: simulator not available ({exc})")
        return False
    if not callable(getattr(sim, "running", None)):
        print("\n  skipped: simulator not available (pyvapix.sim has no running())")
        return False
    return True


@contextlib.contextmanager
def _simulator() -> Iterator[str]:
    """pyvapix.sim.running() in its own process (the server's work stays out of the
    measured process, as with a real device); yields its base URL."""
    process = subprocess.Popen(
        [PYTHON, "-c", _SIMULATOR],
        cwd=ROOT,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        url = process.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError("the simulator did not start")
        yield url
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _one_call(label: str, url: str, username: str | None, password: str | None) -> None:
    import httpx

    import pyvapix

    request = pyvapix.encode(
        "tac:GetAccessPointInfoList", payloads.access_point_info_list_request(100), protocol="soap"
    )
    auth = httpx.DigestAuth(username, password or "") if username else None
    with (
        pyvapix.Client(url, username, password, protocol="soap", retries=0) as client,
        httpx.Client(base_url=url, auth=auth) as raw,
    ):
        tac = client.tac

        def baseline() -> Any:
            response = raw.post("/vapix/services", content=request, headers=SOAP_HEADERS)
            response.raise_for_status()
            return handwritten.parse_access_point_info_list(response.content)

        typed = tac.get_access_point_info_list(limit=100)
        items = len(typed.access_point_info)
        assert items == len(baseline()[1])
        medians = compare(
            {
                "httpx.post + hand-written lxml": baseline,
                "client.tac.get_access_point_info_list": functools.partial(
                    tac.get_access_point_info_list, limit=100
                ),
                "client.call": functools.partial(
                    client.call, "tac:GetAccessPointInfoList", {"Limit": 100}
                ),
            },
            repeat=9,
            warmup=20,
        )
    print_section(
        f"One call over loopback: tac:GetAccessPointInfoList, SOAP, {label}, "
        f"{items} items (median of 9)",
        medians,
        "httpx.post + hand-written lxml",
    )
    ours, base = (
        medians["client.tac.get_access_point_info_list"],
        medians["httpx.post + hand-written lxml"],
    )
    at_most(
        f"One call over loopback, {label} ({items} items): pyvapix vs httpx + lxml",
        ours / base,
        1.3,
        f"{fmt_time(ours)} vs {fmt_time(base)}",
    )


def loopback() -> None:
    """Against the simulator when there is one (Digest, its own few access points), and
    always against the canned 100-item server (no auth: the client's cost alone)."""
    if _simulator_available():
        try:
            with _simulator() as url:
                _one_call("simulator, Digest", url, SIM_USER, SIM_PASSWORD)
        except Exception as exc:
            traceback.print_exc()
            TARGETS.append(
                Target(
                    "One call over loopback, simulator (did not run)",
                    f"{type(exc).__name__}: {exc}",
                    "≤ 1.3x",
                    None,
                )
            )
    with _canned_server(100) as url:
        _one_call("canned server", url, None, None)


# ---- memory while paging ----------------------------------------------------------------


class _Pages:
    """Pre-rendered answers of a ``total``-item list in pages of ``page`` items."""

    def __init__(self, protocol: str, total: int, page: int = 1000) -> None:
        render = (
            payloads.access_point_info_list_soap
            if protocol == "soap"
            else payloads.access_point_info_list_json
        )
        self.protocol, self.page = protocol, page
        self.bodies = {
            start: render(
                min(page, total - start),
                start=start,
                next_reference=str(start + page) if start + page < total else None,
            )
            for start in range(0, total, page)
        }

    def transport(self) -> Any:
        import httpx
        from lxml import etree

        kind = (
            "application/soap+xml; charset=utf-8"
            if self.protocol == "soap"
            else "application/json"
        )

        def handler(request: httpx.Request) -> httpx.Response:
            if self.protocol == "soap":
                root = etree.fromstring(request.content)
                limit = int(root.findtext(f".//{{{payloads.TAC}}}Limit") or 0)
                start = int(root.findtext(f".//{{{payloads.TAC}}}StartReference") or 0)
            else:
                data = json.loads(request.content)["tac:GetAccessPointInfoList"]
                limit, start = int(data.get("Limit", 0)), int(data.get("StartReference", 0))
            assert limit == self.page, "the iterator must ask for the page size it was given"
            # a fresh copy, as a real transport would allocate: it counts in the peak
            body = bytes(memoryview(self.bodies[start]))
            return httpx.Response(200, headers={"content-type": kind}, content=body)

        return httpx.MockTransport(handler)


def _paging_peak(protocol: Literal["json", "soap"], total: int) -> tuple[int, int, float]:
    """(items seen, peak traced bytes, seconds) iterating ``total`` items in pages of 1,000."""
    import pyvapix

    pages = _Pages(protocol, total)
    with pyvapix.Client(
        "http://192.0.2.1",
        protocol=protocol,
        retries=0,
        transport=pages.transport(),
    ) as client:
        iterator = client.tac.iter_access_point_info_list(limit=1000)
        gc.collect()
        tracemalloc.start()
        started = time.perf_counter()
        seen = 0
        for _ in iterator:
            seen += 1
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seen, peak, elapsed


def memory() -> None:
    print(
        "\n## Memory: iter_access_point_info_list(limit=1000) over httpx.MockTransport "
        "(tracemalloc peak)"
    )
    for protocol in ("soap", "json"):
        _paging_peak(protocol, 2000)  # warm caches (specs, imports) outside the measurement
        small, big = _paging_peak(protocol, 10_000), _paging_peak(protocol, 100_000)
        assert small[0] == 10_000 and big[0] == 100_000
        ratio = big[1] / small[1]
        print(
            f"  {protocol.upper():4}  10 pages: peak {small[1] / 2**20:6.2f} MiB "
            f"({small[2]:.1f} s)   100 pages: peak {big[1] / 2**20:6.2f} MiB "
            f"({big[2]:.1f} s)   ratio {ratio:.2f}"
        )
        at_most(
            f"Paging memory ({protocol.upper()}): 100 pages vs 10 pages",
            ratio,
            1.5,
            f"{big[1] / 2**20:.1f} MiB vs {small[1] / 2**20:.1f} MiB peak",
        )
    print(
        "  (tracemalloc sees Python allocations: models, strings, payloads; not libxml2's "
        "trees, which live for one page)"
    )


# ---- live events ------------------------------------------------------------------------

_DOOR_MODE = "tns1:Door/State/DoorMode"


def events_latency(samples: int = 31) -> None:
    """From a door command's answer to its event reaching the subscription's iterator,
    against the simulator in its own process (its long poll wakes on the event)."""
    import queue
    import threading

    import pyvapix

    if not _simulator_available():
        print("\n## Events latency: skipped (the simulator needs the sim extra)")
        return
    with (
        _simulator() as url,
        pyvapix.Client(url, SIM_USER, SIM_PASSWORD) as commands,
        pyvapix.Client(url, SIM_USER, SIM_PASSWORD) as watcher,
    ):
        token = commands.tdc.get_door_info_list().door_info[0].token
        commands.tdc.lock_door(token=token)
        arrivals: queue.Queue[float] = queue.Queue()
        stop = threading.Event()

        def watch(subscription: Any) -> None:
            while not stop.is_set():
                for item in subscription.pull():
                    if isinstance(item, pyvapix.Event) and item.operation == "Changed":
                        arrivals.put(time.perf_counter())

        with watcher.events.subscribe(_DOOR_MODE, pull_seconds=1) as subscription:
            subscription.pull()  # the doors' state
            thread = threading.Thread(target=watch, args=(subscription,))
            thread.start()
            latencies = []
            try:
                for index in range(samples):
                    command = "tdc:BlockDoor" if index % 2 == 0 else "tdc:LockDoor"
                    commands.call(command, {"Token": token})
                    answered = time.perf_counter()
                    latencies.append(max(0.0, arrivals.get(timeout=10) - answered))
            finally:
                stop.set()
                thread.join()
    median = statistics.median(latencies) * 1e9
    print(f"\n## Events latency: door command answered -> event in the iterator ({samples})")
    print(
        f"  median {fmt_time(median)}   worst {fmt_time(max(latencies) * 1e9)}   "
        f"best {fmt_time(min(latencies) * 1e9)}"
    )
    TARGETS.append(
        Target(
            "Events latency on loopback: door command answered -> event (median)",
            fmt_time(median),
            "≤ 50 ms",
            median <= 50e6,
        )
    )


class _PullPoint:
    """A device that answers every PullMessages with ``batch`` notifications (pre-rendered),
    and Create, Renew and Unsubscribe as a pull point does."""

    def __init__(self, batch: int) -> None:
        self.pull = payloads.pull_messages_soap(batch)
        self.create = (
            f'<e:Envelope xmlns:e="{payloads.SOAP12}"><e:Body>'
            f'<tev:CreatePullPointSubscriptionResponse xmlns:tev="{payloads.TEV}" '
            'xmlns:wsa="http://www.w3.org/2005/08/addressing" '
            f'xmlns:wsnt="{payloads.WSNT}"><tev:SubscriptionReference>'
            "<wsa:Address>http://192.0.2.1/vapix/services</wsa:Address><wsa:ReferenceParameters>"
            '<SubscriptionId xmlns="http://www.axis.com/2009/event">1</SubscriptionId>'
            "</wsa:ReferenceParameters></tev:SubscriptionReference>"
            "<wsnt:CurrentTime>2024-05-01T11:00:00Z</wsnt:CurrentTime>"
            "<wsnt:TerminationTime>2024-05-01T11:10:00Z</wsnt:TerminationTime>"
            "</tev:CreatePullPointSubscriptionResponse></e:Body></e:Envelope>"
        ).encode()
        self.empty = (
            f'<e:Envelope xmlns:e="{payloads.SOAP12}"><e:Body>'
            f'<UnsubscribeResponse xmlns="{payloads.WSNT}"/></e:Body></e:Envelope>'
        ).encode()

    def transport(self) -> Any:
        import httpx

        def handler(request: httpx.Request) -> httpx.Response:
            action = request.headers["content-type"]
            body = (
                self.pull
                if "PullMessages" in action
                else self.create
                if "CreatePullPoint" in action
                else self.empty
            )
            return httpx.Response(
                200,
                headers={"content-type": "application/soap+xml"},
                content=bytes(memoryview(body)),  # a fresh copy, as a real transport makes
            )

        return httpx.MockTransport(handler)


def _events_peak(total: int, batch: int = 1000) -> tuple[int, int]:
    """(events seen, peak traced bytes) taking ``total`` events through one subscription."""
    import pyvapix

    with (
        pyvapix.Client(
            "http://192.0.2.1", transport=_PullPoint(batch).transport(), retries=0
        ) as client,
        client.events.subscribe(_DOOR_MODE, message_limit=batch) as subscription,
    ):
        gc.collect()
        tracemalloc.start()
        seen = 0
        for _ in subscription:
            seen += 1
            if seen == total:
                break
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seen, peak


def events_memory() -> None:
    print("\n## Events memory: one subscription, 1,000 events a pull (tracemalloc peak)")
    _events_peak(2000)  # warm caches outside the measurement
    (small, small_peak), (big, big_peak) = _events_peak(10_000), _events_peak(100_000)
    assert (small, big) == (10_000, 100_000)
    ratio = big_peak / small_peak
    print(
        f"  10,000 events: peak {small_peak / 2**20:.2f} MiB   100,000 events: peak "
        f"{big_peak / 2**20:.2f} MiB   ratio {ratio:.2f}"
    )
    at_most(
        "Events memory: 100,000 events vs 10,000 through one subscription",
        ratio,
        1.5,
        f"{big_peak / 2**20:.1f} MiB vs {small_peak / 2**20:.1f} MiB peak",
    )


# ---- code generation --------------------------------------------------------------------


def codegen(runs: int = 3) -> None:
    times, status = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [PYTHON, "-m", "pyvapix.codegen", "--check"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        times.append(time.perf_counter() - started)
        status = (
            (done.stdout or done.stderr).strip().splitlines()[0]
            if (done.stdout or done.stderr)
            else f"exit {done.returncode}"
        )
    median = statistics.median(times)
    print(f"\n## Code generation: pyvapix generate --check (median of {runs})")
    print(f"  {median:.2f} s  [{', '.join(f'{t:.2f}' for t in times)}]  -> {status}")
    TARGETS.append(
        Target(
            "make generate (pyvapix generate --check)",
            f"{median:.2f} s",
            "< 10 s",
            median < 10,
        )
    )


# ---- profile ----------------------------------------------------------------------------


def profile() -> None:
    import cProfile
    import pstats

    import pyvapix

    soap = payloads.access_point_info_list_soap(10_000)
    doors = payloads.door_info_list_json(1000)
    pyvapix.decode("tac:GetAccessPointInfoList", soap, protocol="soap")
    pyvapix.decode("tdc:GetDoorInfoList", doors, protocol="json")
    credential = payloads.set_credential_request()
    for title, run in (
        (
            "SOAP decode, 10,000 items x 3",
            lambda: [
                pyvapix.decode("tac:GetAccessPointInfoList", soap, protocol="soap")
                for _ in range(3)
            ],
        ),
        (
            "JSON decode, 1,000 doors x 30",
            lambda: [
                pyvapix.decode("tdc:GetDoorInfoList", doors, protocol="json") for _ in range(30)
            ],
        ),
        (
            "SOAP encode, pacsaxis:SetCredential x 3,000",
            lambda: [
                pyvapix.encode("pacsaxis:SetCredential", credential, protocol="soap")
                for _ in range(3000)
            ],
        ),
    ):
        profiler = cProfile.Profile()
        profiler.runcall(run)
        print(f"\n## Profile: {title}")
        stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
        stats.sort_stats("tottime").print_stats(14)


# ---- main -------------------------------------------------------------------------------

SECTIONS: dict[str, Callable[[], None]] = {
    "soap-decode": soap_decode,
    "json-decode": json_decode,
    "soap-encode": soap_encode,
    "events-decode": events_decode,
    "events-latency": events_latency,
    "events-memory": events_memory,
    "startup": startup,
    "loopback": loopback,
    "memory": memory,
    "codegen": codegen,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--only",
        nargs="+",
        choices=sorted(SECTIONS),
        metavar="SECTION",
        help=f"run only these sections ({', '.join(SECTIONS)})",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile pyvapix's SOAP and JSON decoding and SOAP encoding instead",
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.profile:
        profile()
        return 0
    print(f"pyvapix benchmarks: Python {sys.version.split()[0]} on {os.cpu_count()} CPUs")
    started = time.perf_counter()
    for name in args.only or SECTIONS:
        try:
            SECTIONS[name]()
        except Exception as exc:
            traceback.print_exc()
            TARGETS.append(
                Target(f"{name} (did not run)", f"{type(exc).__name__}: {exc}", "-", None)
            )
    print(f"\n## Targets (whole run {time.perf_counter() - started:.0f} s)\n")
    print("| target | measured | limit | result |")
    print("|---|---|---|---|")
    for target in TARGETS:
        print(f"| {target.name} | {target.measured} | {target.limit} | {target.result} |")
    passed = sum(1 for target in TARGETS if target.passed)
    print(f"\nbench: {passed}/{len(TARGETS)} targets pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
