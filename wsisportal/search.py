"""Search across action lines, themes, paragraphs, resolutions and organizations in the reader's language.

On PostgreSQL: full-text search with the language's own text-search configuration ('simple' plus a substring
match for Chinese, which has no word breaks). Elsewhere (SQLite): every word of the query as a plain substring.
Official texts (clauses, paragraph text) exist in English only, so they are searched in English as well.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, QuerySet
from modeltranslation.utils import build_localized_fieldname

from actionlines.models import ActionLine, Organization, Theme
from outcomes.models import Paragraph
from resolutions.models import Clause, Resolution

TEXT_SEARCH_CONFIGS = {
    "ar": "arabic",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "es": "spanish",
    "zh-hans": "simple",
}
SUBSTRING_LANGUAGES = {"zh-hans"}
LIMIT = 50


@dataclass
class SearchResults:
    query: str
    action_lines: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)
    resolutions: list = field(default_factory=list)
    clauses: list = field(default_factory=list)
    organizations: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(
            len(group)
            for group in (
                self.action_lines,
                self.themes,
                self.paragraphs,
                self.resolutions,
                self.clauses,
                self.organizations,
            )
        )


def _columns(fields, language):
    return [build_localized_fieldname(name, language) for name in fields]


def _substring(columns, query) -> Q:
    """Every word of the query in one of the columns (the whole query for Chinese, which has no spaces)."""
    words = query.split() or [query]
    return reduce(and_, (reduce(or_, (Q(**{f"{c}__icontains": w}) for c in columns)) for w in words))


def _matching(queryset: QuerySet, query: str, language: str, fields, english_fields=()) -> QuerySet:
    """Rows whose fields in the reader's language (or, for official texts, in English) match the query."""
    own = _columns(fields, language)
    english = _columns(english_fields, "en")
    if connection.vendor != "postgresql":
        return queryset.filter(_substring(own + english, query)).distinct()
    config = TEXT_SEARCH_CONFIGS.get(language, "simple")
    rank = None
    condition = Q()
    if own:
        vector = SearchVector(*own, config=config)
        search_query = SearchQuery(query, config=config, search_type="websearch")
        queryset = queryset.annotate(own_vector=vector)
        condition |= Q(own_vector=search_query)
        rank = SearchRank(vector, search_query)
    if english:
        vector = SearchVector(*english, config="english")
        search_query = SearchQuery(query, config="english", search_type="websearch")
        queryset = queryset.annotate(english_vector=vector)
        condition |= Q(english_vector=search_query)
        rank = SearchRank(vector, search_query) if rank is None else rank + SearchRank(vector, search_query)
    if language in SUBSTRING_LANGUAGES:
        condition |= _substring(own + english, query)
    return queryset.annotate(rank=rank).filter(condition).order_by(F("rank").desc(nulls_last=True), "pk")


def search(query: str, language: str) -> SearchResults:
    query = query.strip()
    results = SearchResults(query)
    if not query:
        return results
    results.action_lines = list(
        _matching(ActionLine.objects.all(), query, language, ("title", "short_title", "summary"))[:LIMIT]
    )
    code = query.upper().replace(" ", "").replace(".", "")
    if code[:1] == "C" and code[1:].isdigit():
        by_code = ActionLine.objects.filter(number=int(code[1:]))
        results.action_lines = list(by_code) + [a for a in results.action_lines if a not in by_code]
    results.themes = list(_matching(Theme.objects.select_related("action_line"), query, language, ("name",))[:LIMIT])
    results.paragraphs = list(
        _matching(
            Paragraph.objects.select_related("document", "parent__parent__parent"),
            query,
            language,
            ("itu_note", "text"),
            english_fields=("text",),
        )[:LIMIT]
    )
    results.resolutions = list(_matching(Resolution.objects.all(), query, language, ("title", "summary"))[:LIMIT])
    results.clauses = list(
        _matching(
            Clause.objects.select_related("section__revision__resolution"),
            query,
            language,
            ("text",),
            english_fields=("text",),
        )[:LIMIT]
    )
    results.organizations = list(
        _matching(Organization.objects.select_related("parent"), query, language, ("acronym", "name", "description"))[
            :LIMIT
        ]
    )
    return results
