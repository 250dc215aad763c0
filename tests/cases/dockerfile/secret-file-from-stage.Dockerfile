FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS keys
RUN ssh-keygen -t ed25519 -N "" -f /root/.ssh/id_ed25519
FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY --from=keys /root/.ssh/id_ed25519 /root/.ssh/
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
