# the image is only known at build time: no guess about its tag
ARG BASE
FROM ${BASE}
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
