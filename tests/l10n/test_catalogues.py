"""Interface catalogues: every string translated in all five languages, none fuzzy, none missing from the source."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import to_locale

ROOT = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _unquote(line: str) -> str:
    return line[line.index('"') + 1 : line.rindex('"')].encode("raw_unicode_escape").decode("unicode_escape")


def read_catalogue(path: Path) -> list[dict]:
    """Entries of a .po file: msgid, msgid_plural, msgstr (one or several), flags; the header included."""
    entries, entry, key = [], None, None
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if entry and "msgid" in entry:
                entries.append(entry)
            entry, key = None, None
            continue
        entry = entry if entry is not None else {"flags": set(), "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#"):
            continue
        elif line.startswith("msgctxt"):
            key = "msgctxt"
            entry[key] = _unquote(line)
        elif line.startswith("msgid_plural"):
            key = "msgid_plural"
            entry[key] = _unquote(line)
        elif line.startswith("msgid"):
            key = "msgid"
            entry[key] = _unquote(line)
        elif line.startswith("msgstr"):
            index = int(line[7]) if line.startswith("msgstr[") else 0
            key = ("msgstr", index)
            entry["msgstr"][index] = _unquote(line)
        elif line.startswith('"'):
            if isinstance(key, tuple):
                entry["msgstr"][key[1]] += _unquote(line)
            else:
                entry[key] += _unquote(line)
    return [e for e in entries if not e.get("obsolete")]


def catalogue_path(language: str, root: Path = ROOT) -> Path:
    return root / "locale" / to_locale(language) / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_is_translated_and_none_is_fuzzy(language):
    entries = read_catalogue(catalogue_path(language))
    header = next(e for e in entries if e["msgid"] == "")
    assert "fuzzy" not in header["flags"], "the catalogue header is still marked fuzzy"
    assert f"Language: {to_locale(language)}" in header["msgstr"][0]
    messages = [e for e in entries if e["msgid"]]
    assert len(messages) > 100
    fuzzy = [e["msgid"] for e in messages if "fuzzy" in e["flags"]]
    untranslated = [e["msgid"] for e in messages if not all(e["msgstr"].values())]
    assert fuzzy == [], f"{language}: fuzzy entries"
    assert untranslated == [], f"{language}: untranslated entries"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
    for entry in read_catalogue(catalogue_path(language)):
        if not entry["msgid"]:
            continue
        wanted = sorted(placeholder.findall(entry["msgid"] + entry.get("msgid_plural", "")))
        for form, text in entry["msgstr"].items():
            if not text:
                continue  # untranslated entries fail the test above
            found = sorted(set(placeholder.findall(text)))
            assert found == sorted(set(wanted)) or (entry.get("msgid_plural") and set(found) <= set(wanted)), (
                f"{language}: {entry['msgid']!r} form {form} has {found}, wanted {wanted}"
            )


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The messages the source marks for translation now, extracted from a copy of the project."""
    copy = tmp_path_factory.mktemp("source") / "project"
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in tracked.splitlines():
        if name.startswith(("locale/", "tests/", "fixtures/", "static/")) or not (ROOT / name).exists():
            continue
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-obsolete", "-v0", "--ignore=tests"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{copy / 'db.sqlite3'}"},
    )
    return {e["msgid"] for e in read_catalogue(catalogue_path("fr", copy)) if e["msgid"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_marked_string_is_missing_from_the_catalogue(extracted, language):
    present = {e["msgid"] for e in read_catalogue(catalogue_path(language))}
    missing = sorted(extracted - present)
    assert missing == [], f"{language}: run `make catalogues` and translate {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_one_served(language):
    entries = [e for e in read_catalogue(catalogue_path(language)) if e["msgid"] and "msgid_plural" not in e]

    def key(entry):
        return (entry.get("msgctxt"), entry["msgid"])

    def serve(entry):
        if "msgctxt" in entry:
            return translation.pgettext(entry["msgctxt"], entry["msgid"])
        return translation.gettext(entry["msgid"])

    with translation.override(language):
        served = {key(e): serve(e) for e in entries}
    assert served == {key(e): e["msgstr"][0] for e in entries}
