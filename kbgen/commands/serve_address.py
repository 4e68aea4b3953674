"""`kbgen serve -a`'s address as MkDocs' `dev_addr` reads it (`IP:PORT`): the port 8000 when
none is given (`-a '[::1]'`, `-a ::1`, `-a 0.0.0.0`, `-a localhost`), and a clear error naming
what is wrong otherwise, where MkDocs split `[::1]` at its last colon and said
"'[:' does not appear to be an IPv4 or IPv6 address"."""

from __future__ import annotations

import ipaddress

from kbgen.errors import KbError

DEFAULT_PORT = 8000
"""MkDocs' port when `dev_addr` is not set."""
_EXAMPLE = "-a 127.0.0.1:8000, -a '[::1]:8000' (port 0 takes any free port)"


def dev_address(value: str) -> str:
    """`value` as `IP:PORT` (an IPv6 address in brackets), the default port added when it has
    none; KbError when it is no address kbgen serve can listen on."""
    text = value.strip()
    port: str | None
    if text.startswith("["):
        host, closed, rest = text[1:].partition("]")
        if not closed or (rest and not rest.startswith(":")):
            raise _refused(value, "an IPv6 address is written in brackets, the port after them")
        port = rest[1:] if rest else None
        if not _is_ip(host, 6):
            raise _refused(value, f"'{host}' is no IPv6 address")
        shown = f"[{host}]"
    elif text.count(":") >= 2:  # IPv6 without brackets
        before, _, after = text.rpartition(":")
        if not _is_ip(text, 6):
            raise _refused(value, "an IPv6 address with a port is written in brackets")
        if _is_ip(before, 6) and after.isascii() and after.isdigit():  # `::1:8000`; not the
            # IPv4 end of `::ffff:127.0.0.1`, which is no port
            raise _refused(value, f"it reads as the address {text} or as {before} port {after};"
                                  " write an IPv6 address in brackets")
        shown, port = f"[{text}]", None
    else:
        host, colon, given = text.partition(":")
        port = given if colon else None
        if not host:
            raise _refused(value, "no address before the port")
        if host.lower() == "localhost":  # host names ignore case
            host = "localhost"
        elif not _is_ip(host, 4):
            raise _refused(value, f"'{host}' is no IP address (kbgen serve listens on an IP"
                                  " address or on localhost)")
        shown = host
    if port is None:
        return f"{shown}:{DEFAULT_PORT}"
    if not port.isascii() or not port.isdigit() or int(port) > 65535:
        raise _refused(value, f"'{port}' is no port: a port is a number from 0 to 65535"
                       if port else "no port after the colon")
    return f"{shown}:{int(port)}"


def _is_ip(host: str, version: int) -> bool:
    try:
        return ipaddress.ip_address(host).version == version
    except ValueError:
        return False


def _refused(value: str, why: str) -> KbError:
    return KbError(f"kbgen serve -a '{value}': {why}. Give an address such as {_EXAMPLE}.")
