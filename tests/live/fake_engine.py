#!/usr/bin/env python3
"""A stand-in Docker Engine API on a unix socket, for hostile-answer tests.

Usage: fake_engine.py SOCKET SCENARIO INSPECT_JSON REQUEST_LOG
Serves GET /containers/json and GET /containers/{id}/json according to
SCENARIO; every request line is appended to REQUEST_LOG. INSPECT_JSON is a
real `docker inspect` file whose first object answers the inspect of a
well-behaved container.
"""
import http.server
import json
import os
import socketserver
import sys

sock_path, scenario, inspect_path, log_path = sys.argv[1:5]
with open(inspect_path) as f:
    INSPECT = json.load(f)[0]
GOOD = "a" * 64
GONE = "b" * 64


def listing():
    if scenario == "ok":
        return 200, [{"Id": GOOD, "Names": ["/web"]}, {"Id": GONE, "Names": ["/gone"]}]
    if scenario == "bad-id":
        return 200, [{"Id": "../../../etc", "Names": ["/evil"]}, {"Names": ["/noid"]}, "not an object"]
    if scenario == "not-json":
        return 200, None
    if scenario == "http-500":
        return 500, {"message": "boom"}
    if scenario in ("inspect-garbage", "inspect-bad-type", "control-chars"):
        name = "/we\u001bird\nname" if scenario == "control-chars" else "/x"
        return 200, [{"Id": GOOD, "Names": [name]}]
    if scenario == "no-names":
        return 200, [{"Id": GOOD}]
    if scenario == "huge":
        return 200, "huge"
    return 404, {"message": "unknown scenario"}


def inspect(cid):
    if cid == GONE:
        return 404, {"message": "No such container: " + cid}
    if scenario == "inspect-garbage":
        return 200, {"Foo": 1}
    if scenario == "inspect-bad-type":
        obj = json.loads(json.dumps(INSPECT))
        obj["HostConfig"]["Privileged"] = "sometimes"
        return 200, obj
    return 200, INSPECT


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def address_string(self):
        return "unix"

    def do_GET(self):
        with open(log_path, "a") as log:
            log.write(self.path + "\n")
        if self.path == "/containers/json":
            status, body = listing()
        elif self.path.startswith("/containers/") and self.path.endswith("/json"):
            status, body = inspect(self.path[len("/containers/"):-len("/json")])
        else:
            status, body = 404, {"message": "page not found"}
        if body is None:
            data = b"<html>this is not the Docker API</html>"
        elif body == "huge":
            data = b"[" + b" " * (33 << 20) + b"]"
        else:
            data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except BrokenPipeError:
            pass


class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


if os.path.exists(sock_path):
    os.unlink(sock_path)
with Server(sock_path, Handler) as server:
    server.serve_forever()
