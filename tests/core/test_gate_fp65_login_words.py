"""`usuario@servidor` is `username@server` in Spanish (issue 19, fp65): RustDesk's translated
relay guide gives scp's syntax with the words for user and server in four languages, and the
gate read a person's login at a machine. The other languages' words for `user` (a login) and
`server` (a host) are now a placeholder's, as the English ones were; a person's login at a
machine named by its department, in any language, stays a finding. Scanned once."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

HOST = "internal hostname"

KEPT: dict[str, str] = {
    "Spanish": "La sintaxis del comando es `scp <ruta/nombre_archivo> usuario@servidor:"
               "</ruta/destino>`.\n",
    "French": "La syntaxe de la commande est `scp <chemin/nom_fichier> nom_utilisateur@serveur:"
              "</chemin/destination>`.\n",
    "Polish": "Polecenie to `scp <ścieżka/nazwa pliku> nazwa użytkownika@serwer:"
              "</ścieżka docelowa>`.\n",
    "Portuguese": "A sintaxe do comando é `scp <caminho/nome_arquivo> usuario@servidor:"
                  "</caminho/destino>`.\n",
    "German": "Der Befehl lautet `ssh benutzer@rechner`.\n",
}
"""Placeholders' logins: each an error on main."""

LEAKS: dict[str, str] = {
    "a person at accounting, Spanish": "ssh maria.garcia@contabilidad\n",
    "a person at a named server, Polish": "scp f jan.nowak@serwer-ksiegowosc:/srv\n",
    "a person at bookkeeping, German": "rsync -a x mueller@buchhaltung:/backup\n",
    "a person at payroll, French": "ssh claire.martin@paie\n",
    "a person at a named server, Spanish": "scp x jgarcia@servidor-nominas:/srv\n",
    "a person at a named server, French": "scp x cmartin@serveur-compta:/srv\n",
    "a person at a named computer, German": "ssh jmueller@rechner-buchhaltung\n",
    "a login at a department, Italian": "ssh giulia.bianchi@contabilita\n",
    "a login with -l, Spanish": "ssh -l mgarcia contabilidad\n",
    "a login in a fence": "```sh\nssh maria.garcia@contabilidad\n```\n",
    "a login in a table": "| Host | Login |\n| --- | --- |\n| x | `ssh mgarcia@nominas` |\n",
    "a login in HTML": "<code>ssh mgarcia@nominas</code>\n",
    "a login in a quoted ticket": "> El cliente usa `ssh mgarcia@nominas`.\n",
    "a login in front matter": "---\nsummary: ssh mgarcia@nominas\n---\n",
    "a login in a list": "- `scp f mgarcia@nominas:/srv`\n",
    "usuario at a department's machine with a person's name": "ssh usuario@pc-de-maria-garcia\n",
    "a person's login at servidor with a suffix": "ssh mgarcia@servidor.corp\n",
    "a user word as a person's prefix": "ssh usuario.garcia@nominas\n",
    "a Polish login at the office": "ssh jan.nowak@biuro\n",
    "a Portuguese login at finance": "ssh joao.silva@financeiro\n",
    "a person's login at servidor": "scp x jana@servidor:/srv\n",
    "usuario at a department's machine": "ssh usuario@nominas\n",
}
"""A person's login at a company's machine: each must stay an error (main finds each)."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Every text scanned once: the kinds of its errors."""
    return {name: [f.kind for f in scan(text) if not f.advisory]
            for name, text in {**KEPT, **LEAKS}.items()}


@pytest.mark.parametrize("name", KEPT)
def test_placeholder_login_passes(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize("name", LEAKS)
def test_persons_login_stays_refused(errors: dict[str, list[str]], name: str) -> None:
    assert HOST in errors[name]
