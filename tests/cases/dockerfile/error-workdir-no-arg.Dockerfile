FROM alpine:3.19
RUN true
WORKDIR
