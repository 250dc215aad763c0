# a global ARG must be redeclared in the stage to be visible
ARG RUN_AS=10001
FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
ARG RUN_AS
USER $RUN_AS
HEALTHCHECK CMD ["/app", "healthcheck"]
