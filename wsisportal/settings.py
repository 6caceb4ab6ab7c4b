"""Settings for the WSIS portal: read from the environment once, with safe defaults for a local first run."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

# --- environment ---------------------------------------------------------------
DEBUG = os.environ.get("DEBUG", "").lower() in {"1", "true", "yes", "on"}
# A local first run needs no configuration; every deployment sets its own SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-local-first-run-only-set-SECRET_KEY-in-every-deployment"
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
    )
}

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
    "simple_history",  # who changed what, per language column (registered in each app's translation.py)
    # The floors, bottom up: the six-language kit, the three subject apps, the site on top.
    "wsisportal.l10n",
    "outcomes",
    "actionlines",
    "resolutions",
    "wsisportal",
    "wsisportal.opendata",  # the data beside the pages, and the staff-edited terms of re-use
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "wsisportal.middleware.headers.ContentSecurityPolicyMiddleware",
    "wsisportal.middleware.headers.PermissionsPolicyMiddleware",
    # A NUL or control character in the path, query or a form value is a 400 before any view or the admin reads it.
    "wsisportal.middleware.hostile.HostileInputMiddleware",
    "wsisportal.middleware.headers.ReadOnlyPublicSiteMiddleware",
    "wsisportal.middleware.headers.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
    # HTTPS is terminated in front of gunicorn; local http runs set SECURE_SSL=0.
    _secure = os.environ.get("SECURE_SSL", "1") not in {"0", "false", "no"}
    SESSION_COOKIE_SECURE = _secure
    CSRF_COOKIE_SECURE = _secure
    SECURE_HSTS_SECONDS = 31536000 if _secure else 0
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Public pages are read-only; a CDN may keep them this long.
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "300"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The admin's language tabs use jQuery UI, served from our own static files: no CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
