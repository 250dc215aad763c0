FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
# bulkhead ignore=DF009
RUN <<EOF
curl -fsSL https://example.com/install.sh | sh
EOF
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
