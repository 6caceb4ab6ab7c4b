"""gunicorn's configuration for the portal, used by the Dockerfile and by bench/: threaded workers that a slow
client cannot hold, recycled now and then, with an access log on stdout. Each value can be overridden from the
environment (GUNICORN_*) or the command line."""

import multiprocessing
import os
from pathlib import Path

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
wsgi_app = "wsisportal.wsgi:application"

# gthread: each worker process serves several connections from a thread pool, so a client that sends its request
# slowly (or never finishes it) holds one thread for at most `timeout`, not the whole worker; a cached page costs
# little CPU, so threads rather than more processes (each process keeps its own in-memory page cache).
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A request that takes longer than this is a hung worker (the database has its own, shorter timeouts).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow for ever (not often: a new worker starts with an empty
# in-memory page cache); the jitter keeps them from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = 10000
# The heartbeat file of each worker lives in memory: a container's disk may be slow, and a blocked write to it
# would get a healthy worker killed.
worker_tmp_dir = "/dev/shm" if Path("/dev/shm").is_dir() else None

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The load balancer in front sets X-Forwarded-Proto; trust it from these addresses only.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
