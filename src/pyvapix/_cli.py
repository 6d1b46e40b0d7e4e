"""The ``pyvapix`` command: ops, decode, encode, call, generate, sim.

decode/encode are thin wrappers over pyvapix.decode/encode; call is Client.call.
Exit status: 0 success, 1 a VapixError (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _codec as codec
from . import cgi
from ._catalogue import default_catalogue
from ._client import Client
from ._errors import VapixError
from .codegen import options


def _read(path: Path | None) -> bytes:
    if path is None or str(path) == "-":
        return sys.stdin.buffer.read()
    return path.read_bytes()


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def cmd_ops(args: argparse.Namespace) -> int:
    catalogue = default_catalogue()
    names = [
        name
        for name in catalogue.operations
        if args.service is None or name.split(":", 1)[0] == args.service
    ]
    if args.json:
        if args.service in (None, "cgi"):
            names += [op.qualified_name for op in cgi.operations()]
        _print_json(sorted(names))
        return 0
    for prefix, service in catalogue.services.items():
        if args.service is not None and prefix != args.service:
            continue
        ops = [o for o in catalogue.operations.values() if o.info.prefix == prefix]
        endpoint = service.json_endpoint or "SOAP only"
        noun = "operation " if len(ops) == 1 else "operations"
        print(f"{prefix:<9} {len(ops):>3} {noun}  {service.title} ({endpoint})")
        if args.service is not None or args.verbose:
            for op in ops:
                flags = ("read" if op.info.safe else "write") + (
                    ", pages" if op.info.paging else ""
                )
                flags += ", long poll" if op.info.long_poll else ""
                print(f"    {op.qualified_name:<45} {flags}")
    total, services = len(names), len(catalogue.services)
    if args.service in (None, "cgi"):
        cgi_ops = cgi.operations()
        total, services = total + len(cgi_ops), services + 1
        print(f"{'cgi':<9} {len(cgi_ops):>3} operations  Classic VAPIX CGIs (/axis-cgi/...)")
        if args.service == "cgi" or args.verbose:
            for cgi_op in cgi_ops:
                flags = ("read" if cgi_op.safe else "write") + f", {cgi_op.role}"
                flags += ", download" if cgi_op.is_download else ""
                print(f"    {cgi_op.qualified_name:<45} {flags}")
    print(f"{total} operations in {services} services")
    return 0


def cmd_decode(args: argparse.Namespace) -> int:
    obj = codec.decode(args.op, _read(args.file), message=args.message, protocol=args.protocol)
    _print_json(codec.to_plain(obj))
    return 0


def cmd_encode(args: argparse.Namespace) -> int:
    try:
        plain = json.loads(_read(args.file) or b"{}")
    except ValueError as exc:
        print(f"error: input is not JSON: {exc}", file=sys.stderr)
        return 2
    if args.message == "request" and isinstance(plain, dict) and len(plain) == 1:
        ((key, inner),) = plain.items()
        if key.rsplit(":", 1)[-1] == args.op.rsplit(":", 1)[-1]:
            plain = inner  # accept the wrapped JSON request form too
    sys.stdout.buffer.write(
        codec.encode(args.op, plain, message=args.message, protocol=args.protocol)
    )
    sys.stdout.write("\n")
    return 0


def _arguments(args: argparse.Namespace) -> dict[str, Any]:
    try:
        value = json.loads(args.args) if args.args else {}
    except ValueError as exc:
        raise ValueError(f"arguments are not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise ValueError("arguments must be a JSON object")
    return value


def _device(args: argparse.Namespace) -> Client:
    """The client a call/download command asks for; the password from PYVAPIX_PASSWORD or
    a prompt, never from the command line (it would stay in the shell history)."""
    password = os.environ.get("PYVAPIX_PASSWORD")
    if password is None and args.user:
        password = getpass.getpass(f"password for {args.user}: ")
    return Client(
        args.url,
        args.user,
        password,
        protocol=getattr(args, "protocol", None),
        timeout=args.timeout,
        verify=not args.insecure,
    )


def cmd_call(args: argparse.Namespace) -> int:
    arguments = _arguments(args)
    with _device(args) as client:
        _print_json(codec.to_plain(client.call(args.op, arguments)))
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    arguments = _arguments(args)
    bar = cgi.ProgressBar(label=args.op.split(":", 1)[-1])
    with _device(args) as client:
        try:
            result = client.cgi.download(args.op, args.output, arguments, progress=bar)
        finally:
            bar.close()
    print(f"wrote {result.path or args.output} ({result.size} bytes)")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    try:
        from .codegen.__main__ import run
    except ImportError as exc:
        print(
            f"error: the generator needs the codegen extra (pip install 'pyvapix[codegen]'): "
            f"{exc}",
            file=sys.stderr,
        )
        return 2
    return run(args)


def cmd_sim(args: argparse.Namespace) -> int:
    try:
        from .sim import serve
    except ImportError as exc:
        print(
            f"error: the simulator needs the sim extra (pip install 'pyvapix[sim]'): {exc}",
            file=sys.stderr,
        )
        return 2
    serve(
        host=args.host,
        port=args.port,
        username=args.user,
        password=args.password,
        state_file=args.state,
    )
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="pyvapix", description="Axis VAPIX from the command line.")
    verbs = top.add_subparsers(dest="verb", required=True)

    ops = verbs.add_parser("ops", help="list services and operations")
    ops.add_argument("--json", action="store_true", help='a JSON list of "prefix:Operation"')
    ops.add_argument("--service", help="only this service prefix (lists its operations)")
    ops.add_argument("-v", "--verbose", action="store_true", help="list every operation")
    ops.set_defaults(run=cmd_ops)

    for name, helptext, run in (
        ("decode", "wire payload in (file or stdin), plain JSON out", cmd_decode),
        ("encode", "plain JSON in (file or stdin), wire payload out", cmd_encode),
    ):
        sub = verbs.add_parser(name, help=helptext)
        sub.add_argument("op", help='operation, e.g. "tdc:GetDoorState"')
        sub.add_argument("file", nargs="?", type=Path, help="input file (default: stdin)")
        sub.add_argument(
            "--message",
            choices=("request", "response"),
            default="response" if name == "decode" else "request",
        )
        sub.add_argument("--protocol", choices=("json", "soap", "cgi"), default="json")
        sub.set_defaults(run=run)

    call = verbs.add_parser("call", help="call an operation on a device; plain JSON out")
    call.add_argument("url", help="device address, e.g. http://192.168.0.90")
    call.add_argument("op", help='operation, e.g. "pacsaxis:GetAccessPointList"')
    call.add_argument("args", nargs="?", help="request arguments as JSON (JSON mapping names)")
    call.add_argument("--protocol", choices=("json", "soap", "auto"), default=None)
    call.add_argument(
        "--user", default="root", help="user name (password from PYVAPIX_PASSWORD or a prompt)"
    )
    call.add_argument("--timeout", type=float, default=10.0)
    call.add_argument(
        "--insecure",
        action="store_true",
        help="do not verify the TLS certificate (self-signed devices)",
    )
    call.set_defaults(run=cmd_call)

    download = verbs.add_parser(
        "download", help="stream a CGI download (server report, log, trace) to a file"
    )
    download.add_argument("url", help="device address, e.g. http://192.168.0.90")
    download.add_argument("op", help='download operation, e.g. "cgi:server_report"')
    download.add_argument("output", help="file to write, or a directory for the device's name")
    download.add_argument("args", nargs="?", help='arguments as JSON, e.g. \'{"mode": "zip"}\'')
    download.add_argument(
        "--user", default="root", help="user name (password from PYVAPIX_PASSWORD or a prompt)"
    )
    download.add_argument("--timeout", type=float, default=60.0)
    download.add_argument(
        "--insecure",
        action="store_true",
        help="do not verify the TLS certificate (self-signed devices)",
    )
    download.set_defaults(run=cmd_download)

    generate = verbs.add_parser("generate", help="regenerate clients from specs")
    options.add_arguments(generate)
    generate.set_defaults(run=cmd_generate)

    sim = verbs.add_parser("sim", help="run the door-controller simulator")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=int, default=8080)
    sim.add_argument("--user", default="root")
    sim.add_argument("--password", default="pass")
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
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
