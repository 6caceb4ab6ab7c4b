"""Loaded by pytest before Django (pyproject: -p tests.secure_defaults): the production settings need a real secret
key, and the test client speaks plain http, so the redirect to https (tested on its own) is off."""

import os
import secrets

os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ["SECURE_SSL_REDIRECT"] = "0"
