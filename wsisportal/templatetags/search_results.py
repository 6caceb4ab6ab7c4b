"""Search results on the page: the matched words of a name or an excerpt marked, and links to other pages of
results that keep the query and the kind chosen."""

from urllib.parse import urlencode

from django import template
from django.utils.translation import get_language

from wsisportal.search import headline_html, highlight

from .clauses import plain_words

register = template.Library()


@register.simple_tag(takes_context=True)
def highlighted(context, text, excerpt=False):
    """{% highlighted theme.name %}: the text with the query's words in <mark>; excerpt=True cuts it to some thirty
    words around the first."""
    return highlight(str(text or ""), context["search_query"], get_language(), excerpt=excerpt)


@register.simple_tag(takes_context=True)
def official_excerpt(context, item):
    """A clause's or paragraph's English text cut around the query's words: PostgreSQL's ts_headline where it gave
    one, else the same in Python."""
    headline = getattr(item, "headline", None)
    if headline:
        return headline_html(headline)
    return highlight(plain_words(item.text_en), context["search_query"], get_language(), excerpt=True)


@register.simple_tag(takes_context=True)
def results_url(context, page=None, kind=None):
    """?q=…&kind=…&page=…: the search page for another page of results or another kind, the query kept."""
    params = {"q": context["search_query"]}
    kind = kind if kind is not None else context.get("kind")
    if kind:
        params["kind"] = kind
    if page and page != 1:
        params["page"] = page
    return "?" + urlencode(params)
