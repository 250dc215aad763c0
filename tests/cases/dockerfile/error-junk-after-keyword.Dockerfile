FROM alpine:3.19
RUN-x echo
