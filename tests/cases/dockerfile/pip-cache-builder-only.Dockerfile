FROM python:3.12-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS build
RUN pip wheel --wheel-dir /wheels flask==3.0.3 && pip install flask==3.0.3
FROM python:3.12-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels flask
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
