"""How a role's period is written for readers, the one place that says "since 2008" or "2006–2008"."""

from django.utils.translation import gettext as _

from wsisportal.l10n.punctuation import join


def period_name(since: int | None, until: int | None, source_years: list[int]) -> str:
    """ "2006–2008" when both ends are known; "since 2008"; "until 2008" when only the end is, unless an earlier
    source already records it ("2006–2008"); otherwise the years of the sources that record it, "2006, 2007, 2020":
    a span there would claim the role held in the years between, which no source says."""
    if since and until:
        return f"{since}–{until}"
    if since:
        return _("since %(year)s") % {"year": since}
    first = min(source_years)
    if until:
        return f"{first}–{until}" if first < until else _("until %(year)s") % {"year": until}
    return str(join(sorted(set(source_years))))
