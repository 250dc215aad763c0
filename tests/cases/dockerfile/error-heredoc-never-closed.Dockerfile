FROM alpine:3.19
RUN <<EOF
echo hi
EOF2
