"""Write the database's content back to fixtures/, so that staff edits become a reviewable diff in git."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from wsisportal.content import dump_fixtures


class Command(BaseCommand):
    help = (
        "Write every content record to the fixture files (fixtures/ unless --directory), in the project's format: "
        "the same files, natural keys, stable order. Loading and dumping unchanged content rewrites identical files."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=str(Path(settings.BASE_DIR) / "fixtures"))

    def handle(self, **options):
        directory = Path(options["directory"])
        directory.mkdir(parents=True, exist_ok=True)
        for path in dump_fixtures(directory):
            self.stdout.write(f"Wrote {path}")
