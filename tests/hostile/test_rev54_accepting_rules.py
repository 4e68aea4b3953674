"""A hostile review of the last session's accepting rules (issue 19, rev54): a real customer's
internal domain, list of passwords or case dressed in the shape each rule accepts stays a
finding on its line. `product_local_names` and `product_defaults`: the product's `.local` name
as a company's domain in another language, typed in a domain box a paragraph under Active
Directory, in a front-matter key, as an SMB or NFS share, in a Windows login, with a login
given to ssh.
`secret_lists`: a list of passwords ending in a comma or a semicolon (read as code), or with a
generic type commented after it. `told_cases`: a demonstration's value still in use, pasted
today, a family's or a spelt-out titled person's (`la signora Bianchi`, `Madame Dubois`), real
in Italian, in the six languages, through every rule that asks it. `local_pages`: a page on a
laptop an accented possessive names. `name_affixes`: a password named for its environment or a
form's confirmation. Every row `(rev54)` of bench/gatecorpus/hostile.yml is caught; the
documentation shapes the rules were written for still pass; each rule's long line or long
paragraph is judged in linear work."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import pytest
import yaml

from kbgen.core import default_networks, examples, names, surroundings, url_parts
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, called_examples, scan
from tests.core.test_gate_fp52 import APP_PASSWORD, NCPASSWORD
from tests.core.test_gate_fs53_product_local_names import MESHTASTIC, NETBOX
from tests.hostile.test_long_lines import GATE_MODULES, GROWTH
from tests.work import calls_made, characters_scanned

ROWS = Path(__file__).parents[2] / "bench/gatecorpus/hostile.yml"
PASSWORD, TOKEN, HOST, ADDRESS = ("password or secret", "API key or token", "internal hostname",
                                  "internal IP address")
ACME = Allowed(domains=frozenset({"acme.com"}))

LEAKS: dict[str, tuple[str, str, int, Allowed]] = {
    # product_local_names (taken out by fixlocal67; its rows stay)
    "a company's domain in German": (
        "Tragen Sie als Domäne der Firma `acme.local` ein.", HOST, 1, ACME),
    "a domain box a paragraph under Active Directory": (
        "## Signing in\n\nEvery laptop joins the company's Active Directory.\n\nType"
        " `acme.local` in the box.", HOST, 5, ACME),
    "an AD domain in a front-matter key": (
        "---\ntitle: VPN\nad_domain: acme.local\n---\n\nConnect first.", HOST, 3, ACME),
    "an SMB share": ("Map smb://acme.local/payroll before you export.", HOST, 1, ACME),
    "an NFS export": ("mount -t nfs acme.local:/export/hr /mnt/hr", HOST, 1, ACME),
    "a Windows login": ("Sign in as `acme.local\\jdoe`.", HOST, 1, ACME),
    "a login given to ssh": ("Run `ssh -l jdoe acme.local`.", HOST, 1, ACME),
    # product_defaults (its `.local` refusals folded with product_local_names')
    "the product's default zone as a company's domain": (
        "# [linuxserver/kasm](https://github.com/linuxserver/docker-kasm)\n\nBy default, every"
        " laptop joins the domain kasm.local.", HOST, 3, Allowed()),
    "the product's default zone as a share": (
        "# [linuxserver/kasm](https://github.com/linuxserver/docker-kasm)\n\nBy default, the"
        " share is smb://kasm.local/payroll", HOST, 3, Allowed()),
    # secret_lists
    "a list of passwords ending in a comma": (
        "DB_PASSWORDS=Kq8vTz2mWx9p,Zr7pLm3Qx8Wd,", PASSWORD, 1, Allowed()),
    "a list of passwords ending in a semicolon": (
        "passwords = Sunflower2024!, Hunter2Spring;", PASSWORD, 1, Allowed()),
    "a list with a generic type commented after it": (
        "DB_PASSWORDS=Sunflower2024!,Hunter2Spring, // Map<K, V>", PASSWORD, 1, Allowed()),
    # told_cases, through called_examples, supposed_blocks, default_rows, published_code_links
    "an example's password that still works, in German": (
        "In diesem Beispiel ist das Passwort: `Kq8vTz2mWx9p` (funktioniert noch).", PASSWORD, 1,
        Allowed()),
    "an example's password still working, in Spanish": (
        "En este ejemplo la contraseña es: `Kq8vTz2mWx9p` (sigue funcionando).", PASSWORD, 1,
        Allowed()),
    "an example's password pasted today": (
        "In this example the app password is: `Kq8vTz2mWx9p`; Jane pasted it in the chat"
        " today.", PASSWORD, 1, Allowed()),
    "an example's password a signora uses": (
        "In questo esempio la password dell'app è: `Kq8vTz2mWx9p`, quella che usa la signora"
        " Bianchi.", PASSWORD, 1, Allowed()),
    "an example's password of a family's server": (
        "En este ejemplo la contraseña es: `Kq8vTz2mWx9p`, la del servidor de la familia López.",
        PASSWORD, 1, Allowed()),
    "an example's password said to be real, in Italian": (
        "In questo esempio la password è: `Kq8vTz2mWx9p` (è quella reale).", PASSWORD, 1,
        Allowed()),
    "a supposition about a family's router": (
        "Suppose we take the router of the Weber family:\n\n```json\n{\"gateway\":"
        " \"192.168.77.3\"}\n```", ADDRESS, 4, Allowed()),
    "a default row a family uses": (
        "| Parameter | Function |\n| :----: | --- |\n| `INTERNAL_SUBNET=10.13.13.0` | By default;"
        " Familie Weber uses it. |", ADDRESS, 3, Allowed()),
    "a gist on a line naming a señora": (
        "- notas de la señora López"
        " <https://gist.github.com/lizthegrey/9c21673f33186a9cc775464afbdce820>", TOKEN, 1,
        Allowed()),
    # local_pages
    "a local page on a laptop an accented possessive names": (
        "Enable the dashboard.\n\nOn José's laptop, open http://localhost:8080/dashboard/ and"
        " export the payroll.", HOST, 3, Allowed()),
    # name_affixes
    "a password named for staging": ("DB_PASSWORD_STAGING=Sunflower2024!", PASSWORD, 1,
                                     Allowed()),
    "a password's confirmation field": ("ADMIN_PASSWORD_CONFIRM=Sunflower2024!", PASSWORD, 1,
                                        Allowed()),
    "a new password named in Italian": ("PASSWORD_NUOVA=Sunflower2024!", PASSWORD, 1, Allowed()),
}


def _errors(text: str, allowed: Allowed) -> set[tuple[int, str]]:
    return {(finding.line, finding.kind) for finding in scan(text, allowed)
            if not finding.advisory}


@pytest.mark.parametrize(("text", "kind", "line", "allowed"), list(LEAKS.values()),
                         ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_found_on_its_line(text: str, kind: str, line: int,
                                                              allowed: Allowed) -> None:
    assert (line, kind) in _errors(text, allowed)


def test_every_rev54_row_of_the_hostile_set_is_caught() -> None:
    rows = [row for row in yaml.safe_load(ROWS.read_text(encoding="utf-8"))
            if row["id"].endswith("(rev54)")]
    missed = [row["id"] for row in rows
              if row["kind"] not in {kind for _, kind in _errors(
                  row["text"], Allowed(domains=frozenset(row.get("allow_domains", ()))))}]
    assert len(rows) >= 40 and missed == []


@pytest.mark.parametrize(("text", "domain"), [
    (MESHTASTIC, "meshtastic.org"), (NETBOX, "netbox.dev")])
def test_the_products_own_local_name_passes_where_the_site_lists_it(text: str,
                                                                    domain: str) -> None:
    name = domain.split(".")[0]
    assert scan(text, Allowed(domains=frozenset({domain, f"{name}.local"}))) == []


@pytest.mark.parametrize("text", [
    "type ApplicationPasswords = BTreeMap<Uuid, ApplicationPassword>;",  # Kanidm's
    "private_keys = new HashMap<String, PrivateKey>;",
    "    ssh_keys: Vec<SCIMSshKey>, // TODO: Use correct type",  # Kanidm's
])
def test_a_generic_types_arguments_are_still_code(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text", [NCPASSWORD, APP_PASSWORD], ids=["bracket", "in this example"])
def test_the_walkthroughs_values_still_pass(text: str) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert called_examples.REASON in {a.reason for a in explained}


def _article(text: str) -> str:
    return f"---\ntitle: T\n---\n\n{text}\n"


SLOW_SHAPES: dict[str, Callable[[int], str]] = {
    ".local names on a line": lambda n: _article(
        "Open " + " ".join(f"http://acme.local/p{i}" for i in range(n))),
    ".local names a line under a long paragraph": lambda n: _article(
        "Radios " * n + "\n\n" + "\n".join(f"acme.local/page{i}" for i in range(n))),
    "lists of passwords ending in a comma on a line": lambda n: _article(" ".join(
        f"PASSWORDS_{i}=Kq8v{i:05d}x,Zr7p{i:05d}y," for i in range(n))),
    "generic types on a line": lambda n: _article(" ".join(
        f"passwords_{i} = Map<K{i}, V{i}>;" for i in range(n))),
    "demonstrations still working on a line": lambda n: _article(" ".join(
        f"In diesem Beispiel ist das Passwort: `Kq8vTz2m{i:05d}x` (funktioniert noch)."
        for i in range(n))),
    "local pages on a line naming a person": lambda n: _article(
        "Enable the dashboard.\n\nOn José's laptop, open " + " ".join(
            f"http://localhost:{8000 + i}/dashboard/" for i in range(n))),
    "passwords named for staging on a line": lambda n: _article(" ".join(
        f"app_{i}_password_staging=Hunter{i:05d}Spring!" for i in range(n))),
}
SMALL, LARGE = 120, 480


def _work(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """Characters the gate's patterns were handed, and calls made, scanning `text` on a site
    whose own domain is acme.com (so product_local_names reads it)."""
    with ExitStack() as stack:
        counts = [stack.enter_context(characters_scanned(monkeypatch, module))
                  for module in (*GATE_MODULES, surroundings, names, url_parts, examples,
                                 default_networks)]
        calls = calls_made(lambda: scan(text, ACME))
    return sum(count.total for count in counts), calls


@pytest.mark.parametrize("shape", list(SLOW_SHAPES.values()), ids=list(SLOW_SHAPES))
def test_each_rules_work_grows_linearly(monkeypatch: pytest.MonkeyPatch,
                                        shape: Callable[[int], str]) -> None:
    scan(shape(3), ACME)
    small_characters, small_calls = _work(monkeypatch, shape(SMALL))
    large_characters, large_calls = _work(monkeypatch, shape(LARGE))
    assert small_calls > SMALL and small_characters > SMALL
    assert large_characters <= GROWTH * small_characters, (small_characters, large_characters)
    assert large_calls <= GROWTH * small_calls, (small_calls, large_calls)
