"""Texts for own63's tests and bench/own63_owners.py: ordinary tutorials whose code block's
surroundings name software, a distribution, an OS or a cloud (`The output of Docker:`,
`Grafana's log:`) and leaks whose surroundings name a customer, a company or a person never
seen by the rules, in several languages; and addresses written with their netmask as `ip addr`
prints them (`10.20.30.40/24`) beside an owner."""

from __future__ import annotations

CONNECTION = "10.20.30.40:59348 -> 9.9.9.9:443"
SYSLOG = "src=192.168.57.3 dst=1.1.1.1 proto=UDP"
IFCONFIG = ("eth0: flags=4163<UP>\n"
            "        inet 192.168.1.15  netmask 255.255.255.0  broadcast 192.168.1.255")


def log_block(introduction: str, code: str = CONNECTION, after: str = "") -> str:
    """An introduction, a ```` ```log ```` block of what a program printed, a sentence after."""
    return f"Some text.\n\n{introduction}\n\n```log\n{code}\n```\n" + (
        f"\n{after}\n" if after else "")


def ifconfig_block(after: str) -> str:
    """A home router's `ifconfig` example (its netmask declares the network), a sentence
    after it."""
    return f"Run `ifconfig`:\n\n```\n{IFCONFIG}\n```\n\n{after}\n"


PRODUCTS = ("Docker", "Ubuntu", "Grafana", "Home Assistant", "Proxmox", "Debian", "Nextcloud",
            "OpenWrt", "Windows", "Azure", "Traefik", "Jellyfin", "TrueNAS", "Tailscale")
"""Software, distributions, operating systems and clouds a tutorial names."""

_SHAPES = (
    "The output of {}:", "Output from {}:", "{}'s log:", "Log from {}:", "What {} printed:",
    "Ausgabe von {}:", "Sortie de {} :", "Salida de {}:", "Output di {}:", "Uitvoer van {}:",
    "Das Log von {}:", "Journal de {} :", "Registro de {}:", "{}'s output:", "Messages from {}:",
)

ORDINARY = [
    *((shape.format(name), log_block(shape.format(name)))
      for shape, name in zip(_SHAPES * 5, PRODUCTS * 5, strict=False)),
    ("Output from Ubuntu (Jammy):", log_block("Output from Ubuntu (Jammy):")),
    ("Log from Debian (Bookworm):", log_block("Log from Debian (Bookworm):", SYSLOG)),
    ("our example log:", log_block("our example log:")),
    ("Here is our example output:", log_block("Here is our example output:", SYSLOG)),
    ("Unser Beispiel-Log:", log_block("Unser Beispiel-Log:")),
    ("after: Ubuntu's netplan applies it at boot.",
     ifconfig_block("Ubuntu's netplan applies it at boot.")),
    ("after: The ticket is closed after this step.",
     ifconfig_block("The ticket is closed after this step.")),
    ("after: Debian's installer writes this file.",
     ifconfig_block("Debian's installer writes this file.")),
    ("after: Windows' settings show the same.",
     ifconfig_block("Windows' settings show the same.")),
    ("after: Proxmox's web interface lists it too.",
     ifconfig_block("Proxmox's web interface lists it too.")),
]
"""(case, text): an ordinary tutorial's block, no one's private data."""

LEAKS = [
    ("Brightwater Dental's firewall log", log_block("Brightwater Dental's firewall log:")),
    ("Log from Okonkwo Haulage Ltd", log_block("Log from Okonkwo Haulage Ltd:")),
    ("Output of Priya Raman's laptop", log_block("Output of Priya Raman's laptop:", SYSLOG)),
    ("Harbourside Veterinary's router output",
     log_block("Harbourside Veterinary's router output:")),
    ("Firewall log of Northgate Plumbing LLC",
     log_block("Firewall log of Northgate Plumbing LLC:", SYSLOG)),
    ("Kestrel Analytics HQ proxy log", log_block("Kestrel Analytics HQ proxy log:")),
    ("The VPN log Larkspur Inc sent", log_block("The VPN log Larkspur Inc sent:")),
    ("Okafor Logistics' gateway log", log_block("Okafor Logistics' gateway log:", SYSLOG)),
    ("heading: Proxy log from Marlowe & Finch LLP",
     "Some text.\n\n## Proxy log from Marlowe & Finch LLP\n\n```log\n" + CONNECTION + "\n```\n"),
    ("lower-case legal form: from vantage freight ltd",
     log_block("firewall log from vantage freight ltd:")),
    ("German: Firewall-Log der Bäckerei Schulz GmbH",
     log_block("Firewall-Log der Bäckerei Schulz GmbH:")),
    ("German: Ausgabe vom Server der Zahnarztpraxis Weber GmbH",
     log_block("Ausgabe vom Server der Zahnarztpraxis Weber GmbH:", SYSLOG)),
    ("German: Protokoll von Herrn Becker", log_block("Protokoll vom Laptop von Herrn Becker:")),
    ("French: Journal du pare-feu de Moreau SARL",
     log_block("Journal du pare-feu de Moreau SARL :")),
    ("French: Sortie du routeur chez Lefèvre SAS",
     log_block("Sortie du routeur chez Lefèvre SAS :", SYSLOG)),
    ("French: Journal du serveur de Mme Girard", log_block("Journal du serveur de Mme Girard :")),
    ("Spanish: Registro del router de Construcciones Vega S.A.",
     log_block("Registro del router de Construcciones Vega S.A.:")),
    ("Italian: Log del firewall di Ferramenta Bianchi S.r.l.",
     log_block("Log del firewall di Ferramenta Bianchi S.r.l.:", SYSLOG)),
    ("Dutch: Firewall-log van Bakkerij de Vries B.V.",
     log_block("Firewall-log van Bakkerij de Vries B.V.:")),
    ("Polish: Log zapory firmy Nowak sp. z o.o.", log_block("Log zapory firmy Nowak sp. z o.o.:")),
    ("Swedish: Brandväggslogg från Lindqvist AB",
     log_block("Brandväggslogg från Lindqvist AB:", SYSLOG)),
    ("Finnish: Palomuurin loki, Virtanen Oy", log_block("Palomuurin loki, Virtanen Oy:")),
    ("Danish: Firewall-log fra Holm ApS", log_block("Firewall-log fra Holm ApS:")),
    ("Russian: Лог маршрутизатора ООО «Берёзка»",
     log_block("Лог маршрутизатора ООО «Берёзка»:", SYSLOG)),
    ("Japanese: サクラ社のファイアウォールログ", log_block("サクラ社のファイアウォールログ:")),
    ("Chinese: 华盛公司的防火墙日志", log_block("华盛公司的防火墙日志:", SYSLOG)),
    ("ticket: Log attached to ticket HD-7731", log_block("Log attached to ticket HD-7731:")),
    ("customer: What the customer's NAS printed",
     log_block("What the customer's NAS printed:", SYSLOG)),
    ("fence title names the owner",
     'Some text.\n\n```log title="Quillon Freight GmbH firewall"\n' + CONNECTION + "\n```\n"),
    ("our example, from the production server",
     log_block("our example, from the production server:")),
    ("Our sample of the customer's log", log_block("Our sample of the customer's log:", SYSLOG)),
    ("German: Unser Beispiel vom Server der Kanzlei Roth GmbH",
     log_block("Unser Beispiel vom Server der Kanzlei Roth GmbH:")),
    ("French: notre exemple, le routeur de la société",
     log_block("notre exemple, le routeur de la société :")),
    ("our example is our office gateway",
     log_block("Our example is our office gateway:", SYSLOG)),
    ("after: This is Delacroix Bakery's server.",
     ifconfig_block("This is Delacroix Bakery's server.")),
    ("after: The laptop belongs to Tamsin Ward Ltd.",
     ifconfig_block("The laptop belongs to Tamsin Ward Ltd.")),
    ("after: That is the customer's gateway.",
     ifconfig_block("That is the customer's gateway.")),
    ("after: German: So war es beim Kunden eingestellt.",
     ifconfig_block("So war es beim Kunden eingestellt.")),
    ("after: Osei Dental's NAS printed this.", ifconfig_block("Osei Dental's NAS printed this.")),
    ("after: The ticket's router showed this.",
     ifconfig_block("The ticket's router showed this.")),
]
"""(case, text): someone's private address in code, named by the text around it."""

NETMASK_ATTACKS = [
    ("HTML", "<p>The NAS of our customer Jensen GmbH is at 10.20.30.40/24.</p>"),
    ("front matter",
     "---\ntitle: Ticket 4821\ncustomer: Jensen GmbH\nnas: 10.20.30.40/24\n---\n\nBody."),
    ("a YAML fence under a ticket's heading",
     "## Ticket 4821 (Jensen GmbH)\n\n```yaml\naddresses: [10.20.30.40/24]\n```\n"),
    ("Spanish", "El servidor del cliente García tiene la dirección 192.168.5.20/24."),
    ("Italian", "Il server del cliente Rossi S.r.l. ha l'indirizzo 192.168.5.20/24."),
    ("Dutch", "De server van klant Jansen B.V. heeft adres 192.168.5.20/24."),
    ("a list item", "- Jensen GmbH router: 10.20.30.40/24"),
    ("a comment in the code names the owner",
     "Config:\n\n```\n# Jensen GmbH's NAS\naddress 10.20.30.40/24\n```\n"),
    ("a heading's possessive", "## Anna's laptop\n\nIt has 10.20.30.77/24."),
    ("a person's possessive in prose", "Anna Schmidt's laptop has 192.168.1.77/24."),
    ("a customer named after the block",
     "Run:\n\n```\ninet 10.20.30.40/24 scope global eth0\n```\n\n"
     "That is the customer's server.\n"),
    ("Japanese", "アクメ社のサーバーは 10.20.30.40/24 です。"),
    ("Russian", "Сервер клиента ООО «Ромашка»: 10.20.30.40/24."),
    ("a table row with a ticket", "| Host | Address |\n|---|---|\n"
     "| customer NAS (ticket 77) | 10.20.30.40/24 |"),
    ("a customer's WireGuard config", "Customer Jensen's WireGuard config:\n\n```ini\n"
     "[Interface]\nAddress = 10.8.0.14/24\n```\n"),
    ("a company's office",
     "The office of Müller & Söhne GmbH uses 172.16.4.20/16 for its printer."),
    ("German ip addr under the customer's",
     "Ausgabe beim Kunden:\n\n```\ninet 192.168.178.23/24 brd 192.168.178.255\n```\n"),
]
"""Attacks on the netmask reading: other layouts and languages."""

NETMASK_LEAKS = [
    ("a customer's server in prose",
     "The server of our customer Jensen GmbH has 10.20.30.40/24 as its address."),
    ("a table row", "| Customer | Address |\n|---|---|\n| Jensen GmbH | 10.20.30.40/24 |"),
    ("a German line", "Der Server des Kunden Müller hat die Adresse 172.16.4.20/16."),
    ("a French line", "Le serveur du client Dupont SARL est à 192.168.7.31/24."),
    ("a ticket", "Ticket #4821: the printer at 192.168.10.77/24 is offline."),
    ("a /32 host", "Our customer Acme Corp allows only 10.1.2.3/32 on the VPN."),
    ("ip addr under an owned block",
     "Acme Corp's server:\n\n```\n2: eth0: <BROADCAST,UP>\n"
     "    inet 10.20.30.40/24 scope global eth0\n```\n"),
    ("ip addr after a prompt, under a customer's name",
     "Output from the customer's NAS (ticket 5521):\n\n```\n$ ip -4 addr show eth0\n"
     "    inet 192.168.178.23/24 scope global eth0\n```\n"),
    ("an IPv6 host with its prefix", "Customer Jensen's server is fd12:3456:789a::7/64."),
    ("a quoted ticket", "> Customer wrote: my NAS is 10.8.0.14/24, it does not answer."),
    *NETMASK_ATTACKS,
]
"""(case, text): a host's address with its netmask, named someone's."""

NETWORKS = [
    ("a private network", "Our customer Jensen GmbH may use any of 10.0.0.0/8."),
    ("a home network", "Home routers hand out addresses from 192.168.1.0/24."),
    ("a prefix in a table", "| Range | Use |\n|---|---|\n| 172.16.0.0/12 | private |"),
]
"""(case, text): a network written as a range, host bits zero: no host's address."""
