"""The house has the shape its README draws: every module of the project package has a floor, and the README's
floor table names the same modules, floor by floor, as the import contracts that `make lint` enforces."""

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Configuration the framework loads by name: neither imported by our code nor importing it.
UNFLOORED = {"__init__", "settings", "wsgi"}


def floors_contract() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "floors"]
    return [{name.strip() for name in re.split(r"[|:]", layer)} for layer in contract["layers"]]


def readme_floors() -> list[set[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| floor | modules |") :].split("\n\n")[0]
    rows = [line for line in table.splitlines()[2:] if line.startswith("|")]
    return [set(re.findall(r"`([\w.]+)`", row.split("|")[2])) for row in rows]


def test_the_readme_draws_the_floors_the_import_contract_enforces():
    assert readme_floors() == floors_contract()


def test_every_module_of_the_project_package_has_a_floor():
    floored = set().union(*floors_contract())
    package = ROOT / "wsisportal"
    modules = {p.stem for p in package.glob("*.py")} | {
        p.name for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()
    }
    missing = sorted(f"wsisportal.{name}" for name in modules - UNFLOORED if f"wsisportal.{name}" not in floored)
    assert missing == [], f"give these a floor in pyproject.toml and the README: {missing}"


@pytest.mark.parametrize("app", ["outcomes", "actionlines", "resolutions"])
def test_each_subject_app_is_a_floor_of_its_own(app):
    assert {app} in floors_contract()
