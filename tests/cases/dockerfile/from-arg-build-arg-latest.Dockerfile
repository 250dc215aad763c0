ARG BASE=debian
ARG TAG=12.8-slim
FROM ${BASE}:${TAG}
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
