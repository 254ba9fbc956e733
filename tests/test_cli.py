"""The command line: every command listed, clear errors."""

from __future__ import annotations

from typer.testing import CliRunner

from api.cli import app

runner = CliRunner()


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("db", "load", "extract", "export", "eval", "serve", "up"):
        assert command in result.output
    db = runner.invoke(app, ["db", "--help"])
    for command in ("start", "stop", "status"):
        assert command in db.output


def test_load_names_a_missing_path() -> None:
    result = runner.invoke(app, ["load", "/no/such/folder"])
    assert result.exit_code == 1
    assert "/no/such/folder" in result.output


def test_extract_prints_json_without_a_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "note.txt"
    f.write_text("Human Rights Watch said the ICCPR (Article 21) was violated in Almaty on 5 May 2019.")
    result = runner.invoke(app, ["extract", str(f)], env={"NEO4J_URI": "bolt://127.0.0.1:1"})
    assert result.exit_code == 0, result.output
    assert '"entities"' in result.stdout
