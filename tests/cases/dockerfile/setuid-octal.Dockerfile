FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN chmod 4755 /usr/local/bin/helper
RUN chmod 2755 /usr/local/bin/grp
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
