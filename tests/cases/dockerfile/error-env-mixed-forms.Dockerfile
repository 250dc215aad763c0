FROM alpine:3.19
ENV A=1 \
    B
RUN true
