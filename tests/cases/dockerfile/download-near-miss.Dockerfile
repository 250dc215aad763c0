FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN curl -fsS http://localhost:8080/health
RUN wget -q --spider https://example.com/
RUN curl -fsSL https://example.com/ -o /dev/null
RUN curl --version
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
