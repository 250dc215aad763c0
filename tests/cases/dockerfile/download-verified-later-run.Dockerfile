# the check must be in the same RUN; a later one does not vouch for this download
FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN wget -q https://example.com/tool.tgz
RUN sha256sum -c tool.tgz.sha256
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
