"""Load every content fixture in one transaction, then link the citations they contain."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from wsisportal.content import CONTENT_FIXTURES, FixtureError, load_fixtures


class Command(BaseCommand):
    help = "Load the portal's content from fixtures/ (all or nothing), then resolve citations."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="Fixture files to load instead of the portal's own.")
        parser.add_argument("--no-citations", action="store_true", help="Do not run link_citations afterwards.")

    def handle(self, **options):
        paths = [Path(f) for f in options["files"]] or [
            Path(settings.BASE_DIR) / "fixtures" / name for name in CONTENT_FIXTURES
        ]
        try:
            count = load_fixtures(paths)
        except FixtureError as exc:
            raise CommandError(f"Nothing was loaded. {exc}") from exc
        self.stdout.write(f"Loaded {count} records from {len(paths)} fixture files.")
        if not options["no_citations"]:
            call_command("link_citations", verbosity=options["verbosity"], stdout=self.stdout)
