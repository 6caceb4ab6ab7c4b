"""The portal's benchmark (make bench): gunicorn with the production configuration (gunicorn.conf.py, DEBUG off)
on SQLite or PostgreSQL, loaded with wrk on 127.0.0.1 per page type and for a static file of the same server;
prints requests/s, p50/p99 and each page's ratio to the static file, then the same with four half-open slow
connections held open, and cold render times (page cache empty) with query counts at 1x, 10x and 100x data
(manage.py multiply_content). Results go to stdout and bench/work/results.md."""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "work"
PYTHON = sys.executable

PAGES = [
    ("home", "/en/"),
    ("action-line overview", "/en/action-lines/"),
    ("action line C7", "/en/action-lines/c7/"),
    ("2006 plan", "/en/action-lines/plan-2006/"),
    ("focal points", "/en/focal-points/"),
    ("outcome document", "/en/outcomes/tunis-agenda/"),
    ("§ 96", "/en/outcomes/tunis-agenda/96/"),
    ("resolution list", "/en/resolutions/"),
    ("Res. 140 (2010)", "/en/resolutions/pp-140/2010/"),
    ("Res. 140 (2010) in Arabic", "/ar/resolutions/pp-140/2010/"),
    ("search", "/en/search/?q=spectrum"),
    ("sitemap (paragraphs)", "/sitemap-paragraphs.xml"),
]

COLD_RENDER = """
import json, statistics, time
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
pages = json.loads(PAGES)
for _name, url in pages:
    assert client.get(url).status_code == 200, url  # templates and catalogues loaded once
result = {}
for name, url in pages:
    times = []
    for _ in range(5):
        caches["default"].clear()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
    result[name] = [statistics.median(times), len(queries)]
print("RESULT" + json.dumps(result))
"""


def environment(database_url: str, port: int) -> dict:
    return {
        **os.environ,
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "DEBUG": "0",
        "SECURE_SSL": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CANONICAL_ORIGIN": f"http://127.0.0.1:{port}",
        "DATABASE_URL": database_url,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": str(WORK / "access.log"),
        "LOG_LEVEL": "ERROR",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare_database(base_url: str | None, times: int, port: int) -> dict:
    """A fresh database with the content, multiplied `times` times."""
    if base_url:
        import psycopg2

        name = f"bench_x{times}"
        admin = psycopg2.connect(re.sub(r"/[^/]*$", "/postgres", base_url))
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")
            cursor.execute(f"CREATE DATABASE {name}")
        admin.close()
        url = re.sub(r"/[^/]*$", f"/{name}", base_url)
    else:
        path = WORK / f"bench-x{times}.sqlite3"
        path.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    env = environment(url, port)
    manage(env, "release", "-v0")
    if times > 1:
        manage(env, "multiply_content", str(times))
    return env


def static_url(port: int) -> str:
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return f"/static/{manifest['paths']['css/portal.css']}"


def start_gunicorn(env, port):
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "gunicorn.log", "w"),  # noqa: SIM115 - lives as long as the server
    )
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).status == 200:
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not become healthy; see bench/work/gunicorn.log")


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(port, path, seconds, connections, encoding) -> tuple[float, float, float]:
    url = f"http://127.0.0.1:{port}{path}"
    for _ in range(20):  # every worker draws and caches the page once
        request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if encoding:
        command += ["-H", f"Accept-Encoding: {encoding}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", out)
    if errors:
        print(f"  wrk {path}: {errors.group(0)}", file=sys.stderr)
    return rps, p50, p99


def half_open(port, count=4) -> list[socket.socket]:
    """Connections that start a request and never finish it (no blank line after the headers)."""
    held = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow")
        held.append(s)
    return held


def load_table(port, seconds, connections, encoding, pages) -> list[str]:
    static = wrk(port, static_url(port), seconds, connections, encoding)
    rows = [f"| static file (portal.css) | {static[0]:.0f} | {static[1]:.1f} | {static[2]:.1f} | 1.00 |"]
    for name, path in pages:
        rps, p50, p99 = wrk(port, path, seconds, connections, encoding)
        rows.append(f"| {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {rps / static[0]:.2f} |")
        print(rows[-1], flush=True)
    return rows


def cold_renders(env) -> dict:
    code = f"PAGES = {json.dumps(json.dumps(PAGES))}\n" + COLD_RENDER
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.split("RESULT", 1)[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", help="a PostgreSQL server (postgres://user@host:5432/x); SQLite if unset")
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--scales", default="1,10,100", help="data multiples for the cold renders")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk not found: apt-get install wrk")
    WORK.mkdir(exist_ok=True)
    report = [
        f"# Benchmark run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"`{' '.join(sys.argv)}` — {'PostgreSQL' if args.database_url else 'SQLite'}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at the start; wrk -t2 -c{args.connections} -d{args.seconds}s.",
    ]
    header = ["| page | requests/s | p50 ms | p99 ms | ratio to static |", "|---|---:|---:|---:|---:|"]
    env = prepare_database(args.database_url, 1, args.port)
    server = start_gunicorn(env, args.port)
    try:
        for encoding, title in (("br, gzip", "Brotli/gzip accepted"), ("", "no compression asked")):
            print(f"## {title}", flush=True)
            report += ["", f"## 1x data, {title}", "", *header]
            report += load_table(args.port, args.seconds, args.connections, encoding, PAGES)
        print("## with four half-open slow connections held open", flush=True)
        held = half_open(args.port)
        report += ["", "## 1x data, Brotli/gzip, four half-open slow connections held open", "", *header]
        report += load_table(args.port, args.seconds, args.connections, "br, gzip", PAGES[:1] + PAGES[8:9])
        for s in held:
            s.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    scales = [int(s) for s in args.scales.split(",")]
    renders = {}
    for times in scales:
        print(f"## cold renders at {times}x", flush=True)
        env = prepare_database(args.database_url, times, args.port) if times > 1 else env
        renders[times] = cold_renders(env)
    report += [
        "",
        "## Cold render (page cache empty, in process, median of 5): ms / queries",
        "",
        "| page | " + " | ".join(f"{t}x" for t in scales) + " |",
        "|---|" + "---:|" * len(scales),
    ]
    for name, _path in PAGES:
        cells = [f"{renders[t][name][0]:.0f} ms / {renders[t][name][1]} q" for t in scales]
        report.append(f"| {name} | " + " | ".join(cells) + " |")
    text = "\n".join(report) + "\n"
    (WORK / "results.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
