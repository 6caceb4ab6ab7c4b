"""Settings for the WSIS portal: read from the environment once, with safe defaults for a local first run."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

# --- environment ---------------------------------------------------------------
DEBUG = os.environ.get("DEBUG", "").lower() in {"1", "true", "yes", "on"}
# Signs sessions and CSRF tokens. With DEBUG off the portal refuses to start without a real one (production fails
# fast rather than sign with a key anyone can read): `make` makes a throwaway key per run, pytest one per session.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-")):
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random string of 50 characters or more (python -c 'import secrets; "
        "print(secrets.token_urlsafe(50))'), or DEBUG=1 for local debugging."
    )
SECRET_KEY = SECRET_KEY or "django-insecure-debug-only-key"
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h.strip()
]
# Absolute URLs (hreflang, sitemaps, feeds, data) are written from this one origin, never from the request's
# Host header, so a forged Host cannot reach a cached page or a feed.
CANONICAL_ORIGIN = (os.environ.get("CANONICAL_ORIGIN") or "http://127.0.0.1:8000").rstrip("/")
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A connection kept open across a database restart is checked before use: a restart costs no 500.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Open the file read-write but never create it: a missing file is a fault the health check names, not an empty
    # database to serve 500s from. `manage.py release` (make content) creates it.
    DATABASES["default"]["NAME"] = f"file:{DATABASES['default']['NAME']}?mode=rw"
else:
    # A hung or unreachable database fails a request within seconds instead of holding a worker until gunicorn
    # kills it; pages answer 503 and cached ones are still served.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")),
            "options": f"-c statement_timeout={int(os.environ.get('DATABASE_STATEMENT_TIMEOUT_MS', '10000'))}",
        }
    )

# --- applications ----------------------------------------------------------------
INSTALLED_APPS = [
    "modeltranslation",  # before admin, so translated fields get their tabs
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "csp",
    "simple_history",  # who changed what, per language column (registered in each app's translation.py)
    "axes",  # brute-force protection of the staff login
    # The floors, bottom up: the six-language kit, the three subject apps, the site on top.
    "wsisportal.l10n",
    "wsisportal.generation",
    "outcomes",
    "actionlines",
    "resolutions",
    "wsisportal",
    "wsisportal.opendata",  # the data beside the pages, and the staff-edited terms of re-use
]

MIDDLEWARE = [
    # The loopback health probe is answered before the Host check and the https redirect.
    "wsisportal.middleware.faults.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise, which serves its own precompressed static files.
    "wsisportal.middleware.headers.PublicCompressionMiddleware",
    "csp.middleware.CSPMiddleware",
    "wsisportal.middleware.headers.PermissionsPolicyMiddleware",
    # A NUL or control character in the path, query or a form value is a 400 before any view or the admin reads it.
    "wsisportal.middleware.hostile.HostileInputMiddleware",
    "wsisportal.middleware.headers.ReadOnlyPublicSiteMiddleware",
    "wsisportal.middleware.headers.PublicCacheMiddleware",
    # Above the session middleware: a cached page is served without touching a session, the locale or a view.
    "wsisportal.middleware.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Below the locale middleware, so the 503 page of a database fault speaks the reader's language.
    "wsisportal.middleware.faults.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wsisportal.urls"
WSGI_APPLICATION = "wsisportal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wsisportal.context_processors.language_versions",
                "wsisportal.context_processors.navigation",
                "wsisportal.opendata.context_processors.data_links",
            ],
        },
    }
]

# --- the staff login: brute-force protection and working-day sessions ------------------------------------------
# django-axes first: it refuses a locked-out user or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "wsisportal.middleware.login.LockoutBackend",  # django-axes' backend
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed logins lock out the user name, and separately the address, for the cool-off;
# `manage.py axes_reset` (or axes_reset_username NAME, axes_reset_ip ADDRESS) unlocks at once.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "30")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "wsisportal.middleware.login.locked_out"
# Behind the reverse proxy the client's address is in a header the proxy sets (e.g. X-Forwarded-For, of which the
# right-most entry, the one our proxy added, is taken); without CLIENT_IP_HEADER, the connection's address.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
AXES_CLIENT_IP_CALLABLE = "wsisportal.middleware.login.client_ip"
# A staff session ends after a working day without a request; each request starts the day again.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- languages: the six official UN languages, fixed in code ---------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["wsisportal.l10n.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

# --- static files ----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Tests and a local run serve files straight from the finders; production serves collected files.
WHITENOISE_USE_FINDERS = True

# --- security: on whenever DEBUG is off, so tests run what production runs -------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    # HTTPS is terminated in front of gunicorn (the load balancer sets X-Forwarded-Proto); local http runs set
    # SECURE_SSL=0.
    _secure = os.environ.get("SECURE_SSL", "1") not in {"0", "false", "no"}
    SESSION_COOKIE_SECURE = _secure
    CSRF_COOKIE_SECURE = _secure
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # A reader who types http:// is sent to https:// by the portal itself, so no proxy configuration can forget it;
    # the loopback health probe is answered before this (wsisportal.middleware.faults). The test client speaks
    # plain http, so pytest turns only this off (tests/secure_defaults.py); a test checks it is on by default.
    SECURE_SSL_REDIRECT = _secure and os.environ.get("SECURE_SSL_REDIRECT", "1") not in {"0", "false", "no"}
    # One year of HSTS, for the portal's host and any host below it: everything under it is ours and HTTPS-only.
    SECURE_HSTS_SECONDS = 31536000 if _secure else 0
    SECURE_HSTS_INCLUDE_SUBDOMAINS = _secure
    # No preload: entering browsers' preload list binds the whole registrable domain, the domain owner's decision
    # and not one application's, so the directive is not sent and the check that asks for it is silenced.
    SECURE_HSTS_PRELOAD = False
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Content-Security-Policy through django-csp: nothing inline, nothing from another origin. CSP_REPORT_ONLY=1 sends
# the same policy as report-only (to try a change on live traffic); browsers post violations to /csp-report.
_CSP = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": "/csp-report",
    }
}
if os.environ.get("CSP_REPORT_ONLY", "").lower() in {"1", "true", "yes", "on"}:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP
else:
    CONTENT_SECURITY_POLICY = _CSP

# Public pages are read-only; a CDN may keep them this long.
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "300"))

# Rendered public pages, keyed by URL and checked against the content generation on every request, so a copy is
# never stale and may live long. Each process keeps its own copies in memory; REDIS_URL (redis://host:6379/0)
# shares them between processes and servers.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "wsis",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
PAGE_CACHE = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The admin's language tabs use jQuery UI, served from our own static files: no CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
