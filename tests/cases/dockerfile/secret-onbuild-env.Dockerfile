FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
ONBUILD ENV GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
