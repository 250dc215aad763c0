FROM python:3.12-alpine@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \
 && pip install --no-cache-dir cffi==1.16.0 \
 && apk del --no-network .build-deps
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
