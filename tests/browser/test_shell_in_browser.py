"""The public shell in a real browser: the home page in English and Arabic, keyboard access, no CSP violation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_home_in_english_renders_left_to_right_with_title_before_search(site, page, artifacts):
    response = page.goto(f"{site.url}/en/")
    assert response.status == 200
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").first.is_visible()
    title, search = _box(page, ".site-title"), _box(page, ".search-form")
    assert title["x"] < search["x"], "in English the site title stands left of the search box"
    page.screenshot(path=str(artifacts / "home-en.png"), full_page=True)
    assert page.problems.messages == []


def test_home_in_arabic_is_right_to_left_with_the_header_mirrored(site, page, artifacts):
    response = page.goto(f"{site.url}/ar/")
    assert response.status == 200
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    title, search = _box(page, ".site-title"), _box(page, ".search-form")
    assert title["x"] > search["x"], "in Arabic the site title stands right of the search box"
    body_text_align = page.evaluate("getComputedStyle(document.querySelector('main p')).direction")
    assert body_text_align == "rtl"
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
    page.keyboard.press("Enter")
    page.wait_for_load_state()
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
        "/en/no-such-page/",
    ):
        page.goto(f"{site.url}{path}")
        assert page.locator("link[rel=stylesheet]").count() == 1
        # The stylesheet really applied (a CSP block would leave the header unstyled).
        color = page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
        assert color == "rgb(29, 43, 79)", f"{path}: portal.css did not apply"
    assert page.problems.messages == []
