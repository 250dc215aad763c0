#!/usr/bin/env python3
"""A small HTTP server for the `bulkhead db update` tests, on 127.0.0.1.

Serves the files of a directory with ETag (sha256 of the content) and
Last-Modified validators, answers If-None-Match / If-Modified-Since with 304,
honours Range (with If-Range) with 206, and logs every request with the
headers that matter to LOG. A file NAME.cut next to NAME holding a byte count
makes the next response for NAME stop after that many bytes (the connection
drops mid-transfer); the .cut file is removed when used.

usage: httpd.py DIR PORTFILE LOG"""
import email.utils
import hashlib
import http.server
import os
import sys

ROOT, PORTFILE, LOG = sys.argv[1], sys.argv[2], sys.argv[3]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def record(self, status):
        with open(LOG, "a") as f:
            hdrs = " ".join(
                f"{h}={self.headers[h]}" for h in ("If-None-Match", "If-Modified-Since", "Range", "If-Range")
                if self.headers.get(h))
            f.write(f"{self.path} {status} {hdrs}\n")

    def do_GET(self):
        path = os.path.join(ROOT, self.path.lstrip("/"))
        if "/.." in self.path or not os.path.isfile(path):
            self.record(404)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = open(path, "rb").read()
        etag = '"' + hashlib.sha256(data).hexdigest() + '"'
        mtime = email.utils.formatdate(os.stat(path).st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.record(304)
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        start, status = 0, 200
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes=") and rng.endswith("-"):
            if_range = self.headers.get("If-Range")
            if if_range is None or if_range == etag:
                start, status = int(rng[6:-1]), 206
        body = data[start:]
        cut = path + ".cut"
        limit = None
        if os.path.exists(cut):
            limit = int(open(cut).read().strip())
            os.unlink(cut)
        self.record(status)
        self.send_response(status)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", mtime)
        self.send_header("Content-Length", str(len(body)))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        if limit is not None:
            self.wfile.write(body[:limit])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(PORTFILE + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(PORTFILE + ".tmp", PORTFILE)
server.serve_forever()
