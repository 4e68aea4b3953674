"""Public organisations whose contact details a help centre may publish.

Articles about privacy rights tell customers where to complain: a data-protection regulator's
address, web site and helpline are public by design, and the gate must not refuse them. kbgen
ships the regulators below; a site adds its own (`extra.kb.privacy.organisations`) or turns the
shipped ones off (`shipped_organisations: false`).
"""

from __future__ import annotations

from kbgen.core.schema import Line, StrictModel


class Organisation(StrictModel):
    """A public organisation whose e-mail domains and phone numbers may appear."""

    name: Line
    """Who it is, for the reviewer (`Information Commissioner's Office (UK)`)."""
    domains: list[Line] = []
    """Its e-mail and web domains, with their subdomains."""
    emails: list[Line] = []
    """Addresses outside those domains."""
    phones: list[Line] = []
    """Phone numbers in international format (`+44 303 123 1113`)."""


def _regulator(name: str, *domains: str, phones: tuple[str, ...] = ()) -> Organisation:
    return Organisation(name=name, domains=list(domains), phones=list(phones))


SHIPPED: tuple[Organisation, ...] = (
    _regulator("European Data Protection Board", "edpb.europa.eu"),
    _regulator("European Data Protection Supervisor", "edps.europa.eu"),
    _regulator("Information Commissioner's Office (UK)", "ico.org.uk",
               phones=("+44 303 123 1113",)),
    _regulator("Data Protection Commission (Ireland)", "dataprotection.ie",
               phones=("+353 1 765 0100",)),
    _regulator("CNIL (France)", "cnil.fr"),
    _regulator("BfDI (Germany)", "bfdi.bund.de"),
    _regulator("Autoriteit Persoonsgegevens (Netherlands)", "autoriteitpersoonsgegevens.nl"),
    _regulator("AEPD (Spain)", "aepd.es"),
    _regulator("Garante per la protezione dei dati personali (Italy)", "gpdp.it",
               "garanteprivacy.it"),
    _regulator("Autorité de protection des données (Belgium)", "autoriteprotectiondonnees.be",
               "gegevensbeschermingsautoriteit.be"),
    _regulator("Datatilsynet (Norway)", "datatilsynet.no"),
    _regulator("Datatilsynet (Denmark)", "datatilsynet.dk"),
    _regulator("IMY (Sweden)", "imy.se"),
    _regulator("FDPIC (Switzerland)", "edoeb.admin.ch"),
    _regulator("Office of the Privacy Commissioner of Canada", "priv.gc.ca"),
    _regulator("Office of the Australian Information Commissioner", "oaic.gov.au"),
    _regulator("Privacy Commissioner (New Zealand)", "privacy.org.nz"),
    _regulator("Federal Trade Commission (US)", "ftc.gov"),
    _regulator("California Privacy Protection Agency", "cppa.ca.gov"),
)
"""Data-protection regulators (and the US consumer-protection one): their domains, and the
helplines that their own sites publish."""


def accepted(site: list[Organisation], shipped: bool) -> list[Organisation]:
    """The organisations whose contact details may appear on a site."""
    return [*(SHIPPED if shipped else ()), *site]
