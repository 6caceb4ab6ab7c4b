# The portal's image: translations compiled and static files collected in a builder; gunicorn (gunicorn.conf.py) in
# a slim image, as a user that cannot write the code. No tests, no development tools (.dockerignore).
FROM python:3.11-slim-bookworm AS build
WORKDIR /app
RUN apt-get update -qq \
    && apt-get install -y -qq --no-install-recommends gettext=0.21-12 \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt
COPY . .
ENV PYTHONPATH=/install/lib/python3.11/site-packages
# The settings refuse to load without a real key: the build gets a throwaway one, never stored in the image.
RUN SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
    && export SECRET_KEY \
    && python manage.py compilemessages --ignore=.venv -v0 \
    && python manage.py collectstatic --noinput -v0

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin wsis
COPY --from=build /install /usr/local
# Owned by root and read-only for wsis (uid 10001): a compromised worker cannot change the code it runs.
COPY --from=build /app /app
USER 10001
EXPOSE 8000
# Answered before the Host check (wsisportal.middleware.faults): 200 only when the database serves.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD ["python", "-c", "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]
# SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS, CANONICAL_ORIGIN and REDIS_URL come from the environment. Before a new
# version serves, run the release step once: `python manage.py release` (compose.yaml's release service).
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
