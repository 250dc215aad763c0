FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN go build -o /out/app .
FROM --platform=linux/arm64 alpine
COPY --from=build /out/app /app
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
