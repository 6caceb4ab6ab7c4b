"""The staff admin works under the site's Content-Security-Policy: login, change forms, history, recent changes."""

import pytest
from django.contrib.auth.models import User

from actionlines.models import ActionLine
from resolutions.models import Clause

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_login_and_staff_pages_report_no_console_error_or_csp_violation(site, page, artifacts):
    User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    page.goto(f"{site.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-test-password")
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.url.endswith("/admin/")
    line = ActionLine.objects.get(slug="c4")
    clause = Clause.objects.filter(section__revision__resolution__slug="pp-140").first()
    for path in (
        f"/admin/actionlines/actionline/{line.pk}/change/",
        f"/admin/resolutions/clause/{clause.pk}/change/",
        f"/admin/actionlines/actionline/{line.pk}/history/",
        "/admin/changes/",
    ):
        page.goto(f"{site.url}{path}")
        assert page.locator("#content").count() == 1, path
    page.goto(f"{site.url}/admin/actionlines/actionline/{line.pk}/change/")
    # The language tabs were built by their script: the script ran under the CSP.
    assert page.locator(".ui-tabs-nav").count() > 0
    page.screenshot(path=str(artifacts / "admin-change-form.png"), full_page=True)
    assert page.problems.messages == [], (page.problems.messages, page.problems.failed_responses)
