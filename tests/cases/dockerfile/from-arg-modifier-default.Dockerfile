ARG VARIANT
FROM python:${VARIANT:-3.12-slim}
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
