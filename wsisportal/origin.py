"""The portal's one canonical origin: every absolute URL it writes starts here, whatever Host a request named."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """The absolute form of a site path ("/en/" -> "https://wsis.example/en/")."""
    if not path.startswith("/"):
        raise ValueError(f"not a site path: {path!r}")
    return settings.CANONICAL_ORIGIN + path
