"""Search across action lines, themes, paragraphs, resolutions and organizations in the reader's language.

A query that names an item as delegates write it ("§ 96", "TA 96", "Res 140", "C5", "paragraphe 96", "第96段")
puts that item first: the reference parser reads it (wsisportal.texts.queries). Then the words: on PostgreSQL
full-text search with the language's own text-search configuration ('simple' plus a substring match for Chinese,
which has no word breaks), excerpts highlighted by ts_headline; elsewhere (SQLite) every word of the query as a
plain substring, highlighted in Python. Official texts (clauses, paragraph text) exist in English only, so they
are searched in English as well. Results come grouped by kind, with counts, twenty to a page.
"""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q, QuerySet
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from actionlines.models import ActionLine, Organization, Theme
from outcomes.models import OutcomeDocument, Paragraph
from resolutions.citations import BODY_NAMES
from resolutions.models import Clause, Resolution
from wsisportal.texts.eids import paragraph_eid
from wsisportal.texts.queries import ActionLineTarget, read_query
from wsisportal.texts.references import ParagraphTarget

TEXT_SEARCH_CONFIGS = {
    "ar": "arabic",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "es": "spanish",
    "zh-hans": "simple",
}
SUBSTRING_LANGUAGES = {"zh-hans"}
# More than any reader pages through; the counts say how many matched up to here.
LIMIT = 500
PER_PAGE = 20
EXCERPT_WORDS = 30
# ts_headline's marks, outside any text, so the excerpt can be escaped before they become <mark>.
MARK_START, MARK_STOP = "\x02", "\x03"

# The kinds, in the order the page lists them, with their headings.
KINDS = {
    "action_lines": _("Action lines"),
    "themes": _("Themes and topics"),
    "paragraphs": _("Outcome-document paragraphs"),
    "resolutions": _("Resolutions and decisions"),
    "clauses": _("Resolution texts"),
    "organizations": _("Organizations"),
}


@dataclass
class SearchResults:
    query: str
    exact: list = field(default_factory=list)
    action_lines: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)
    resolutions: list = field(default_factory=list)
    clauses: list = field(default_factory=list)
    organizations: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.exact) + sum(len(getattr(self, kind)) for kind in KINDS)

    @property
    def counts(self) -> list[tuple[str, str, int]]:
        """(kind, heading, count) of every kind that has results, in page order."""
        return [(kind, label, len(getattr(self, kind))) for kind, label in KINDS.items() if getattr(self, kind)]


@dataclass
class ResultGroup:
    kind: str
    label: str
    count: int
    items: list


def results_page(results: SearchResults, kind: str | None, number) -> tuple[object, list[ResultGroup]]:
    """One page of twenty results (of one kind, if given), and the groups by kind that page holds."""
    kinds = [kind] if kind in KINDS else list(KINDS)
    flat = [(k, item) for k in kinds for item in getattr(results, k)]
    page = Paginator(flat, PER_PAGE).get_page(number)
    groups: list[ResultGroup] = []
    for k, item in page.object_list:
        if not groups or groups[-1].kind != k:
            groups.append(ResultGroup(k, KINDS[k], len(getattr(results, k)), []))
        groups[-1].items.append(item)
    return page, groups


def _columns(fields, language):
    return [build_localized_fieldname(name, language) for name in fields]


def _words(query: str, language: str) -> list[str]:
    return [query] if language in SUBSTRING_LANGUAGES else (query.split() or [query])


def _substring(columns, query, language="en") -> Q:
    """Every word of the query in one of the columns (the whole query for Chinese, which has no spaces)."""
    return reduce(and_, (reduce(or_, (Q(**{f"{c}__icontains": w}) for c in columns)) for w in _words(query, language)))


def _matching(queryset: QuerySet, query: str, language: str, fields, english_fields=(), headline=None) -> QuerySet:
    """Rows whose fields in the reader's language (or, for official texts, in English) match the query;
    headline names an English field whose excerpt PostgreSQL marks up as .headline."""
    own = _columns(fields, language)
    english = _columns(english_fields, "en")
    if connection.vendor != "postgresql":
        return queryset.filter(_substring(own + english, query, language)).distinct()
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
        if headline:
            queryset = queryset.annotate(
                headline=SearchHeadline(
                    build_localized_fieldname(headline, "en"),
                    search_query,
                    config="english",
                    start_sel=MARK_START,
                    stop_sel=MARK_STOP,
                    max_words=EXCERPT_WORDS,
                    min_words=15,
                )
            )
    if language in SUBSTRING_LANGUAGES:
        condition |= _substring(own + english, query, language)
    return queryset.annotate(rank=rank).filter(condition).order_by(F("rank").desc(nulls_last=True), "pk")


def highlight(text: str, query: str, language: str, excerpt: bool = False) -> SafeString:
    """The text escaped, every word of the query in it marked with <mark>; excerpt=True cuts it to some thirty
    words around the first match. PostgreSQL's ts_headline does this for official texts there; this is the rest."""
    text = text or ""
    words = [w for w in _words(query, language) if len(w) > 1 or language in SUBSTRING_LANGUAGES]
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I) if words else None
    if excerpt:
        first = pattern.search(text) if pattern else None
        tokens = text.split()
        if len(tokens) > EXCERPT_WORDS:
            at = len(text[: first.start()].split()) if first else 0
            start = max(0, at - EXCERPT_WORDS // 3)
            cut = " ".join(tokens[start : start + EXCERPT_WORDS])
            text = ("… " if start else "") + cut + (" …" if start + EXCERPT_WORDS < len(tokens) else "")
    if pattern is None:
        return conditional_escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(conditional_escape(text[position : match.start()]))
        pieces.append(mark_safe(f"<mark>{conditional_escape(match[0])}</mark>"))
        position = match.end()
    pieces.append(conditional_escape(text[position:]))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def headline_html(headline: str) -> SafeString:
    """ts_headline's excerpt, escaped, its marks as <mark>."""
    escaped = str(conditional_escape(headline))
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))


def _document_names() -> dict[str, OutcomeDocument]:
    """Every name a reader may write a document under: ITU's abbreviation and aliases, its title and short name
    in each language."""
    names = {}
    for document in OutcomeDocument.objects.all():
        written = [document.abbreviation, *document.alias_list()]
        for code in TEXT_SEARCH_CONFIGS:
            written += [
                getattr(document, build_localized_fieldname("title", code)),
                getattr(document, build_localized_fieldname("short_title", code)),
            ]
        for name in written:
            if name:
                names.setdefault(name, document)
    return names


def exact_items(query: str) -> list:
    """The paragraphs, resolutions and action lines the query names by reference, in the order written."""
    documents = _document_names()
    targets = read_query(query, {name: doc.slug for name, doc in documents.items()}, BODY_NAMES)
    if not targets:
        return []
    paragraphs = Q(pk__in=[])
    resolutions = Q(pk__in=[])
    lines = []
    for target in targets:
        if isinstance(target, ActionLineTarget):
            lines.append(target.number)
        elif isinstance(target, ParagraphTarget):
            try:
                eid = paragraph_eid([part.lower() for part in target.path])
            except ValueError:
                continue
            where = Q(eid=eid) if target.document is None else Q(eid=eid, document__slug=target.document)
            paragraphs |= where
        else:
            where = Q(kind=target.kind, number=target.number)
            resolutions |= where & Q(body=target.body) if target.body and target.body != "same" else where
    found = [
        *ActionLine.objects.filter(number__in=lines),
        *Paragraph.objects.filter(paragraphs).select_related("document", "parent__parent__parent"),
        *sorted(Resolution.objects.filter(resolutions), key=lambda resolution: resolution.order_key),
    ]
    return found


def search(query: str, language: str) -> SearchResults:
    query = query.strip()
    results = SearchResults(query)
    if not query:
        return results
    results.exact = exact_items(query)
    results.action_lines = list(
        _matching(ActionLine.objects.all(), query, language, ("title", "short_title", "summary"))[:LIMIT]
    )
    results.themes = list(_matching(Theme.objects.select_related("action_line"), query, language, ("name",))[:LIMIT])
    results.paragraphs = list(
        _matching(
            Paragraph.objects.select_related("document", "parent__parent__parent"),
            query,
            language,
            ("itu_note", "text"),
            english_fields=("text",),
            headline="text",
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
            headline="text",
        )[:LIMIT]
    )
    results.organizations = list(
        _matching(Organization.objects.select_related("parent"), query, language, ("acronym", "name", "description"))[
            :LIMIT
        ]
    )
    # What the query names exactly stands above every group, and is not listed twice.
    for kind in ("action_lines", "paragraphs", "resolutions"):
        setattr(results, kind, [item for item in getattr(results, kind) if item not in results.exact])
    return results
