# syntax=docker/dockerfile:1.7
ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-bookworm@sha256:0b7a2f5d8ba9ec8a9bb4d0cb7b3e0d2c7f8e1d6a9c4b3a2f1e0d9c8b7a6f5e4d AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY cmd ./cmd
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot@sha256:6a3500b086c2856fbd189f5d68cb8aef3ab1b2b5e3a4e8a6bb2ef11a6bbd7b16
COPY --from=build /out/app /app
USER 65532:65532
HEALTHCHECK --interval=30s CMD ["/app", "healthcheck"]
ENTRYPOINT ["/app"]
