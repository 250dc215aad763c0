# TARGETARCH is predefined for FROM
FROM --platform=$TARGETPLATFORM example/app:1.0-${TARGETARCH}
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
