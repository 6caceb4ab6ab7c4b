"""Loading the portal's content fixtures without overwriting staff edits, in one transaction naming any fault."""

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connections, models, router, transaction
from modeltranslation.translator import translator

from wsisportal.generation.models import bump
from wsisportal.l10n.history import paused, record_in_bulk
from wsisportal.l10n.options import official_fields

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


@dataclass
class Difference:
    """One field of one record whose value in the database is not the fixture's (a staff edit, or a fixture fix)."""

    record: str
    field: str
    fixture: object
    database: object

    def __str__(self):
        return f"{self.record}: {self.field}: fixture {_shown(self.fixture)}, database {_shown(self.database)}"


@dataclass
class LoadResult:
    added: int = 0
    replaced: int = 0
    differences: list[Difference] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # fixture records that staff deleted: not added again

    @property
    def differing_records(self) -> list[str]:
        return list(dict.fromkeys(d.record for d in self.differences))


def _shown(value, limit=200):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _same(a, b) -> bool:
    # The admin stores an empty language column as NULL where a fixture writes "": no one changed anything.
    return a == b or (a in (None, "") and b in (None, ""))


def _identity(instance) -> dict | None:
    """How to find a record among historical rows: its primary key, else its natural key field, else the fields
    of its first unconditional unique constraint (a revision's resolution and year)."""
    model = type(instance)
    if instance.pk is not None:
        return {model._meta.pk.attname: instance.pk}
    if hasattr(model, "NATURAL_KEY"):
        return {model.NATURAL_KEY: getattr(instance, model.NATURAL_KEY)}
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and constraint.fields and constraint.condition is None:
            names = [model._meta.get_field(name).attname for name in constraint.fields]
            return {name: getattr(instance, name) for name in names}
    return None


def _deleted_by_staff(instance) -> bool:
    """A fixture record the database lacks because someone deleted it: its history ends with a deletion."""
    model = type(instance)
    identity = _identity(instance)
    if identity is None or not hasattr(model, "history"):
        return False
    last = model.history.filter(**identity).order_by("-history_date", "-history_id").first()
    return last is not None and last.history_type == "-"


def _naming(obj) -> str:
    try:
        key = obj.natural_key() if hasattr(obj, "natural_key") else (obj.pk,)
    except ObjectDoesNotExist:
        key = (obj.pk,)
    return f"{obj._meta.label_lower} {'/'.join(str(part) for part in key)}"


def _compare(record: dict, built, stored) -> list[tuple[str, object, object]]:
    """The fields the fixture record names whose value differs in the database: (field, fixture, database)."""
    model = type(stored)
    found = []
    for name in record["fields"]:
        model_field = model._meta.get_field(name)
        if model_field in (built.deferred_fields or {}):
            continue  # it names a record this load adds: the reference is new, and compared once it exists
        if model_field.many_to_many:
            wanted = sorted(built.m2m_data.get(name, []))
            have = sorted(getattr(stored, name).values_list("pk", flat=True))
            if wanted != have:
                found.append((name, wanted, have))
        else:
            wanted = getattr(built.object, model_field.attname)
            have = getattr(stored, model_field.attname)
            if not _same(wanted, have):
                found.append((model_field.attname, wanted, have))
    return found


def load_fixtures(paths: Iterable[Path], using: str = "default", replace: bool = False) -> LoadResult:
    """Add the fixture records the database does not hold yet, and compare the others with it.

    The database is the truth once staff edit it: a record that exists is left as it is and each field in which it
    differs from its fixture is reported; with replace=True such records are set back to the fixture (every field
    the fixture names; language versions it does not name, such as imported official texts, stay). One transaction:
    on a fault nothing is kept and FixtureError names the file and record.
    """
    paths = list(paths)
    result = LoadResult()
    touched_models = set()
    added, replaced = [], []
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
                        (built,) = serializers.deserialize(
                            "json", json.dumps([record]), using=using, handle_forward_references=True
                        )
                        instance = built.object
                        model = type(instance)
                        if not router.allow_migrate_model(using, model):
                            continue
                        stored = None if instance.pk is None else model._base_manager.filter(pk=instance.pk).first()
                        if stored is None and not replace and _deleted_by_staff(instance):
                            result.deleted.append(_naming(instance))
                            continue
                        if stored is None:
                            links = built.m2m_data or {}
                            built.save(using=using, save_m2m=False)  # it forgets its links: stored below
                            for name, pks in links.items():
                                _set_links(instance, model._meta.get_field(name), pks, using)
                            added.append(instance)
                            if built.deferred_fields:
                                deferred.append((where, built))
                        else:
                            differing = _compare(record, built, stored)
                            for name, wanted, have in differing:
                                result.differences.append(Difference(_naming(stored), name, wanted, have))
                            if differing and replace:
                                _replace(stored, built, differing, using)
                                replaced.append(stored)
                    except (DeserializationError, DatabaseError, ValidationError, ObjectDoesNotExist) as exc:
                        raise FixtureError(f"{where}: {exc}") from exc
                    except (LookupError, ValueError, TypeError, KeyError) as exc:
                        raise FixtureError(f"{where}: {exc}") from exc
                    touched_models.add(model)
            for where, built in deferred:
                try:
                    built.save_deferred_fields(using=using)
                except (DeserializationError, DatabaseError, ObjectDoesNotExist) as exc:
                    raise FixtureError(f"{where}: {exc}") from exc
        tables = [model._meta.db_table for model in touched_models]
        try:
            connection.check_constraints(table_names=tables)
        except DatabaseError as exc:
            raise FixtureError(f"{', '.join(str(p) for p in paths)}: a reference points at nothing: {exc}") from exc
        record_in_bulk(added, "load_content")
        record_in_bulk(replaced, "load_content --replace", changed=True)
        # Records carry their own primary keys: move PostgreSQL's id sequences past them, as loaddata does,
        # so that a row added afterwards (by staff, or a test) does not collide with a loaded one.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), list(touched_models)):
                cursor.execute(statement)
    result.added, result.replaced = len(added), len(replaced)
    return result


def _set_links(obj, field, pks, using):
    """Store a record's many-to-many links in the order its fixture lists them (Model.m2m.set() forgets the order),
    so that dump_content writes them back in that order."""
    through = field.remote_field.through
    owner, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    through._base_manager.using(using).filter(**{owner: obj.pk}).delete()
    through._base_manager.using(using).bulk_create(through(**{owner: obj.pk, target: pk}) for pk in pks)
    bump()  # bulk_create sends no signal: cached pages must learn of the new links


def _replace(stored, built, differing, using):
    """Set a stored record's differing fields to the fixture's values, as a raw save: no signals relink or
    re-number anything half-way; the caller links citations once the whole load is in."""
    columns = []
    for name, wanted, _have in differing:
        if stored._meta.get_field(name).many_to_many:
            _set_links(stored, stored._meta.get_field(name), wanted, using)
        else:
            setattr(stored, name, wanted)
            columns.append(name)
    if columns:
        models.Model.save_base(stored, using=using, raw=True, update_fields=columns)


# --- writing the database back to fixtures/ -----------------------------------------------------------------------

# Which models each fixture file holds, in the order it writes them; a (parent, child, link) entry writes each parent
# record followed by its children (a section, then its clauses).
FIXTURE_LAYOUT = {
    "sources.json": ("outcomes.source", "outcomes.summitphase"),
    "outcomes.json": ("outcomes.outcomedocument", "outcomes.paragraph"),
    "organizations.json": ("actionlines.organization",),
    "actionlines.json": ("actionlines.actionline", "actionlines.theme", "actionlines.mechanism", "actionlines.role"),
    "plan2006.json": ("actionlines.activity", "actionlines.assignment", "actionlines.meeting"),
    "publications.json": ("actionlines.publication",),
    "resolutions.json": ("resolutions.resolution", "resolutions.conference", "resolutions.revision"),
    "resolution-texts.json": (("resolutions.section", "resolutions.clause", "section"),),
}
# The order in which fixtures write a translated field's six columns.
FIXTURE_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh_hans")
# Translated fields whose columns are written only where they hold text: official texts (loaded language by
# language) and the rare title of a revision.
SPARSE_FIELDS = {"resolutions.revision": ("title",)}


def _columns(model) -> list[str]:
    """The keys of a model's fixture records, in the model's field order with each translated field's columns in
    FIXTURE_LANGUAGES order."""
    translated = set()
    if model in translator.get_registered_models():
        translated = set(translator.get_options_for_model(model).get_field_names())
    fields = sorted(
        (f for f in [*model._meta.local_fields, *model._meta.local_many_to_many] if not f.primary_key),
        key=lambda f: f.creation_counter,
    )
    keys = []
    for f in fields:
        if getattr(f, "translated_field", None) is not None:
            continue  # a language column: written beside its field
        if f.name in translated:
            keys.extend(f"{f.name}_{code}" for code in FIXTURE_LANGUAGES)
        else:
            keys.append(f.name)
    return keys


def _sparse(model) -> set[str]:
    if model not in translator.get_registered_models():
        return set()
    names = {
        *official_fields(translator.get_options_for_model(model)),
        *SPARSE_FIELDS.get(model._meta.label_lower, ()),
    }
    return {f"{name}_{code}" for name in names for code in FIXTURE_LANGUAGES}


def _serialize(model, queryset) -> list[dict]:
    keys, sparse = _columns(model), _sparse(model)
    natural = hasattr(model, "natural_key")
    links = {f.name: _links_in_added_order(f) for f in model._meta.local_many_to_many}
    records = []
    for obj, data in zip(
        queryset,
        serializers.serialize("python", queryset, use_natural_foreign_keys=True, use_natural_primary_keys=True),
        strict=True,
    ):
        fields = data["fields"]
        for name, by_owner in links.items():
            fields[name] = by_owner.get(obj.pk, [])
        record = {"model": data["model"]}
        if not natural:
            record["pk"] = data["pk"]
        record["fields"] = {key: fields[key] for key in keys if key not in sparse or fields.get(key)}
        records.append(record)
    return records


def _links_in_added_order(field) -> dict:
    """A many-to-many field's targets per record, as the fixture named them: in the order the links were added."""
    through = field.remote_field.through
    owner, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    related = field.related_model
    keys = {
        obj.pk: list(obj.natural_key()) if hasattr(obj, "natural_key") else obj.pk
        for obj in related._base_manager.all()
    }
    by_owner = defaultdict(list)
    for row in through.objects.order_by("pk").values(owner, target):
        by_owner[row[owner]].append(keys[row[target]])
    return by_owner


def dump_fixtures(directory: Path) -> list[Path]:
    """Write the content of the database to the fixture files of `directory`, in the project's format: the same
    files, natural keys, records in the order they were added, two-space indentation, one newline at the end."""
    written = []
    for name, entries in FIXTURE_LAYOUT.items():
        records = []
        for entry in entries:
            if isinstance(entry, tuple):
                parent_label, child_label, link = entry
                parent, child = apps.get_model(parent_label), apps.get_model(child_label)
                children = defaultdict(list)
                for record, obj in zip(
                    _serialize(child, child._base_manager.order_by("pk")),
                    child._base_manager.order_by("pk"),
                    strict=True,
                ):
                    children[getattr(obj, f"{link}_id")].append(record)
                parents = list(parent._base_manager.order_by("pk"))
                for record, obj in zip(_serialize(parent, parents), parents, strict=True):
                    records.append(record)
                    records.extend(children.pop(obj.pk, []))
            else:
                model = apps.get_model(entry)
                records.extend(_serialize(model, model._base_manager.order_by("pk")))
        path = directory / name
        path.write_text(
            json.dumps(records, indent=2, ensure_ascii=False, cls=DjangoJSONEncoder) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written
