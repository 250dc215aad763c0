#!/usr/bin/env python3
"""A --console-socket receiver, as containerd's shim is one: listens on PATH,
takes the pty master passed with SCM_RIGHTS, prints everything the container
writes to it (carriage returns removed) until the container closes it.

usage: console.py SOCKET READY-FILE OUT-FILE"""
import os
import socket
import sys

path, ready, out = sys.argv[1:4]
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen(1)
open(ready, "w").close()
srv.settimeout(60)
conn, _ = srv.accept()
msg, fds, _, _ = socket.recv_fds(conn, 256, 1)
if len(fds) != 1:
    sys.exit("no descriptor received")
data = b""
while True:
    try:
        chunk = os.read(fds[0], 4096)
    except OSError:  # EIO: the slave side is gone
        break
    if not chunk:
        break
    data += chunk
with open(out, "wb") as f:
    f.write(data.replace(b"\r", b""))
