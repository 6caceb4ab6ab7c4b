"""Resolution 140 and a paragraph in a real browser: right to left in Arabic, CJK in Chinese, links that land."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RES_140 = "/{lang}/resolutions/pp-140/2010/"


def _direction(page, selector):
    return page.evaluate(f"getComputedStyle(document.querySelector({selector!r})).direction")


def test_resolution_140_in_arabic_runs_right_to_left_with_the_english_clauses_left_to_right(site, page, artifacts):
    assert page.goto(site.url + RES_140.format(lang="ar")).status == 200
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert _direction(page, "h1") == "rtl"
    # The text is the English original: each clause is set left to right inside the Arabic page.
    assert _direction(page, "#considering__item_h") == "ltr"
    # In a right-to-left page the text column stands at the right and the list of what it cites at the left.
    text, cited = page.locator(".resolution-text").bounding_box(), page.locator(".cited-list").bounding_box()
    assert text["x"] > cited["x"]
    notice = page.locator(".official-notice").first
    assert notice.is_visible()
    assert _direction(page, ".official-notice") == "rtl", "the notice is in Arabic, not part of the English text"
    page.screenshot(path=str(artifacts / "resolution-140-ar.png"), full_page=True)
    assert page.problems.messages == []


@pytest.mark.parametrize("path", ["/zh-hans/", RES_140.format(lang="zh-hans")])
def test_chinese_pages_render_with_a_cjk_font_and_fit_a_phone(site, page, artifacts, path):
    assert page.goto(site.url + path).status == 200
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    heading = page.locator("h1").first.inner_text()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in heading), heading
    # A font that has the characters is available to the page (else they would show as empty boxes).
    assert page.evaluate("document.fonts.check('16px sans-serif', '国际电联')")
    family = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert "CJK" in family or "Hei" in family or "Noto Sans SC" in family, family
    page.set_viewport_size({"width": 390, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    name = "home" if path == "/zh-hans/" else "resolution-140"
    page.screenshot(path=str(artifacts / f"{name}-zh-hans-390.png"), full_page=True)
    assert page.problems.messages == []


def test_cited_by_on_a_paragraph_lands_on_the_citing_clause(site, page):
    page.goto(site.url + "/en/outcomes/tunis-agenda/120/")
    page.get_by_role("link", name="resolves 8").first.click()
    page.wait_for_url("**/resolutions/pp-140/2010/#resolves__para_8")
    clause = page.locator("#resolves__para_8")
    assert clause.is_visible()
    assert "§ 120 of the Tunis Agenda" in clause.inner_text()
    # And from the clause's own link back to the paragraph it cites.
    clause.get_by_role("link", name="§ 120 of the Tunis Agenda").click()
    page.wait_for_url("**/outcomes/tunis-agenda/120/")
    assert page.locator("h1").inner_text().strip() == "§ 120"
    assert page.problems.messages == []
