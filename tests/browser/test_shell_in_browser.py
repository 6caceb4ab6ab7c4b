"""The public shell in a real browser: the home page in English and Arabic, keyboard access, no CSP violation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


WIDTH = 1280  # the page fixture's viewport


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


def _start(box):
    return box["x"]


def _end(box):
    return box["x"] + box["width"]


def test_home_in_english_renders_left_to_right_with_title_before_search(site, page, artifacts):
    response = page.goto(f"{site.url}/en/")
    assert response.status == 200
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").first.is_visible()
    title, switcher = _box(page, ".site-title"), _box(page, ".language-switcher")
    assert _start(title) < WIDTH * 0.15, "in English the site title starts at the left"
    assert _end(switcher) > WIDTH * 0.85, "and the language switcher stands at the right"
    page.screenshot(path=str(artifacts / "home-en.png"), full_page=True)
    assert page.problems.messages == []


def test_home_in_arabic_is_right_to_left_with_the_header_mirrored(site, page, artifacts):
    response = page.goto(f"{site.url}/ar/")
    assert response.status == 200
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    title, switcher = _box(page, ".site-title"), _box(page, ".language-switcher")
    assert _end(title) > WIDTH * 0.85, "in Arabic the site title starts at the right"
    assert _start(switcher) < WIDTH * 0.15, "and the language switcher stands at the left"
    first_nav, last_nav = _box(page, ".site-nav li:first-child"), _box(page, ".site-nav li:last-child")
    assert _start(first_nav) > _start(last_nav), "the section links run from right to left"
    direction = page.evaluate("getComputedStyle(document.querySelector('main p')).direction")
    assert direction == "rtl"
    page.screenshot(path=str(artifacts / "home-ar.png"), full_page=True)
    assert page.problems.messages == []


def test_keyboard_reaches_skip_link_first_and_then_the_search_box(site, page):
    page.goto(f"{site.url}/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search":
            break
    else:
        pytest.fail("thirty presses of Tab never reached the search box")
    page.keyboard.type("spectrum")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/en/search/?q=spectrum" in page.url
    assert page.locator("h1").first.inner_text() != ""
    assert page.problems.messages == []


def test_pages_report_no_console_error_or_csp_violation(site, page):
    for path in (
        "/en/",
        "/ar/action-lines/",
        "/en/action-lines/c6/",
        "/zh-hans/action-lines/c7/",
        "/en/action-lines/plan-2006/",
        "/ru/focal-points/",
        "/es/focal-points/unesco/",
        "/fr/search/?q=UNESCO",
    ):
        page.goto(f"{site.url}{path}")
        assert page.locator("link[rel=stylesheet]").count() == 1
        # The stylesheet really applied (a CSP block would leave the header unstyled).
        color = page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
        assert color == "rgb(29, 43, 79)", f"{path}: portal.css did not apply"
    assert page.problems.messages == []


PAGE_TYPES = {
    "home": "/{lang}/",
    "overview": "/{lang}/action-lines/",
    "action-line": "/{lang}/action-lines/c6/",
    "plan": "/{lang}/action-lines/plan-2006/",
    "focal-points": "/{lang}/focal-points/",
    "organization": "/{lang}/focal-points/bdt/",
    "search": "/{lang}/search/?q=spectrum",
    "outcomes": "/{lang}/outcomes/",
    "document": "/{lang}/outcomes/tunis-agenda/",
    "paragraph": "/{lang}/outcomes/tunis-agenda/50/",
    "resolutions": "/{lang}/resolutions/",
    "revision": "/{lang}/resolutions/pp-140/2010/",
    "not-found": "/{lang}/action-lines/c99/",
}


@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_type_fits_the_screen_in_english_and_arabic(site, page, artifacts, width):
    page.set_viewport_size({"width": width, "height": 900})
    for name, pattern in PAGE_TYPES.items():
        for lang in ("en", "ar"):
            page.goto(site.url + pattern.format(lang=lang))
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} in {lang} at {width}px scrolls sideways by {overflow}px"
            page.screenshot(path=str(artifacts / f"{name}-{lang}-{width}.png"), full_page=True)
    # The not-found page itself answers 404 (and the browser logs that); nothing else may fail to load.
    assert [f for f in page.problems.failed_responses if f[0] != "document"] == []
    assert {f[2].split(site.url)[1] for f in page.problems.failed_responses} <= {
        PAGE_TYPES["not-found"].format(lang=lang) for lang in ("en", "ar")
    }
    assert [m for m in page.problems.messages if "status of 404" not in m] == []
