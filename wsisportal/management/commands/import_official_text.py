"""Load an official language version of a resolution revision's text or an outcome document's paragraphs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from outcomes.official_import import import_document
from resolutions.official_import import import_revision
from wsisportal.l10n.languages import codes
from wsisportal.l10n.official import LanguageVersionRefused


class Command(BaseCommand):
    help = (
        "Load an official language version from a UTF-8 plain-text file: a resolution revision's sections and "
        "clauses (--revision pp-140/2010) or an outcome document's paragraphs (--document tunis-agenda). "
        "A file whose structure differs from the English is refused and nothing is loaded."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The official text in that language, UTF-8 plain text.")
        parser.add_argument("--language", required=True, choices=codes())
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--revision", help="A resolution revision as <slug>/<year>, e.g. pp-140/2010.")
        target.add_argument("--document", help="An outcome document's slug, e.g. tunis-agenda.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise CommandError(f"{path}: cannot be read: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
        try:
            if options["revision"]:
                report = import_revision(path.name, text, options["language"], options["revision"])
            else:
                report = import_document(path.name, text, options["language"], options["document"])
        except LanguageVersionRefused as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(report)
