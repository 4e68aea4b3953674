"""Templates compiled once per process (kbgen.site.template_cache) are never served stale: an
edited template, or the same template under other settings, is compiled anew."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from kbgen.commands.build import build
from kbgen.site.template_cache import COMPILED, CompiledTemplates
from tests.conftest import MINI_CONFIG, article

THEMED = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")


def _main(text: str) -> str:
    return ('{% extends "base.html" %}\n'
            f'{{% block hero %}}<p class="kbtest">{text}</p>{{% endblock %}}\n')


def test_an_edited_override_shows_on_the_next_build_in_the_same_process(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({"mkdocs.yml": THEMED, "theme/main.html": _main("First wording"),
                            "content/articles/wifi/router.md": article("Router problem")})
    site = build(config, config.parent / "site", strict=True)
    assert '<p class="kbtest">First wording</p>' in (site / "index.html").read_text()
    (config.parent / "theme/main.html").write_text(_main("Second wording"), encoding="utf-8")
    site = build(config, config.parent / "site", strict=True)
    for page in ("index.html", "articles/wifi/router.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert '<p class="kbtest">Second wording</p>' in html
        assert "First wording" not in html


def test_a_second_build_compiles_no_template_again(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({"content/articles/wifi/router.md": article("Router problem")})
    first = build(config, config.parent / "first", strict=True)
    kept = len(COMPILED)
    second = build(config, config.parent / "second", strict=True)
    assert len(COMPILED) == kept > 10
    assert (second / "index.html").read_bytes() == (first / "index.html").read_bytes()


def test_a_second_build_compiles_no_template_not_even_the_search_plugins(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: Any) -> None:
    """Material's search plugin translates its settings with environments of its own (two a
    build, `partials/language.html`): they share the compiled templates too."""
    config = write_project({"content/articles/wifi/router.md": article("Router problem")})
    build(config, config.parent / "first", strict=True)
    compiled: list[str | None] = []
    compile_template = jinja2.Environment.compile

    def compiling(env: jinja2.Environment, source: Any, name: str | None = None,
                  *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return compile_template(env, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compiling)
    build(config, config.parent / "second", strict=True)
    assert compiled == []


def _env(cache: CompiledTemplates, **settings: bool) -> jinja2.Environment:
    loader = jinja2.DictLoader({"fragments/x.html": "{% if x %}\n{{ x }}\n{% endif %}\n"})
    return jinja2.Environment(loader=loader, bytecode_cache=cache, **settings)


def test_the_same_template_under_other_settings_is_other_code() -> None:
    cache = CompiledTemplates()
    escaping = _env(cache, autoescape=True).get_template("fragments/x.html")
    raw = _env(cache, autoescape=False).get_template("fragments/x.html")
    trimmed = _env(cache, autoescape=True, trim_blocks=True).get_template("fragments/x.html")
    again = _env(cache, autoescape=True).get_template("fragments/x.html")
    assert len(cache) == 3
    assert escaping.render(x="<b>") == again.render(x="<b>") == "\n&lt;b&gt;\n"
    assert raw.render(x="<b>") == "\n<b>\n"
    assert trimmed.render(x="<b>") == "&lt;b&gt;\n"


def test_only_the_most_recently_used_templates_are_kept() -> None:
    cache = CompiledTemplates(kept=2)
    for text in ("a", "b", "c"):
        env = jinja2.Environment(loader=jinja2.DictLoader({f"{text}.html": text}),
                                 bytecode_cache=cache)
        assert env.get_template(f"{text}.html").render() == text
    assert len(cache) == 2


def _compiled_in_a_new_process(config: Path, site: str, monkeypatch: Any) -> list[str]:
    """Build `config` clean (its build cache emptied) as a new process would, with the
    process's compiled templates forgotten; the theme templates compiled."""
    shutil.rmtree(config.parent / ".kbgen-cache", ignore_errors=True)
    compiled: list[str] = []
    compile_template = jinja2.Environment.compile

    def compiling(env: jinja2.Environment, source: Any, name: str | None = None,
                  *args: Any, **kwargs: Any) -> Any:
        if name is not None:
            compiled.append(name)
        return compile_template(env, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compiling)
    saved = dict(COMPILED._code)
    COMPILED._code.clear()
    try:
        build(config, config.parent / site, strict=True)
    finally:
        COMPILED._code.clear()
        COMPILED._code.update(saved)
        monkeypatch.setattr(jinja2.Environment, "compile", compile_template)
    return compiled


def test_a_clean_build_in_a_new_process_loads_the_users_compiled_templates(
        write_project: Callable[[dict[str, str]], Path], tmp_path: Path,
        monkeypatch: Any) -> None:
    """Kept in the user's cache folder, by path, settings and Jinja's version: an edited
    template, a new override or another Jinja is compiled anew, the rest is not."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    config = write_project({"mkdocs.yml": THEMED, "theme/main.html": _main("First wording"),
                            "content/articles/wifi/router.md": article("Router problem")})
    assert len(_compiled_in_a_new_process(config, "first", monkeypatch)) > 10
    assert (tmp_path / "user-cache" / "kbgen" / "templates").is_dir()
    assert _compiled_in_a_new_process(config, "again", monkeypatch) == []
    (config.parent / "theme/main.html").write_text(_main("Second wording"), encoding="utf-8")
    (config.parent / "theme/partials").mkdir()
    (config.parent / "theme/partials/footer.html").write_text(
        '<footer class="kbtest-footer">Ours</footer>\n', encoding="utf-8")
    compiled = _compiled_in_a_new_process(config, "edited", monkeypatch)
    assert sorted(compiled) == ["main.html", "partials/footer.html"]
    html = (config.parent / "edited/articles/wifi/router.html").read_text(encoding="utf-8")
    assert '<p class="kbtest">Second wording</p>' in html and "kbtest-footer" in html
    monkeypatch.setattr(jinja2, "__version__", "99.0.0")  # its runtime may differ
    assert len(_compiled_in_a_new_process(config, "upgraded", monkeypatch)) > 10


def test_a_build_with_the_cache_off_keeps_no_compiled_template_on_disk(
        write_project: Callable[[dict[str, str]], Path], tmp_path: Path,
        monkeypatch: Any) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    config = write_project({"mkdocs.yml": THEMED.replace("  - kbgen\n",
                                                         "  - kbgen:\n      cache: false\n"),
                            "theme/main.html": _main("First wording"),
                            "content/articles/wifi/router.md": article("Router problem")})
    assert len(_compiled_in_a_new_process(config, "site", monkeypatch)) > 10
    assert not (tmp_path / "user-cache" / "kbgen" / "templates").exists()
    assert not (config.parent / ".kbgen-cache" / "templates").exists()
