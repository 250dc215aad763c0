FROM alpine:3.19
COPY <<A <<B /x/
a
A
b
