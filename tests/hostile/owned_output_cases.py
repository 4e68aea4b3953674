"""Code blocks a text calls output (a log, what a tool printed) whose owner it names: the
cases of test_hostile62_owned_output and of hostile62's rows in bench/gatecorpus/hostile.yml."""

from __future__ import annotations

OWNERS = (
    "Acme Corp's firewall log", "Globex's router log", "Log from Initech GmbH",
    "Firewall log of Umbrella Corporation", "Hooli's syslog output",
    "Here is Contoso Ltd's firewall log", "Das Firewall-Protokoll der Acme GmbH",
    "Journal du pare-feu d'Acme SARL", "Stark Industries' VPN log",
    "Initech's gateway printed", "Output from the customer's router",
    "Wayne Enterprises Inc. connection log", "Massive Dynamic's proxy error log",
    "Log of Acme Corp's firewall, captured yesterday", "Firewall log from Globex",
    "Globex HQ firewall log", "Acme (Berlin) firewall log",
    "Registro del firewall de Acme S.A.", "Лог файрвола ООО «Ромашка»",
    "Log zapory firmy Acme sp. z o.o.", "Globex 公司的防火墙日志",
    "アクメ社のファイアウォールのログ", "Log van de firewall van Acme B.V.",
    "ACME CORP FIREWALL LOG", "What Acme Corp’s firewall printed",
    "Hooli’s router output (ticket HD-4821)", "Logs from Pied Piper's NAS",
    "Output of Jane Doe's laptop",
)
"""What introduces the block: each names whose output it is."""

ADDRESSES = ("10.20.30.40:59348 -> 9.9.9.9:443", "172.16.5.9 -> 9.9.9.9 ESTABLISHED",
             "src=192.168.57.3 dst=1.1.1.1 proto=UDP", "fd12:3456:789a::7 > 2620:fe::fe.53")
"""A line of output holding a private or unique local address (a link-local one is a
warning wherever it stands: it names no network)."""

SHAPES = {
    "fence": "{intro}:\n\n```\n{line}\n```\n",
    "log fence": "{intro}:\n\n```log\n{line}\n```\n",
    "text fence": "{intro}:\n\n```text\n{line}\n```\n",
    "indented": "{intro}:\n\n    {line}\n",
    "sentence over a log fence": "{intro}.\n\n```log\n{line}\n```\n",
    "heading over a log fence": "## {intro}\n\n```log\n{line}\n```\n",
    "named after the block": "The log:\n\n```\n{line}\n```\n\n{intro}, as sent to us.\n",
    "after a prompt": "{intro}:\n\n```\n$ tcpdump -n -c 1\n{line}\n```\n",
}
"""Where the owner is named: above the block (with `:` or not), its heading, the sentence
after it."""


def owned_cases() -> dict[str, str]:
    """{case: text}: every owner in every shape, the address drawn in turn."""
    cases = {}
    for number, intro in enumerate(OWNERS):
        for shape, template in SHAPES.items():
            line = ADDRESSES[(number + len(cases)) % len(ADDRESSES)]
            cases[f"{intro} ({shape})"] = "Some text.\n\n" + template.format(
                intro=intro.rstrip(".:"), line=line)
    return cases


LAYOUTS = {
    "list item": "1. Acme Corp's firewall log:\n\n    ```\n    {line}\n    ```\n",
    "tilde fence": "Acme Corp's firewall log:\n\n~~~\n{line}\n~~~\n",
    "heading two paragraphs up": "## Acme Corp\n\nSome context.\n\nThe firewall log:\n\n"
                                 "```log\n{line}\n```\n",
    "fence title": '```log title="Acme Corp firewall"\n{line}\n```\n',
    "fence title, possessive": '```log title="Globex\'s firewall"\n{line}\n```\n',
    "lower case": "firewall log from acme corp:\n\n```log\n{line}\n```\n",
    "quoted ticket": "> Acme Corp's firewall log:\n>\n> ```\n> {line}\n> ```\n",
    "admonition": '!!! note "Acme Corp\'s firewall log"\n\n    ```\n    {line}\n    ```\n',
    "details": "<details><summary>Acme Corp's firewall log</summary>\n\n```\n{line}\n```\n\n"
               "</details>\n",
    "bold label": "**Acme Corp's firewall log**\n\n```\n{line}\n```\n",
    "German customer": "Protokoll vom Router des Kunden:\n\n```log\n{line}\n```\n",
    "mailbox": "Log sent by jane.doe@acme-corp.com:\n\n```log\n{line}\n```\n",
    "example, possessive": "For example, Acme Corp's firewall log:\n\n```\n{line}\n```\n",
    "example, company": "Example output from Initech GmbH:\n\n```\n{line}\n```\n",
    "example, might look like": "Globex's log might look like this:\n\n```\n{line}\n```\n",
    "listing": "Acme Corp's cluster:\n\n```\nNAME   TYPE   CLUSTER-IP\n"
               "web    ClusterIP   10.1.2.3\n```\n",
}
"""Other places of an owner's name: a list step, a quote, a note, a fence's title; and a
block introduced as an example of someone's, or a tool's listing of someone's."""


def layout_cases() -> dict[str, str]:
    """{layout: text} with the first line of ADDRESSES."""
    return {name: text.format(line=ADDRESSES[0]) for name, text in LAYOUTS.items()}


UNOWNED = {
    "the firewall log": "The firewall log:\n\n```\n10.20.30.40:59348 -> 9.9.9.9:443\n```\n",
    "the daemon logs": "The daemon will log the following:\n\n```\nlistening on 10.1.2.3:53\n```\n",
    "output fence": "Run the command.\n\n```output\ninet 10.0.3.15/24 brd 10.0.3.255\n```\n",
    "after a prompt": "```\n$ oc get svc\nNAME TYPE CLUSTER-IP\nweb ClusterIP 172.30.61.169\n```\n",
    "an example": "For example, the log might look like this:\n\n```\n10.20.30.40:59348\n```\n",
}
"""Blocks called output or an example that name no owner: accepted as before (a tool's own
printout, a made-up example)."""
