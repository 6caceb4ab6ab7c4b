"""How much of the content exists in each of the six languages, for the staff's translation-coverage page.

Translated fields are compared with the English, the reference: a record counts only where its English value
is filled. Official texts (resolution clauses and keywords, outcome paragraphs) are not translated by the
portal but loaded from official sources, so they are reported apart, as loaded or not, language by language.
Counting is done by the database, one aggregate query per model.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib import admin
from django.db.models import BooleanField, Case, Count, Q, Value, When
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .languages import ORIGINAL_LANGUAGE as REFERENCE_LANGUAGE
from .languages import codes as languages
from .options import official_fields


@dataclass
class Cell:
    """One language's count for a field: how many are filled of how many could be."""

    language: str
    filled: int
    total: int

    @property
    def percent(self) -> int | None:
        # Rounded down, so that a language missing one record in a thousand never reads 100 %.
        return None if not self.total else 100 * self.filled // self.total

    @property
    def complete(self) -> bool:
        return self.filled == self.total


@dataclass
class FieldCoverage:
    name: str
    verbose_name: str
    cells: list[Cell]


@dataclass
class MissingRecord:
    """A record with an English value whose translation is missing in some languages."""

    label: str
    url: str | None
    missing: dict[str, list[str]]  # language code → verbose names of the fields it lacks

    @property
    def per_language(self) -> list[tuple[str, list[str]]]:
        """What is missing, language by language in the portal's order (the English is the reference)."""
        return [(code, self.missing.get(code, [])) for code in languages() if code != REFERENCE_LANGUAGE]


@dataclass
class ModelCoverage:
    label: str  # app_label.model_name
    verbose_name: str
    fields: list[FieldCoverage]
    totals: list[Cell] = field(default_factory=list)
    missing: list[MissingRecord] = field(default_factory=list)


@dataclass
class OfficialText:
    """How far an official text (one resolution revision, one outcome document) is loaded in each language."""

    label: str
    url: str | None
    cells: list[Cell]


@dataclass
class OfficialCoverage:
    label: str
    verbose_name: str
    field_verbose_name: str
    cells: list[Cell]
    texts: list[OfficialText]


def _filled(field_name: str, language: str) -> Q:
    # Greater than the empty string: neither NULL nor "".
    return Q(**{f"{build_localized_fieldname(field_name, language)}__gt": ""})


def _label(model) -> str:
    return model._meta.label_lower


def _translated_fields(model) -> list[str]:
    names = set(translator.get_options_for_model(model).get_field_names())
    return [f.name for f in model._meta.fields if f.name in names]  # in the order the model declares them


def admin_url(obj) -> str | None:
    """The admin change page of a record, or of the record it is edited with (inline) when it has none of its own."""
    model = obj.__class__
    if admin.site.is_registered(model):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
    for model_field in model._meta.fields:
        if model_field.many_to_one and admin.site.is_registered(model_field.related_model):
            parent_id = getattr(obj, model_field.attname)
            if parent_id is not None:
                meta = model_field.related_model._meta
                try:
                    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[parent_id])
                except NoReverseMatch:
                    continue
    return None


def model_coverage(model, field_names: list[str]) -> ModelCoverage:
    """Counts per field and language against the English, and the records that miss a language."""
    codes = languages()
    counts = {}
    for name in field_names:
        reference = _filled(name, REFERENCE_LANGUAGE)
        counts[f"{name}__total"] = Count("pk", filter=reference)
        for code in codes:
            counts[f"{name}__{code}"] = Count("pk", filter=reference & _filled(name, code))
    numbers = model._default_manager.aggregate(**counts)
    fields = [
        FieldCoverage(
            name=name,
            verbose_name=str(model._meta.get_field(name).verbose_name),
            cells=[Cell(code, numbers[f"{name}__{code}"], numbers[f"{name}__total"]) for code in codes],
        )
        for name in field_names
    ]
    totals = [
        Cell(code, sum(f.cells[i].filled for f in fields), sum(f.cells[i].total for f in fields))
        for i, code in enumerate(codes)
    ]
    return ModelCoverage(
        label=_label(model),
        verbose_name=str(model._meta.verbose_name_plural),
        fields=fields,
        totals=totals,
        missing=missing_records(model, field_names),
    )


def missing_records(model, field_names: list[str]) -> list[MissingRecord]:
    """Every record whose English value of a field has no counterpart in some language, with what it misses."""
    gaps = {
        (name, code): _filled(name, REFERENCE_LANGUAGE) & ~_filled(name, code)
        for name in field_names
        for code in languages()
        if code != REFERENCE_LANGUAGE
    }
    if not gaps:
        return []
    any_gap = Q()
    for condition in gaps.values():
        any_gap |= condition
    flags = {
        f"gap__{name}__{code}": Case(
            When(condition, then=Value(True)), default=Value(False), output_field=BooleanField()
        )
        for (name, code), condition in gaps.items()
    }
    parents = [f.name for f in model._meta.fields if f.many_to_one]
    records = model._default_manager.filter(any_gap).select_related(*parents).annotate(**flags)
    verbose = {name: str(model._meta.get_field(name).verbose_name) for name in field_names}
    result = []
    for record in records:
        missing: dict[str, list[str]] = {}
        for name, code in gaps:
            if getattr(record, f"gap__{name}__{code}"):
                missing.setdefault(code, []).append(verbose[name])
        result.append(MissingRecord(label=str(record), url=admin_url(record), missing=missing))
    return result


def official_coverage(model, field_name: str, container_path: str) -> OfficialCoverage:
    """How many records of an official text are loaded per language, overall and per revision or document."""
    codes = languages()
    counts = {"total": Count("pk")}
    counts.update({code: Count("pk", filter=_filled(field_name, code)) for code in codes})
    overall = model._default_manager.aggregate(**counts)
    rows = model._default_manager.values(container_path).annotate(**counts).order_by(container_path)
    container_model = model._meta.get_field(container_path.split("__")[0]).related_model
    for step in container_path.split("__")[1:]:
        container_model = container_model._meta.get_field(step).related_model
    parents = [f.name for f in container_model._meta.fields if f.many_to_one]
    containers = container_model._default_manager.select_related(*parents).in_bulk(
        [row[container_path] for row in rows]
    )
    texts = []
    for row in rows:
        container = containers[row[container_path]]
        texts.append(
            OfficialText(
                label=str(container),
                url=admin_url(container),
                cells=[Cell(code, row[code], row["total"]) for code in codes],
            )
        )
    return OfficialCoverage(
        label=_label(model),
        verbose_name=str(model._meta.verbose_name_plural),
        field_verbose_name=str(model._meta.get_field(field_name).verbose_name),
        cells=[Cell(code, overall[code], overall["total"]) for code in codes],
        texts=texts,
    )


def coverage_report() -> tuple[list[ModelCoverage], list[OfficialCoverage]]:
    """Coverage of every model with translated fields, then of the official texts, in a stable order."""
    translated, official = [], []
    for model in sorted(translator.get_registered_models(), key=_label):
        if model._meta.abstract or model._meta.proxy:
            continue
        options = translator.get_options_for_model(model)
        names = _translated_fields(model)
        ours = [name for name in names if name not in official_fields(options)]
        if ours:
            translated.append(model_coverage(model, ours))
        for name in names:
            if name in official_fields(options):
                official.append(official_coverage(model, name, options.official_container))
    return translated, official


def translation_coverage(request):
    """The staff page: per model and language what is translated, and the records that miss a language."""
    translated, official = coverage_report()
    context = {
        **admin.site.each_context(request),
        "title": _("Translation coverage"),
        "languages": settings.LANGUAGES,
        "translated": translated,
        "official": official,
    }
    return TemplateResponse(request, "admin/translation_coverage.html", context)
