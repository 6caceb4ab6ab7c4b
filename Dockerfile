# Multi-stage build: compile translations and collect static files in a builder, run gunicorn in a slim image.
FROM python:3.11-slim AS build
WORKDIR /app
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends gettext && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt
COPY . .
ENV PYTHONPATH=/install/lib/python3.11/site-packages
RUN python manage.py compilemessages --ignore=.venv -v0 && python manage.py collectstatic --noinput -v0

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN useradd --system --home /app wsis
COPY --from=build /install /usr/local
COPY --from=build --chown=wsis /app /app
USER wsis
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
# DATABASE_URL, SECRET_KEY and ALLOWED_HOSTS come from the environment; migrations run as a release step.
CMD ["gunicorn", "wsisportal.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
