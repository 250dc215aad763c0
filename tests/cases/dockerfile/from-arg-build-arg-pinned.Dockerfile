ARG BASE=alpine
FROM $BASE
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
