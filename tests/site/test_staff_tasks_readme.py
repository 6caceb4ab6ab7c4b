"""The README's staff tasks table says how to load, export, see history, revert, use the groups and unlock a login,
naming commands that exist."""

from pathlib import Path

from django.core.management import get_commands

README = Path(__file__).resolve().parents[2] / "README.md"


def staff_tasks() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## Staff tasks") :].split("\n## ")[0]


def test_the_staff_tasks_table_covers_loading_exporting_history_reverting_groups_and_unlocking():
    table = staff_tasks()
    for words in (
        "load new content",
        "export staff edits",
        "history of a record",
        "revert a record",
        "roles",
        "unlock",
    ):
        assert f"| {words}" in table, words
    for group in ("editors", "translators-fr"):
        assert f"`{group}`" in table


def test_the_commands_it_names_exist():
    table = staff_tasks()
    commands = get_commands()
    for command in ("load_content", "dump_content", "import_official_text", "link_citations", "axes_reset"):
        assert command in table and command in commands, command
