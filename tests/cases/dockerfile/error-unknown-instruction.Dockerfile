FROM alpine:3.19
FOO bar
