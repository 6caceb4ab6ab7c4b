"""Every page type on a 360 px phone in four scripts, and axe-core's checks on every page type.

At 360 px nothing may be wider than the box that scrolls it (tables become labelled blocks, names wrap), and the
header leaves at least half of the first screen to the page. axe-core comes pinned inside the axe-playwright-python
package, so the checks run offline.
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}

PAGE_TYPES = {
    "home": "/{lang}/",
    "overview": "/{lang}/action-lines/",
    "action-line": "/{lang}/action-lines/c5/",
    "action-line-topics": "/{lang}/action-lines/c6/",
    "plan": "/{lang}/action-lines/plan-2006/",
    "focal-points": "/{lang}/focal-points/",
    "organization": "/{lang}/focal-points/itu/",
    "search": "/{lang}/search/?q=ITU",
    "outcomes": "/{lang}/outcomes/",
    "document": "/{lang}/outcomes/tunis-agenda/",
    "paragraph": "/{lang}/outcomes/tunis-agenda/96/",
    "resolutions": "/{lang}/resolutions/",
    "resolution": "/{lang}/resolutions/wtdc-30/",
    "revision": "/{lang}/resolutions/pp-140/2010/",
    "not-found": "/{lang}/action-lines/c99/",
}

# Elements sticking out of the box that scrolls them (the page itself, or a scrolling ancestor), skipping what is
# hidden on purpose: the skip link above the screen until focused, and visually hidden text clipped to a pixel.
TOO_WIDE = """
() => {
  const found = [];
  const page = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".skip-link, .visually-hidden, [hidden]")) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    let start = 0, end = page;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.clipPath.startsWith("inset")) { start = -Infinity; end = Infinity; break; }
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) {
        const outer = up.getBoundingClientRect();
        start = outer.left; end = outer.right;
        break;
      }
    }
    if (box.right > end + 1 || box.left < start - 1) {
      found.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || "").trim().slice(0, 40)}"`
        + ` ${Math.round(box.left)}..${Math.round(box.right)} in ${Math.round(start)}..${Math.round(end)}`);
    }
  }
  return found.slice(0, 8);
}
"""


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans", "ru"])
def test_every_page_type_fits_a_360px_phone_with_a_compact_header(site, page, artifacts, lang):
    page.set_viewport_size(PHONE)
    for name, pattern in PAGE_TYPES.items():
        page.goto(site.url + pattern.format(lang=lang))
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], f"{name}: scrolls sideways"
        too_wide = page.evaluate(TOO_WIDE)
        assert too_wide == [], f"{name} in {lang}: wider than their scroll container: {too_wide}"
        header = page.locator(".site-header").bounding_box()
        assert header["y"] + header["height"] <= PHONE["height"] / 2, f"{name} in {lang}: header {header['height']}px"
        if name in ("overview", "organization"):
            page.screenshot(path=str(artifacts / f"phone-{name}-{lang}.png"), full_page=True)


def test_on_a_phone_the_language_list_and_search_open_without_script(site, chromium):
    context = chromium.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/ar/action-lines/")
    assert not page.locator("#site-search").is_visible()
    page.locator(".disclosure--search > summary").click()
    assert page.locator("#site-search").is_visible()
    page.locator(".disclosure--languages > summary").click()
    page.locator('.language-switcher a[lang="zh-hans"]').click()
    assert page.url.endswith("/zh-hans/action-lines/")
    context.close()


def test_on_a_phone_a_table_row_reads_as_labelled_lines(site, page):
    page.set_viewport_size(PHONE)
    page.goto(f"{site.url}/zh-hans/action-lines/")
    cell = page.locator(".overview-table tbody tr.line-row td[data-label]").nth(1)
    label = page.evaluate("el => getComputedStyle(el, '::before').content", cell.element_handle())
    assert "协调" in label or "联络" in label or label not in ("none", "normal", '""')
    # A column is as wide as the screen allows, not a character per line.
    assert cell.bounding_box()["width"] > 300


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_axe_finds_no_violation_on_any_page_type(site, page, lang):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = {}
    for width in (1280, PHONE["width"]):
        page.set_viewport_size({"width": width, "height": 900})
        for name, pattern in PAGE_TYPES.items():
            page.goto(site.url + pattern.format(lang=lang))
            results = axe.run(page)
            assert results.response["testEngine"]["version"].startswith("4."), "axe-core did not run"
            violations = results.response["violations"]
            if violations:
                problems[f"{name}@{width}"] = [(v["id"], len(v["nodes"])) for v in violations]
    assert problems == {}
