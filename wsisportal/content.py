"""Loading the portal's content fixtures as one transaction, naming the file and record of any fault."""

import json
from collections.abc import Iterable
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connections, router, transaction

from wsisportal.l10n.history import paused, record_in_bulk

# The content fixtures in the order they depend on each other.
CONTENT_FIXTURES = (
    "sources.json",
    "outcomes.json",
    "organizations.json",
    "actionlines.json",
    "plan2006.json",
    "publications.json",
    "resolutions.json",
    "resolution-texts.json",
)


class FixtureError(Exception):
    """A fixture file that cannot be loaded, with the file and record at fault."""


def _describe(index: int, record: object) -> str:
    if not isinstance(record, dict):
        return f"record {index}"
    identity = record.get("pk")
    if identity is None:
        fields = record.get("fields") or {}
        identity = next((fields[k] for k in ("slug", "key", "eid", "number", "code") if k in fields), None)
    return f"record {index} ({record.get('model', '?')} {identity!r})" if identity is not None else f"record {index}"


def _records(path: Path) -> list:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise FixtureError(f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except OSError as exc:
        raise FixtureError(f"{path}: cannot be read: {exc.strerror}") from exc
    if not isinstance(records, list):
        raise FixtureError(f"{path}: a fixture is a JSON list of records")
    return records


def load_fixtures(paths: Iterable[Path], using: str = "default") -> int:
    """Load every record of every file in one transaction; on a fault nothing is kept and FixtureError says where."""
    paths = list(paths)
    loaded = 0
    touched_models = set()
    saved = []  # the records this load adds, whose history starts here
    with transaction.atomic(using=using):
        connection = connections[using]
        # History is written once the records are complete (many-to-many links included), in bulk.
        with connection.constraint_checks_disabled(), paused():
            deferred = []
            for path in paths:
                for index, record in enumerate(_records(path), start=1):
                    where = f"{path}: {_describe(index, record)}"
                    try:
                        if not isinstance(record, dict) or "model" not in record or "fields" not in record:
                            raise DeserializationError("a record needs “model” and “fields”")
                        apps.get_model(record["model"])
                        (obj,) = serializers.deserialize(
                            "json", json.dumps([record]), using=using, handle_forward_references=True
                        )
                        if not router.allow_migrate_model(using, obj.object.__class__):
                            continue
                        instance = obj.object
                        new = instance.pk is None or not type(instance)._base_manager.filter(pk=instance.pk).exists()
                        obj.save(using=using)
                    except (DeserializationError, DatabaseError, ValidationError, ObjectDoesNotExist) as exc:
                        raise FixtureError(f"{where}: {exc}") from exc
                    except (LookupError, ValueError, TypeError, KeyError) as exc:
                        raise FixtureError(f"{where}: {exc}") from exc
                    touched_models.add(obj.object.__class__)
                    if new:
                        saved.append(obj.object)
                    if obj.deferred_fields:
                        deferred.append((where, obj))
                    loaded += 1
            for where, obj in deferred:
                try:
                    obj.save_deferred_fields(using=using)
                except (DeserializationError, DatabaseError, ObjectDoesNotExist) as exc:
                    raise FixtureError(f"{where}: {exc}") from exc
        tables = [model._meta.db_table for model in touched_models]
        try:
            connection.check_constraints(table_names=tables)
        except DatabaseError as exc:
            raise FixtureError(f"{', '.join(str(p) for p in paths)}: a reference points at nothing: {exc}") from exc
        record_in_bulk(saved, "load_content")
        # Records carry their own primary keys: move PostgreSQL's id sequences past them, as loaddata does,
        # so that a row added afterwards (by staff, or a test) does not collide with a loaded one.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), list(touched_models)):
                cursor.execute(statement)
    return loaded
