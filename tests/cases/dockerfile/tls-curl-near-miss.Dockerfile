# -K reads a config file and --cacert adds trust; neither disables verification
FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN curl -fsSL -K /etc/curlrc https://example.com/ping
RUN curl --cacert /etc/ssl/internal-ca.pem https://internal.example.com/ping
RUN curl -fsSL -H "X-Api-Key: k" https://example.com/ping
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
