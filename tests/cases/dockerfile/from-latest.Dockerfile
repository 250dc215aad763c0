FROM alpine:latest
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
