FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY --chmod=777 app /app
COPY --chmod=4755 tool /usr/local/bin/tool
COPY --chmod=o+w data /data
COPY --chmod=755 run.sh /run.sh
COPY --chmod=0644 config /etc/app/config
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
