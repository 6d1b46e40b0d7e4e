"""The ``pyvapix`` command: ops, decode, encode, call, download, events, generate, sim.

decode/encode are thin wrappers over pyvapix.decode/encode; call is Client.call. Each verb
imports what it needs when it runs, so ``pyvapix --help`` starts at once.
Exit status: 0 success, 1 a VapixError (message on stderr), 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import VapixError
from .codegen import options

if TYPE_CHECKING:
    from ._client import Client

CREDENTIALS = "the password comes from PYVAPIX_PASSWORD, else a prompt"


class UsageError(Exception):
    """Bad usage or input: printed as one line, exit status 2."""


def _read(path: Path | None) -> bytes:
    if path is None or str(path) == "-":
        return sys.stdin.buffer.read()
    return path.read_bytes()


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def cmd_ops(args: argparse.Namespace) -> int:
    from . import cgi
    from ._catalogue import default_catalogue

    catalogue = default_catalogue()
    known = [*catalogue.services, "cgi"]
    if args.service is not None and args.service not in known:
        raise UsageError(f"no service {args.service!r} (known: {', '.join(sorted(known))})")
    shown = [p for p in known if args.service in (None, p)]
    if args.json:
        names = [n for n in catalogue.operations if n.split(":", 1)[0] in shown]
        if "cgi" in shown:
            names += [op.qualified_name for op in cgi.operations()]
        _print_json(sorted(names))
        return 0
    total = 0
    for prefix in shown:
        if prefix == "cgi":
            cgi_ops = cgi.operations()
            total += len(cgi_ops)
            print(f"{'cgi':<9} {len(cgi_ops):>3} operations  Classic VAPIX CGIs (/axis-cgi/...)")
            if args.service == "cgi" or args.verbose:
                for cgi_op in cgi_ops:
                    flags = ("read" if cgi_op.safe else "write") + f", {cgi_op.role}"
                    flags += ", download" if cgi_op.is_download else ""
                    print(f"    {cgi_op.qualified_name:<45} {flags}")
            continue
        service = catalogue.services[prefix]
        ops = [o for o in catalogue.operations.values() if o.info.prefix == prefix]
        total += len(ops)
        protocols = (
            f"JSON on {service.json_endpoint}, SOAP" if service.json_endpoint else "SOAP only"
        )
        noun = "operation " if len(ops) == 1 else "operations"
        print(f"{prefix:<9} {len(ops):>3} {noun}  {service.title} ({protocols})")
        if args.service is not None or args.verbose:
            for op in ops:
                flags = ("read" if op.info.safe else "write") + (
                    ", pages" if op.info.paging else ""
                )
                flags += ", long poll" if op.info.long_poll else ""
                print(f"    {op.qualified_name:<45} {flags}")
    noun = "service" if len(shown) == 1 else "services"
    print(f"{total} operation{'' if total == 1 else 's'} in {len(shown)} {noun}")
    return 0


def cmd_decode(args: argparse.Namespace) -> int:
    from ._codec.plain import to_plain
    from ._messages import decode

    obj = decode(args.op, _read(args.file), message=args.message, protocol=args.protocol)
    _print_json(to_plain(obj))
    return 0


def cmd_encode(args: argparse.Namespace) -> int:
    from ._messages import encode

    try:
        plain = json.loads(_read(args.file) or b"{}")
    except ValueError as exc:
        raise UsageError(f"input is not JSON: {exc}") from None
    if args.message == "request" and isinstance(plain, dict) and len(plain) == 1:
        ((key, inner),) = plain.items()
        if key.rsplit(":", 1)[-1] == args.op.rsplit(":", 1)[-1]:
            plain = inner  # accept the wrapped JSON request form too
    sys.stdout.buffer.write(encode(args.op, plain, message=args.message, protocol=args.protocol))
    sys.stdout.write("\n")
    return 0


def _arguments(args: argparse.Namespace) -> dict[str, Any]:
    try:
        value = json.loads(args.args) if args.args else {}
    except ValueError as exc:
        raise UsageError(f"arguments are not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise UsageError("arguments must be a JSON object")
    return value


def _password(user: str) -> str:
    """From PYVAPIX_PASSWORD, else asked for on the terminal; never from the command line
    (it would stay in the shell history)."""
    password = os.environ.get("PYVAPIX_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError(f"no password for {user}: set PYVAPIX_PASSWORD (no terminal to ask on)")
    import getpass

    try:
        return getpass.getpass(f"password for {user}: ")
    except EOFError:
        raise UsageError(f"no password for {user}") from None


def _device(args: argparse.Namespace) -> Client:
    from ._client import Client

    return Client(
        args.url,
        args.user,
        _password(args.user) if args.user else None,
        protocol=getattr(args, "protocol", None),
        timeout=args.timeout,
        verify=not args.insecure,
    )


def cmd_call(args: argparse.Namespace) -> int:
    from ._codec.plain import to_plain

    arguments = _arguments(args)
    with _device(args) as client:
        _print_json(to_plain(client.call(args.op, arguments)))
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from .cgi import ProgressBar

    arguments = _arguments(args)
    bar = ProgressBar(label=args.op.split(":", 1)[-1]) if sys.stderr.isatty() else None
    with _device(args) as client:
        try:
            result = client.cgi.download(args.op, args.output, arguments, progress=bar)
        finally:
            if bar is not None:
                bar.close()
    print(f"wrote {result.path or args.output} ({result.size} bytes)")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    """Print the device's events as they come, one JSON object a line, until ``--count``
    changes or ``--seconds`` have passed (or Ctrl-C); the subscription is left on exit."""
    import time

    from ._events import Event

    if (args.count is not None and args.count < 1) or (
        args.seconds is not None and args.seconds <= 0
    ):
        raise UsageError("--count and --seconds must be positive")
    deadline = time.monotonic() + args.seconds if args.seconds else None
    pull_seconds = min(30.0, args.seconds) if args.seconds else 30.0
    printed = 0
    with (
        _device(args) as client,
        client.events.subscribe(
            args.topic or None, local_only=args.local_only, pull_seconds=pull_seconds
        ) as events,
    ):
        while args.count is None or printed < args.count:
            if deadline is not None and time.monotonic() >= deadline:
                break
            for item in events.pull():
                if not isinstance(item, Event):
                    print(f"events: {item!r}; events may have been missed", file=sys.stderr)
                elif item.operation != "Initialized" or args.initial:
                    print(json.dumps(item.plain(), ensure_ascii=False), flush=True)
                    printed += 1
                    if printed == args.count:
                        break
    return 0


def _require(module: str, extra: str, what: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise UsageError(f"{what} needs the {extra} extra: pip install 'pyvapix[{extra}]'")


def cmd_generate(args: argparse.Namespace) -> int:
    for module in ("xsdata", "jinja2", "yaml"):
        _require(module, "codegen", "the generator")
    from .codegen.__main__ import run

    return run(args)


def cmd_sim(args: argparse.Namespace) -> int:
    _require("uvicorn", "sim", "the simulator")
    from .sim import serve

    def announce(url: str) -> None:
        print(
            f"simulated door controller on {url} (user {args.user}, password "
            f"{args.password}); Ctrl-C stops it",
            flush=True,
        )

    serve(
        host=args.host,
        port=args.port,
        username=args.user,
        password=args.password,
        state_file=args.state,
        announce=announce,
    )
    return 0


def _device_arguments(parser: argparse.ArgumentParser, timeout: float) -> None:
    parser.add_argument("url", help="device address, e.g. http://192.168.0.90")
    parser.add_argument("--user", default="root", help=f"user name; {CREDENTIALS}")
    parser.add_argument("--timeout", type=float, default=timeout, help="seconds per attempt")
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="do not verify the TLS certificate (a self-signed device; prefer a pin in code)",
    )


class _Formatter(argparse.HelpFormatter):
    """Help that shows every default there is."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if "%(default)" in text or action.default in (None, False, argparse.SUPPRESS):
            return text
        return f"{text} (default: %(default)s)"


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="pyvapix", description="Axis VAPIX from the command line.", formatter_class=_Formatter
    )
    verbs = top.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(name: str, helptext: str) -> argparse.ArgumentParser:
        return verbs.add_parser(
            name, help=helptext, description=helptext, formatter_class=_Formatter
        )

    ops = verb("ops", "list services and operations")
    ops.add_argument("--json", action="store_true", help='a JSON list of "prefix:Operation"')
    ops.add_argument("--service", help="only this service prefix, with its operations")
    ops.add_argument("-v", "--verbose", action="store_true", help="list every operation")
    ops.set_defaults(run=cmd_ops)

    for name, helptext, run in (
        ("decode", "wire payload in (file or stdin), plain JSON out", cmd_decode),
        ("encode", "plain JSON in (file or stdin), wire payload out", cmd_encode),
    ):
        sub = verb(name, helptext)
        sub.add_argument("op", help='operation, e.g. "tdc:GetDoorState"')
        sub.add_argument("file", nargs="?", type=Path, help="input file; stdin when left out")
        sub.add_argument(
            "--message",
            choices=("request", "response"),
            default="response" if name == "decode" else "request",
            help="which message of the operation",
        )
        sub.add_argument(
            "--protocol", choices=("json", "soap", "cgi"), default="json", help="wire format"
        )
        sub.set_defaults(run=run)

    call = verb("call", "call an operation on a device; plain JSON out")
    _device_arguments(call, timeout=10.0)
    call.add_argument("op", help='operation, e.g. "pacsaxis:GetAccessPointList"')
    call.add_argument("args", nargs="?", help="request arguments as JSON (JSON mapping names)")
    call.add_argument(
        "--protocol",
        choices=("json", "soap", "auto"),
        default=os.environ.get("PYVAPIX_PROTOCOL", "auto"),
        help="JSON, SOAP, or JSON falling back to SOAP (default: %(default)s, from "
        "PYVAPIX_PROTOCOL when set)",
    )
    call.set_defaults(run=cmd_call)

    download = verb("download", "stream a CGI download (server report, log, trace) to a file")
    _device_arguments(download, timeout=60.0)
    download.add_argument("op", help='download operation, e.g. "cgi:server_report"')
    download.add_argument("output", help="file to write, or a directory for the device's name")
    download.add_argument("args", nargs="?", help='arguments as JSON, e.g. \'{"mode": "zip"}\'')
    download.set_defaults(run=cmd_download)

    events = verb("events", "print a device's events as they happen, one JSON object a line")
    _device_arguments(events, timeout=10.0)
    events.add_argument(
        "--topic",
        action="append",
        help='a topic expression, e.g. "tns1:Door//."; repeat for more (default: every topic)',
    )
    events.add_argument(
        "--local-only",
        action="store_true",
        help="only this controller's events, not its cluster's",
    )
    events.add_argument("--count", type=int, help="stop after this many events")
    events.add_argument("--seconds", type=float, help="stop after this many seconds")
    events.add_argument(
        "--initial",
        action="store_true",
        help="also print the current state of property topics (Initialized) first",
    )
    events.set_defaults(run=cmd_events)

    generate = verb("generate", "regenerate clients from specs")
    options.add_arguments(generate)
    generate.set_defaults(run=cmd_generate)

    sim = verb("sim", "run the door-controller simulator")
    sim.add_argument("--host", default="127.0.0.1", help="address to listen on")
    sim.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    sim.add_argument("--user", default="root", help="the administrator's user name")
    sim.add_argument("--password", default="pass", help="the administrator's password")
    sim.add_argument("--state", type=Path, help="keep the configuration in this JSON file")
    sim.set_defaults(run=cmd_sim)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except VapixError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (UsageError, OSError, ValueError) as exc:
        if isinstance(exc, BrokenPipeError):
            return _closed_pipe()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _closed_pipe() -> int:
    """The reader went away (``pyvapix ops --json | head``): stop quietly. stdout is pointed
    at devnull so the interpreter's final flush does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
