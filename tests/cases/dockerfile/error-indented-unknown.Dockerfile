FROM alpine:3.19
RUN true
  BOGUS x
