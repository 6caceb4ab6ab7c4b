"""The release step, run once before a new version serves (make content, the compose file's release service):
create the SQLite file if there is none (requests never create it), migrate, then load the content.

`load_content` decides what a load may change: it never overwrites a staff edit. Translations are compiled and
static files collected when the image is built (`make messages static` locally), not here: the running code's
directory is read-only for the user that serves it.
"""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections


class Command(BaseCommand):
    help = "Prepare the database for this version: create (SQLite), migrate, load new content."

    def add_arguments(self, parser):
        parser.add_argument("--no-content", action="store_true", help="Migrate only; do not run load_content.")

    def handle(self, **options):
        connection = connections["default"]
        if connection.vendor == "sqlite" and not connection.is_in_memory_db():
            path = Path(connection.settings_dict["NAME"].removeprefix("file:").split("?")[0])
            if not path.exists():
                path.touch()
                self.stdout.write(f"Created the SQLite database {path}.")
        call_command("migrate", interactive=False, verbosity=options["verbosity"], stdout=self.stdout)
        if not options["no_content"]:
            call_command("load_content", verbosity=options["verbosity"], stdout=self.stdout)
