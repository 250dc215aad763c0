# an ARG declared inside a stage is not visible to a later FROM
ARG TAG=3.19
FROM alpine:${TAG}@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS one
ARG TAG=latest
FROM alpine:${TAG}@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
