FROM alpine:3.19
ONBUILD FROM alpine:3.20
