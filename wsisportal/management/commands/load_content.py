"""Load the content fixtures without overwriting staff edits, and link their citations, in one transaction."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from resolutions.citations import link_all
from wsisportal.content import CONTENT_FIXTURES, FixtureError, load_fixtures


class Refused(Exception):
    """The person running --replace did not confirm: nothing is kept."""


class Command(BaseCommand):
    help = (
        "Add the records of fixtures/ that the database does not hold yet, report every field in which a stored "
        "record differs from its fixture (staff edits are kept), then resolve citations: all in one transaction. "
        "--replace sets differing records back to their fixtures."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="Fixture files to load instead of the portal's own.")
        parser.add_argument("--no-citations", action="store_true", help="Do not link citations afterwards.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite the records that differ from their fixtures (staff edits in them are lost).",
        )
        parser.add_argument("--yes", action="store_true", help="With --replace: do not ask for confirmation.")

    def handle(self, **options):
        paths = [Path(f) for f in options["files"]] or [
            Path(settings.BASE_DIR) / "fixtures" / name for name in CONTENT_FIXTURES
        ]
        replace = options["replace"]
        try:
            # Content never exists without its citations: loading and linking commit together or not at all.
            with transaction.atomic():
                result = load_fixtures(paths, replace=replace)
                self.report(result, replace)
                if replace and result.replaced and not options["yes"]:
                    self.confirm(result)
                if not options["no_citations"]:
                    count = link_all()
                    if options["verbosity"]:
                        self.stdout.write(
                            f"{count.citations} citations in {count.texts} clauses and plan rows "
                            f"({count.unresolved} unresolved); {count.changed} texts changed."
                        )
        except FixtureError as exc:
            raise CommandError(f"Nothing was loaded. {exc}") from exc
        except Refused:
            raise CommandError("Nothing was replaced or loaded: not confirmed.") from None

    def report(self, result, replace):
        self.stdout.write(f"Added {result.added} new records from fixtures.")
        if result.deleted:
            self.stdout.write(
                f"{len(result.deleted)} fixture records were deleted by staff and not added again "
                f"(`load_content --replace` would): {', '.join(result.deleted)}."
            )
        records = result.differing_records
        if not records:
            return
        for difference in result.differences:
            self.stdout.write(f"  {difference}")
        if replace:
            self.stdout.write(
                f"{len(records)} records replaced by their fixtures: the database values above are lost."
            )
        else:
            self.stdout.write(
                f"{len(records)} records differ from their fixtures and were kept as the database has them "
                "(staff edits). `load_content --replace` overwrites them; `dump_content` writes them to fixtures/."
            )

    def confirm(self, result):
        answer = input(f"Replace {result.replaced} records, losing the database values above? Type 'yes': ")
        if answer.strip().lower() != "yes":
            raise Refused
