"""Reading the portal's HTML in page tests: links, the language switcher and hreflang alternates."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)

# One page of every type the portal has, as a pattern to fill with a language code.
PAGE_TYPES = (
    "/{lang}/",
    "/{lang}/action-lines/",
    "/{lang}/action-lines/c6/",
    "/{lang}/action-lines/c7/",
    "/{lang}/action-lines/plan-2006/",
    "/{lang}/focal-points/",
    "/{lang}/focal-points/unesco/",
    "/{lang}/search/?q=ITU",
    "/{lang}/outcomes/",
    "/{lang}/outcomes/tunis-agenda/",
    "/{lang}/outcomes/tunis-agenda/96/",
    "/{lang}/resolutions/",
    "/{lang}/resolutions/pp-140/",
    "/{lang}/resolutions/pp-140/2010/",
)


class PageParser(HTMLParser):
    """Collects what the shell tests look at: <html> attributes, every element's attributes, ids, and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_attrs = {}
        self.elements = []
        self.ids = set()
        self.text_parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        if "id" in attrs:
            self.ids.add(attrs["id"])
        self.elements.append((tag, attrs))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text_parts.append(data)

    @property
    def text(self):
        return " ".join(" ".join(self.text_parts).split())

    def find(self, tag, **wanted):
        return [
            a
            for t, a in self.elements
            if t == tag and all(a.get(k.rstrip("_").replace("_", "-")) == v for k, v in wanted.items())
        ]

    def links(self):
        return [a["href"] for t, a in self.elements if t == "a" and "href" in a]


def parse(response) -> PageParser:
    parser = PageParser()
    parser.feed(response.content.decode())
    return parser


class _ElementText(HTMLParser):
    """The text inside the element with a given id (and its descendants), whitespace collapsed."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    BLOCK = {"td", "th", "tr", "li", "p", "div", "dt", "dd", "h1", "h2", "h3", "h4", "br", "ul", "ol", "blockquote"}

    def __init__(self, element_id):
        super().__init__(convert_charrefs=True)
        self.element_id = element_id
        self.depth = 0
        self.parts = []
        self.found = False

    def handle_starttag(self, tag, attrs):
        if self.depth and tag in self.BLOCK:
            self.parts.append(" ")
        if tag in self.VOID:
            return
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.element_id:
            self.depth, self.found = 1, True

    def handle_endtag(self, tag):
        if self.depth and tag in self.BLOCK:
            self.parts.append(" ")
        if self.depth and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def element_text(response, element_id: str) -> str:
    parser = _ElementText(element_id)
    parser.feed(response.content.decode())
    assert parser.found, f"no element with id {element_id!r}"
    return " ".join("".join(parser.parts).split())


class _TextByLanguage(HTMLParser):
    """The text of a page's <body>, each piece with the language its nearest lang attribute gives it."""

    VOID = _ElementText.VOID

    def __init__(self, page_language):
        super().__init__(convert_charrefs=True)
        self.stack = [("html", page_language)]
        self.pieces = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        self.in_body = self.in_body or tag == "body"
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs).get("lang") or self.stack[-1][1]))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while len(self.stack) > 1:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.in_body and data.strip() and self.stack[-1][0] not in ("script", "style"):
            self.pieces.append((self.stack[-1][1], data))


def text_outside(response, language: str) -> str:
    """The words of the page that are not inside an element marked lang=language."""
    page = parse(response)
    parser = _TextByLanguage(page.html_attrs.get("lang", ""))
    parser.feed(response.content.decode())
    return " ".join(data for lang, data in parser.pieces if lang != language)


# The one query a public page costs before its view runs: the page cache asking for the content generation.
PAGE_CACHE_QUERIES = 1


def sitemap_text(client) -> str:
    """Every section sitemap the index lists, one after the other."""
    index = client.get("/sitemap.xml").content.decode()
    return "".join(client.get(urlsplit(loc).path).content.decode() for loc in re.findall(r"<loc>([^<]+)</loc>", index))
