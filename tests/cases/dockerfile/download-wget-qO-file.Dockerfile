FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN wget -qO /usr/local/bin/tool https://example.com/tool && chmod 755 /usr/local/bin/tool
RUN wget -q -O /tmp/tool.tgz https://example.com/tool.tgz
RUN wget -qO- https://example.com/version
RUN wget -q -O - https://example.com/version
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
