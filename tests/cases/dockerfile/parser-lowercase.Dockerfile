from alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 as build
run echo build
From alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
Run curl -fsSL https://example.com/install.sh | sh
copy --from=build /etc/os-release /tmp/
User 10001
healthCheck CMD ["/app", "healthcheck"]
