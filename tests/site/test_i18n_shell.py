"""Every page type answers in all six languages with the right lang and dir, a language switcher and hreflang."""

import re

import pytest
from django.conf import settings

from .shell import LANGUAGES, PAGE_TYPES, parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("pattern", PAGE_TYPES)
def test_page_answers_with_its_language_and_direction(client, pattern, lang):
    response = client.get(pattern.format(lang=lang))
    assert response.status_code == 200
    page = parse(response)
    assert page.html_attrs["lang"] == lang
    assert page.html_attrs["dir"] == ("rtl" if lang == "ar" else "ltr")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("pattern", PAGE_TYPES)
def test_language_switcher_leads_to_the_same_page_in_every_other_language(client, pattern, lang):
    path = pattern.format(lang=lang)
    page = parse(client.get(path))
    switcher = {a["hreflang"]: a for a in page.find("a") if "hreflang" in a and a.get("lang")}
    assert set(switcher) == set(LANGUAGES) - {lang}, "one plain link per other language"
    for other, link in switcher.items():
        assert link["lang"] == other
        assert link["href"] == pattern.format(lang=other)
    current = [s for s in page.find("span", aria_current="true") if s.get("lang") == lang]
    assert current, "the reader's own language is shown, not linked"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("pattern", PAGE_TYPES)
def test_head_names_all_six_alternates_and_an_english_x_default(client, pattern, lang):
    path = pattern.format(lang=lang)
    page = parse(client.get(path))
    # The language versions; the page's data (typed alternates, no hreflang) is tested with the data.
    alternates = {a["hreflang"]: a["href"] for a in page.find("link", rel="alternate") if "hreflang" in a}
    assert set(alternates) == {*LANGUAGES, "x-default"}
    for other in LANGUAGES:
        assert alternates[other] == settings.CANONICAL_ORIGIN + pattern.format(lang=other)
    assert alternates["x-default"] == alternates["en"]


def test_switcher_names_each_language_in_that_language(client):
    page = parse(client.get("/en/"))
    names = {a["hreflang"]: a for a in page.find("a") if "hreflang" in a}
    text = page.text
    for name in ("العربيّة", "简体中文", "Français", "Русский", "Español"):
        assert name in text
    assert set(names) == {"ar", "zh-hans", "fr", "ru", "es"}


def test_unknown_page_still_offers_the_same_address_in_other_languages(client):
    response = client.get("/fr/action-lines/c99/")
    assert response.status_code == 404
    page = parse(response)
    assert page.html_attrs["lang"] == "fr"
    hrefs = {a["hreflang"]: a["href"] for a in page.find("a") if "hreflang" in a}
    assert hrefs["ar"] == "/ar/action-lines/c99/"


@pytest.mark.parametrize(
    "accept, expected",
    [("fr-FR,fr;q=0.9", "/fr/"), ("ar", "/ar/"), ("zh-CN,zh;q=0.9", "/zh-hans/"), ("de", "/en/"), ("", "/en/")],
)
def test_root_redirects_to_the_readers_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_stylesheet_uses_only_logical_properties_so_arabic_needs_no_second_one():
    from pathlib import Path

    from django.conf import settings

    css = (Path(settings.BASE_DIR) / "static" / "css" / "portal.css").read_text()
    physical = re.compile(
        r"(margin|padding|border)-(left|right)|(?<![-\w])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)"
    )
    assert physical.findall(css) == []
    assert "@media print" in css
    for family in ('"Noto Sans Arabic"', '"Noto Sans CJK SC"', '"Noto Sans"'):
        assert family in css
    assert "@import" not in css and "url(http" not in css, "no web-font CDN"


def test_plan_comments_in_arabic_are_the_english_original_marked_as_such(client):
    response = client.get("/ar/action-lines/c1/")
    html = response.content.decode()
    assert (
        '<span class="official-original" lang="en" dir="ltr">UN-DESA is the focal point with ITU as co-facilitator.'
        in html
    )
    assert 'class="official-notice"' in html


@pytest.mark.parametrize("pattern", PAGE_TYPES)
def test_english_inside_an_arabic_page_is_set_left_to_right(client, pattern):
    page = parse(client.get(pattern.format(lang="ar")))
    english = [(tag, a) for tag, a in page.elements if a.get("lang") == "en" and "hreflang" not in a]
    assert all(a.get("dir") == "ltr" for _tag, a in english), [a for _t, a in english if a.get("dir") != "ltr"]


def test_absolute_urls_come_from_the_canonical_origin_never_from_the_host_header(client, settings):
    settings.CANONICAL_ORIGIN = "https://wsis.example"
    settings.ALLOWED_HOSTS = ["*"]
    page = parse(client.get("/en/action-lines/c6/", HTTP_HOST="evil.example:6666"))
    hrefs = [a["href"] for a in page.find("link", rel="alternate")]
    assert hrefs and all(h.startswith("https://wsis.example/") for h in hrefs)
    robots = client.get("/robots.txt", HTTP_HOST="evil.example:6666").content.decode()
    assert "Sitemap: https://wsis.example/sitemap.xml" in robots
    assert "evil" not in robots
