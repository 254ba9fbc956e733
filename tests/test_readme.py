"""The README documents every setting and the two commands."""

from __future__ import annotations

from graph.settings import GRAPH_SETTINGS, PROJECT_ROOT


def test_every_setting_is_documented() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    settings = list(GRAPH_SETTINGS)
    try:
        from api.settings import API_SETTINGS

        settings += list(API_SETTINGS)
    except ImportError:  # the API declares its own settings
        pass
    from loaders.settings import LOADER_SETTINGS

    settings += list(LOADER_SETTINGS)
    missing = [s.env for s in settings if f"`{s.env}`" not in readme]
    assert not missing, f"README does not document {missing}"


def test_two_commands() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert "make up" in readme and "make test" in readme
    assert "make test" in (PROJECT_ROOT / ".ci" / "run").read_text()
