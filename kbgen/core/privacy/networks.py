"""Internal IP addresses, numeric hosts and internal host names, and the names and image tags
the text itself shows are the site's own."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import examples, nearby, surroundings
from kbgen.core.privacy import own_names
from kbgen.core.privacy.context import _Context, _Hit, _mask
from kbgen.core.privacy.emails import _domain_allowed
from kbgen.core.privacy.model import INTERNAL_HOST, INTERNAL_IP, TOKEN, Allowed

INTERNAL_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",
        "fc00::/7", "fe80::/10", "::1/128",
    )
)
"""Private, loopback and link-local networks; documentation ranges are not among them."""

INTERNAL_SUFFIXES = ("internal", "local", "lan", "corp", "intranet", "localdomain", "home.arpa",
                     "fritz.box", "speedport.ip")
"""Top-level names used only inside networks (`home.arpa`: RFC 8375's home networks, leak39;
the names home routers give their network's devices, leak46: AVM's FRITZ!Box `nas.fritz.box`,
Deutsche Telekom's Speedport `laptop.speedport.ip`)."""
_SUFFIXES = "|".join(map(re.escape, INTERNAL_SUFFIXES))
"""INTERNAL_SUFFIXES as alternatives of a regular expression (`home.arpa` before `home`)."""

_IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")

_IPV6_RE = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")

_VERSION_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:version|firmware|fw|build|release|ver\.?|v)\s*[:#]?\s*|\bv)$"
)

_HOST_RE = re.compile(
    r"(?i)(?<![\w.@-])(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    rf"(?:{_SUFFIXES})|localhost)(?![\w-]|\.[a-z0-9])"
)


def _internal_ips(line: str, context: _Context) -> Iterator[_Hit]:
    """Private, loopback and link-local IPv4/IPv6 addresses (not version numbers)."""
    about_dns: bool | None = None  # read once a line, not once an address (was quadratic)
    for regex in (_IPV4_RE, _IPV6_RE):
        for match in regex.finditer(line):
            if _VERSION_BEFORE_RE.search(nearby.before(line, match.start())) \
                    or _network_bound(line, match):
                continue
            if match.group().endswith("::") and not match.group().startswith("::"):
                continue  # a network's prefix (`fd08:4711::`), not a host
            if about_dns is None and match.group().lower() in CLUSTER_DNS:
                about_dns = bool(_DNS_CONTEXT.search(line))
            if reason := _well_known_address(match.group().lower(), bool(about_dns)):
                yield _Hit(match.start(), match.end(), INTERNAL_IP, _mask_ip(match.group()),
                           allowed=True, reason=reason)
                continue
            address = _ip_address(match.group())
            if address is None:
                continue
            if any(address in net for net in INTERNAL_NETWORKS):
                allowed = any(address in net for net in context.allowed.networks)
                yield _Hit(match.start(), match.end(), INTERNAL_IP, _mask_ip(match.group()),
                           allowed=allowed, reason=ALLOWED_NETWORK if allowed else "")


def _ip_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address `text` writes, however: zero-padded (`192.168.001.010`, which
    `ipaddress` refuses), or an IPv4 address inside an IPv6 one (`::ffff:c0a8:10a`, 6to4)."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        parts = text.split(".")
        if len(parts) != 4 or not all(part.isdigit() and int(part) <= 255 for part in parts):
            return None
        return ipaddress.IPv4Address(".".join(str(int(part)) for part in parts))
    if isinstance(address, ipaddress.IPv6Address):
        return address.ipv4_mapped or address.sixtofour or address
    return address


_NUMERIC_HOST = re.compile(r"(?i)(?:://|\\\\|//)(?:[^/\s@?#]{0,200}@)?"
                           r"((?:0x[0-9a-f]{1,8}|\d{1,10})(?:\.(?:0x[0-9a-f]{1,8}|\d{1,10})){0,3})"
                           r"\.?(?=[:/?#\]\s\\)>\"'`]|$)")
"""A URL's host written as numbers a browser reads as an IPv4 address: one integer
(`http://3232235521/`), hex (`0xC0A80001`, `0xc0.0xa8.0.1`), octal (`0300.0250.0.1`) or fewer
than four parts (`10.1`, `192.168.257`)."""


def _numeric_host(text: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a browser makes of a host of numbers (the WHATWG URL standard's IPv4
    parser: each part decimal, `0x` hex or `0` octal; the last part fills the rest)."""
    numbers = []
    for part in text.split("."):
        try:
            if part[:2].lower() == "0x":
                numbers.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part.startswith("0"):
                numbers.append(int(part, 8))
            else:
                numbers.append(int(part))
        except ValueError:
            return None
    *head, last = numbers
    if any(number > 255 for number in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last + sum(number << (8 * (3 - place)) for place, number in enumerate(head))
    return ipaddress.IPv4Address(value)


def _numeric_hosts(line: str, context: _Context) -> Iterator[_Hit]:
    """Private and loopback addresses a URL gives as numbers a reader does not see as an
    address (`http://0xC0A80001/`, `http://3232235521/`, `http://0300.0250.0.1/`)."""
    for match in _NUMERIC_HOST.finditer(line):
        address = _numeric_host(match.group(1))
        if address is None or not any(address in net for net in INTERNAL_NETWORKS):
            continue
        allowed = any(address in net for net in context.allowed.networks)
        yield _Hit(match.start(1), match.end(1), INTERNAL_IP, _mask(match.group(1)),
                   allowed=allowed, reason=ALLOWED_NETWORK if allowed else "")


ALLOWED_NETWORK = "in a network the site documents for its customers (allow_networks)"
"""Why an address in `Allowed.networks` is accepted, for reviewers."""

WELL_KNOWN_ADDRESSES = {
    "169.254.169.254": "a cloud's metadata service, the same address on every instance",
    "fd00:ec2::254": "a cloud's metadata service, the same address on every instance",
    "169.254.170.2": "a container platform's credentials endpoint, the same everywhere",
    **dict.fromkeys(("10.96.0.10", "172.30.0.10", "10.0.0.10", "10.100.0.10", "172.20.0.10"),
                    "a Kubernetes platform's default cluster DNS service address (kubeadm,"
                    " OpenShift, AKS, EKS), the same on every default installation"),
}
"""Addresses that every installation of a platform answers alike (AWS, OpenStack, Azure,
Google and others serve instance metadata at 169.254.169.254; a default Kubernetes cluster's
DNS service is at the tenth address of its default service network, 10.96.0.10 with kubeadm,
172.30.0.10 on OpenShift): documentation, like `metadata.google.internal` among the host
names. A fixed address names no one's network."""

CLUSTER_DNS = frozenset({"10.96.0.10", "172.30.0.10", "10.0.0.10", "10.100.0.10",
                         "172.20.0.10"})

_DNS_CONTEXT = re.compile(r"(?i)dns|name ?server|^\s*server:|nslookup|\bdig\b|resolv|kube"
                          r"|cluster|\b(?:oc|k8s|eks|aks|openshift)\b|[#:]53\b")
"""A line about name resolution: where a default cluster DNS address is one."""


def _well_known_address(address: str, about_dns: bool) -> str | None:
    """Why `address` is the same on every installation, or None. A default cluster DNS
    address (`10.0.0.10`, common on any network) is one only on a line `about_dns` or a
    cluster (`Server: 172.30.0.10`, `nameserver 10.96.0.10`: _DNS_CONTEXT); `the payroll
    database is at 10.0.0.10` is someone's."""
    if address in CLUSTER_DNS and not about_dns:
        return None
    return WELL_KNOWN_ADDRESSES.get(address)


_IP_TEXT = r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"

_RANGE_SIGN = r"[`*_]*\s*(?:[–—-]|\bto\b)\s*[`*_]*"

_NETWORK_AFTER = re.compile(rf"/\d{{1,3}}(?![\w/]|\.\w)|{_RANGE_SIGN}{_IP_TEXT}(?![\w:]|\.\w)")

_NETWORK_BEFORE = re.compile(rf"(?<![\w.:]){_IP_TEXT}{_RANGE_SIGN}$")

_POOL_END = re.compile(rf",\s*end=({_IP_TEXT})(?![\w:]|\.\w)")

_POOL_START = re.compile(rf"(?<![\w.:])start=({_IP_TEXT}),\s*end=$")
"""The bounds of an address pool (`--allocation-pool start=192.168.0.10,end=192.168.0.30`)."""


def _network_bound(line: str, match: re.Match[str]) -> bool:
    """An address that writes a network, not a host: `10.0.0.0/8`, or either end of a range
    (`169.254.0.0–169.254.255.255`, `192.168.1.100 to 192.168.1.200`); never a URL's host."""
    if line.endswith(("://", "@"), 0, match.start()):
        return False
    before = nearby.before(line, match.start())
    pool = (_POOL_END.match(line, match.end()) if before.endswith("start=") else None
            ) or _POOL_START.search(before)
    after = _NETWORK_AFTER.match(line, match.end())
    if after and after.group().startswith("/") and _host_with_prefix(match.group(),
                                                                     after.group()):
        after = None  # `10.20.30.40/24`: a host's address with its netmask, as `ip addr` shows
    return bool(after or _NETWORK_BEFORE.search(before)
                or pool and pool.group(1) != match.group())  # one host is no pool


def _host_with_prefix(address: str, prefix: str) -> bool:
    """`address` and its `/prefix` write one host on its network (`10.20.30.40/24`, host bits
    set, or a `/32`), not a network (`10.0.0.0/8`, host bits zero) nor one written loosely,
    its host part cut at a zero (`10.1.0.0/8`, `fd00:1::/8`): no host ends in `.0` or `::`."""
    if address.endswith((".0", "::")):
        return False
    try:
        interface = ipaddress.ip_interface(address + prefix)
    except ValueError:
        return False
    return (interface.ip != interface.network.network_address
            or interface.network.prefixlen == interface.max_prefixlen)


def _mask_ip(text: str) -> str:
    """`10.*.*.*`, `fd12:****::*`: the first group only."""
    first = re.match(r"[0-9A-Fa-f]*", text)
    return _mask(text, keep_start=len(first.group()) if first else 0)


_IPV4_HINT = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")

_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{0,4}:")
"""An IPv4 address or two colons of an IPv6 one (separate regexes: each starts with a literal,
which re finds quickly; a regex starting with \\d or an alternation tries every position)."""

_HOST_HINT = re.compile(rf"localhost|\.(?:{_SUFFIXES})", re.I)

_HOST_WORDS = ("localhost", *(f".{suffix}" for suffix in INTERNAL_SUFFIXES))
"""What _HOST_HINT matches, as words to find in a folded text (see _fold)."""


def _internal_hosts(line: str, context: _Context) -> Iterator[_Hit]:
    """Host names under internal-only suffixes (`db01.corp`, `nas.local`) and `localhost`."""
    if not _HOST_HINT.search(line):
        return
    for match in _HOST_RE.finditer(line):
        host = match.group()
        if line.endswith("/", 0, match.start()) and not line.endswith("//", 0, match.start()):
            continue  # a file in a path (`/etc/cvmfs/default.local`), not a host
        head, _, suffix = host.rpartition(".")
        excerpt = f"{head[0]}***.{suffix}" if head else _mask(host, keep_start=1)
        if _domain_allowed(host, context.allowed) or _well_known_host(host):
            yield _Hit(match.start(), match.end(), INTERNAL_HOST, excerpt, allowed=True,
                       reason=own_names.REASON if own_names.own_name(host, context.allowed)
                       else "")
            continue
        reason = examples.placeholder_host(host) or ""
        yield _Hit(match.start(), match.end(), INTERNAL_HOST, excerpt, allowed=bool(reason),
                   reason=reason)


OWN_IMAGE_TAG = "a container image's tag in the site's own registry (an allowed domain)"

_IMAGE_BEFORE = re.compile(r"(?<![\w.-])([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10})"
                           r"(?::\d{1,5})?/[\w./-]{1,200}:$")
"""`registry.fly.io/my-app-name:` right before a tag: the registry's host, a path and `:`."""

_IMAGE_TAG = re.compile(r"(?:deployment|deploy|build|release|image|commit|snapshot|nightly"
                        r"|version)-[0-9A-Z]{6,40}")
"""A tag made of a word naming a build and an upper-case id
(`deployment-01H9RK9EYO9PGNBYAKGXSHV0PH`); `key-…`, `totp-…` name what a secret is for."""


def _not_own_image_tags(found: list[tuple[int, str, _Hit]], context: _Context
                        ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but tokens that are the tag of a container image in the site's own registry
    (`registry.fly.io/my-app:deployment-01H9RK…`, with fly.io allowed): the name of a build,
    which only the registry's own users can pull. A tag in another registry, or of another
    shape than a word and an upper-case id, is still a finding."""
    for index, line, hit in found:
        value = line[hit.start:hit.end]
        registry = _IMAGE_BEFORE.search(line, max(0, hit.start - 300), hit.start) \
            if hit.kind == TOKEN and not hit.vendor and _IMAGE_TAG.fullmatch(value) else None
        if registry and _domain_allowed(registry.group(1), context.allowed, organisations=False
                                        ) and not surroundings.names_secret(line):
            context.accept(index, hit, OWN_IMAGE_TAG)
        else:
            yield index, line, hit


MAPPED_HOST = ("a name the text maps to an address in the site's own network (a hosts file"
               " line, allow_networks)")

_HOSTS_LINE = re.compile(r"[ \t]*([0-9A-Fa-f:.]{7,45})[ \t]+([\w.-]{1,253}(?:[ \t]+[\w.-]{1,253})*)"
                         r"[ \t]*")
"""A hosts file's line: an address, then the names it answers to."""

MAX_HOSTS_LINE = 300

MAX_MAPPED_DOTS = 1

_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""Dotted names, taken out of a line before its words are read (`app.internal` says no
`internal`)."""
"""A platform's name for a tutorial's machine is a name and a suffix (`minio1.local`); a
company's host carries its domain (`payroll.acme.corp`) and is never mapped away."""


def _unmapped_hosts(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                    ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but internal host names that the text maps, in a hosts file's line, to an
    address in the site's own network (`fdaa:3:7c6d::2  minio1.local` on Fly.io, whose
    customers' machines all live in fdaa::/16): the platform's names for the tutorial's
    machines, accepted wherever the text uses them. An address outside that network (a
    company's `10.1.2.3  payroll.corp`) maps nothing."""
    hosts = [(index, line, hit) for index, line, hit in found if hit.kind == INTERNAL_HOST]
    mapped = _mapped_names(lines, context.allowed) if hosts and context.allowed.networks \
        else frozenset()
    for index, line, hit in found:
        if (hit.kind == INTERNAL_HOST and line[hit.start:hit.end].lower() in mapped
                and not surroundings.names_whose(_DOTTED.sub(" ", line))):
            context.accept(index, hit, MAPPED_HOST)
        else:
            yield index, line, hit


def _mapped_names(lines: list[str], allowed: Allowed) -> frozenset[str]:
    """The names hosts-file lines of `lines` give to addresses in `allowed.networks`."""
    names: set[str] = set()
    for line in lines:
        match = _HOSTS_LINE.fullmatch(line) if len(line) <= MAX_HOSTS_LINE else None
        address = _ip_address(match.group(1)) if match else None
        if match and address and any(address in net for net in allowed.networks
                                     if net.version == address.version):
            names.update(name.lower() for name in match.group(2).split()
                         if name.count(".") <= MAX_MAPPED_DOTS)
    return frozenset(names)


WELL_KNOWN_HOSTS = ("svc.cluster.local", "cluster.local", "host.docker.internal",
                    "gateway.docker.internal", "host.containers.internal",
                    "metadata.google.internal", "localhost.localdomain")
"""Internal names that are the same on every installation of the software that answers them
(a Kubernetes service's `<name>.<namespace>.svc.cluster.local`, Docker's
`host.docker.internal`, a cloud's metadata server): documentation, not the company's network."""


def _well_known_host(host: str) -> bool:
    host = host.lower()
    return any(host == name or host.endswith("." + name) for name in WELL_KNOWN_HOSTS)
