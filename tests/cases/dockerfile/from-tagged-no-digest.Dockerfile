FROM alpine:3.19
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
