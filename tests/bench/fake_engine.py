#!/usr/bin/env python3
"""A hostile Docker Engine API on a unix socket, for `bulkhead bench`.

fake_engine.py SOCKET MODE serves canned answers until killed. MODE picks the
lie: "odd" answers with wrong types and strange values where bulkhead expects
objects, lists and hex ids; "garbage" answers every request with text that is
not JSON; "errors" answers every request after /info with HTTP 500.
"""
import json
import os
import socketserver
import sys
from http.server import BaseHTTPRequestHandler

SOCK, MODE = sys.argv[1], sys.argv[2]
CID = "a" * 64
IMG = "b" * 64

INFO = {"ID": "x", "Containers": "many", "ContainersRunning": None, "Images": -1,
        "Driver": ["overlay2"], "SecurityOptions": "name=seccomp", "Swarm": {"LocalNodeState": 7},
        "DockerRootDir": "/var/lib/docker/100000.100000", "LiveRestoreEnabled": "yes"}

ODD = {
    "/version": {"Version": {"nested": True}, "ApiVersion": 1.41},
    "/info": INFO,
    "/containers/json": [
        {"Id": CID}, {"Id": "../../etc/passwd"}, {"Id": 12}, {"Id": "c" * 200}, "not an object", None,
    ],
    "/containers/%s/json" % CID: {
        "Id": CID, "Name": "/odd\u0001name\nnext line", "State": {"Pid": 2 ** 40, "Health": []},
        "Config": {"Image": ["x"], "User": {"u": 0}, "Env": "API_TOKEN=ghp_0123456789abcdefABCDEF0123456789abcd"},
        "HostConfig": {"Privileged": "maybe", "CapAdd": "SYS_ADMIN", "Ulimits": [{"Name": None}, 5],
                       "CgroupParent": ["x"], "PortBindings": {"80/tcp": "x"}},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": 1, "HostPort": ["x"]}, "y"], "81/tcp": None},
                            "Networks": "bridge"},
        "ExecIDs": ["d" * 64, "../exec", 5],
        "Mounts": {"not": "a list"},
    },
    "/exec/%s/json" % ("d" * 64): {"ProcessConfig": {"privileged": "true", "user": ["root"]}},
    "/images/json": [{"Id": "sha256:" + IMG, "RepoTags": "x"}, {"Id": "sha256:zz"}, {"Id": None}],
    "/images/%s/json" % IMG: {"Config": {"Healthcheck": {"Test": "CMD true"}}},
    "/images/%s/history" % IMG: {"not": "a list"},
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def address_string(self):
        return "unix"

    def do_GET(self):
        with open(SOCK + ".paths", "a") as log:
            log.write(self.path + "\n")
        path = self.path.split("?")[0]
        if path.startswith("/v1."):
            path = "/" + path.split("/", 2)[2]
        if MODE == "garbage":
            body, status = b"<html>not json", 200
        elif MODE == "errors" and path not in ("/version", "/info"):
            body, status = b'{"message": "boom"}', 500
        elif path in ODD:
            body, status = json.dumps(ODD[path]).encode(), 200
        else:
            body, status = b'{"message": "not found"}', 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


if os.path.exists(SOCK):
    os.unlink(SOCK)
Server(SOCK, Handler).serve_forever()
