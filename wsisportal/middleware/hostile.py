"""Input the database would refuse never reaches it: a NUL or other control character in the path, the query
string or a form value is a 400 page in the reader's language, for the public site and the admin alike.

PostgreSQL refuses NUL in any string ("A string literal cannot contain NUL"), which made `?q=%00` a 500; the
other control characters have no business in an address or a form either, so one rule covers every view.
"""

import re

from .errors import error_page

# C0 controls, DEL and C1 controls. Form values may hold tab and line breaks (a textarea in the admin).
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _has(pattern, querydict) -> bool:
    return any(pattern.search(key) or any(pattern.search(v) for v in values) for key, values in querydict.lists())


def is_hostile(request) -> bool:
    if CONTROL.search(request.path_info) or _has(CONTROL, request.GET):
        return True
    return request.method == "POST" and _has(CONTROL_IN_TEXT, request.POST)


class HostileInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_hostile(request):
            return error_page(request, "400.html", 400)
        return self.get_response(request)
