"""Walk every internal link from each language's home page and find none broken: every page answers 200, every
#anchor exists, and no page carries inline script or style. One walk per language, so the six run in parallel."""

import re
from urllib.parse import urldefrag, urlsplit

import pytest

from .shell import LANGUAGES, parse

pytestmark = pytest.mark.django_db

START = "/en/"
LINKED_DATA = re.compile(r'<script type="application/ld\+json">[^<]*</script>')


def _internal(href: str) -> bool:
    return href.startswith("/") and not href.startswith("//") and not href.startswith("/static/")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_internal_link_from_the_home_page_works(client, lang):
    # Each walk stays in its language: the language switcher's links are walked by the other languages' walks.
    start = f"/{lang}/"
    seen, queue, broken, missing_anchors, inline = set(), [start], [], [], []
    anchors: dict[str, set[str]] = {}
    wanted: list[tuple[str, str, str]] = []
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200:
            broken.append((path, response.status_code))
            continue
        if "text/html" not in response["Content-Type"]:
            continue
        page = parse(response)
        anchors[path] = page.ids
        # schema.org data blocks are data, not script: the only <script> a page may hold.
        html = LINKED_DATA.sub("", response.content.decode())
        if "<script" in html or "<style" in html or " style=" in html:
            inline.append(path)
        for href in page.links():
            if not _internal(href):
                continue
            target, fragment = urldefrag(href)
            target = target or path
            if fragment:
                wanted.append((path, target, fragment))
            if urlsplit(target).path.startswith(start) and target not in seen:
                queue.append(target)
            elif not any(urlsplit(target).path.startswith(f"/{code}/") for code in LANGUAGES) and target not in seen:
                # Links outside every language tree (the sitemap, the admin) are checked, not walked.
                status = client.get(target).status_code
                seen.add(target)
                if status not in (200, 302):
                    broken.append((target, status))
    for source, target, fragment in wanted:
        if target in anchors and fragment not in anchors[target]:
            missing_anchors.append(f"{source} → {target}#{fragment}")
    assert broken == []
    assert missing_anchors == []
    assert inline == [], "pages with inline script or style, which the Content-Security-Policy blocks"
    assert len(seen) > 50, f"the walk reached only {len(seen)} pages"


def test_home_page_leads_into_every_section(client):
    links = set(parse(client.get(START)).links())
    for section in (
        "/en/action-lines/",
        "/en/outcomes/",
        "/en/resolutions/",
        "/en/focal-points/",
        "/en/action-lines/plan-2006/",
        "/en/search/",
    ):
        assert section in links, f"the home page has no link to {section}"
