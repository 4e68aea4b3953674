"""Branding from one block: colours, mode, logo, favicon, footer, social; bad values fail."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.commands.build import build
from kbgen.core.brand_colours import DARK_BACKGROUND
from kbgen.core.contrast import ratio
from kbgen.errors import KbError
from tests.conftest import article

ARTICLE = {"content/articles/billing/a.md": article("A")}


def with_brand(write_project: Callable[..., Path], brand: str, files: dict | None = None) -> Path:
    config = write_project({**ARTICLE, **(files or {})})
    config.write_text(config.read_text() + "extra:\n  kb:\n    brand:\n" + brand)
    return config


def test_named_colours_dark_mode_logo_footer_social(write_project: Callable[..., Path]) -> None:
    config = with_brand(write_project, (
        "      primary: deep purple\n      accent: light blue\n      mode: dark\n"
        "      logo: assets/logo.svg\n      favicon: assets/icon.png\n"
        "      footer: © Example Ltd\n"
        "      social:\n        - {label: Mastodon, url: https://social.example/@help}\n"),
        {"content/assets/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
         "content/assets/icon.png": "png"})
    site = build(config, config.parent / "site", strict=True)
    html = (site / "index.html").read_text()
    assert 'data-md-color-scheme="slate"' in html
    assert 'data-md-color-primary="deep-purple"' in html
    assert 'data-md-color-accent="light-blue"' in html
    assert 'src="assets/logo.svg"' in html and 'href="assets/icon.png"' in html
    assert "© Example Ltd" in html
    assert 'href="https://social.example/@help"' in html
    assert (site / "assets/logo.svg").is_file()


def test_hex_colours_and_auto_mode(write_project: Callable[..., Path]) -> None:
    config = with_brand(write_project, '      primary: "#0b5394"\n      mode: auto\n')
    site = build(config, config.parent / "site", strict=True)
    html = (site / "index.html").read_text()
    assert 'data-md-color-primary="custom"' in html
    assert html.count('data-md-color-media="(prefers-color-scheme:') == 2
    css = (site / "assets/stylesheets/kb-brand.css").read_text()
    assert "--md-primary-fg-color: #0b5394;" in css
    assert 'href="assets/stylesheets/kb-brand.css"' in html


@pytest.mark.parametrize("brand, message", [
    ("      primary: turquoise\n",
     "mkdocs.yml:{line}: error: extra.kb: 'brand.primary': unknown colour 'turquoise'; use a hex"
     " value like \"#0b5394\" or one of: red, pink"),
    ("      accent: brown\n",
     "mkdocs.yml:{line}: error: extra.kb: 'brand.accent': unknown colour 'brown'"),
    ("      mode: sepia\n",
     "mkdocs.yml:{line}: error: extra.kb: 'brand.mode' must be one of 'light', 'dark' or 'auto',"
     " not 'sepia'"),
    ("      logo: assets/missing.svg\n",
     "mkdocs.yml:{line}: error: extra.kb.brand.logo: 'assets/missing.svg' does not exist in"
     " content/; add the image or remove the key"),
])
def test_bad_brand_values_name_the_line(write_project: Callable[..., Path],
                                        monkeypatch: pytest.MonkeyPatch, brand: str,
                                        message: str) -> None:
    config = with_brand(write_project, brand)
    lines = config.read_text().splitlines()
    assert lines[-1].strip() == brand.strip()
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: " + message.format(line=len(lines)))
    with pytest.raises(KbError):
        build(config, config.parent / "site", strict=True)
    assert not (config.parent / "site").exists()


@pytest.mark.parametrize("brand, key", [
    ("      primary: deep orange\n", "primary"),
    ('      primary: "#ffeb3b"\n', "primary"),
    ("      accent: amber\n", "accent"),
])
def test_unreadable_colours_are_refused_with_a_shade_that_passes(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, brand: str,
        key: str) -> None:
    config = with_brand(write_project, brand)
    line = len(config.read_text().splitlines())
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert f"mkdocs.yml:{line}: error: extra.kb.brand.{key}: " in result.output
    assert "too little contrast for" in result.output
    assert re.search(r"\(\d\.\d\d:1, under (4\.5|3):1\)", result.output)
    suggestion = re.search(r'the nearest shade that passes is "(#[0-9a-f]{6})"', result.output)
    assert suggestion
    with pytest.raises(KbError, match=f"extra.kb.brand.{key}"):
        build(config, config.parent / "site", strict=True)
    # the suggested shade builds, and its CSS is what the site uses
    config.write_text(config.read_text().replace(brand.split(": ", 1)[1].strip(),
                                                 f'"{suggestion.group(1)}"'))
    site = build(config, config.parent / "site", strict=True)
    css = (site / "assets/stylesheets/kb-brand.css").read_text()
    assert suggestion.group(1) in css


def test_dark_scheme_gets_readable_shades_of_the_brand(write_project: Callable[..., Path]
                                                      ) -> None:
    config = with_brand(write_project, '      primary: "#0b5394"\n      accent: "#0b5394"\n'
                        "      mode: auto\n")
    site = build(config, config.parent / "site", strict=True)
    css = (site / "assets/stylesheets/kb-brand.css").read_text()
    dark = css.split("[data-md-color-scheme=slate]", 1)[1]
    link = re.search(r"--md-typeset-a-color: (#[0-9a-f]{6})", dark)
    assert link and ratio(link.group(1), DARK_BACKGROUND) >= 4.5
    assert ratio("#0b5394", DARK_BACKGROUND) < 4.5  # so the shade is not the colour itself
