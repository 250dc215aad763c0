FROM python:3.12-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN buildDeps="gcc libffi-dev" \
 && apt-get update && apt-get install -y --no-install-recommends $buildDeps \
 && pip install --no-cache-dir cffi==1.16.0 \
 && apt-get purge -y --auto-remove $buildDeps \
 && rm -rf /var/lib/apt/lists/*
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
