"""`actormap serve` as a browser and an editor meet it: a real server on a free port of this
machine, real HTTP requests, a real event stream, a file edited, broken and fixed, then
Ctrl-C (SIGINT).

Run from the package's root after `swift build`: `python3 Tests/serve/test_serve.py`. Every
wait is bounded; the server only ever listens on 127.0.0.1. Prints 'N passed, N failed'.
"""
import html
import http.client
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from built_actormap import actormap_binary  # noqa: E402

MAP = """version: 1
title: Served map
actors:
  - {id: fed, name: Riverside Federation, kind: federation, since: 2000}
  - {id: city, name: City Council, kind: city-government, since: 2000}
  - {id: ngo, name: Support NGO, kind: support-ngo, since: 2001}
  - {id: donor, name: Donor Trust, kind: donor, since: 2002}
relationships:
  - {from: fed, to: city, type: collaboration, since: 2001}
  - {from: ngo, to: fed, type: technical-support, since: 2001}
  - {from: donor, to: ngo, type: funding, since: 2002}
  - {from: donor, to: fed, type: funding, since: 2003}
"""

NEW_ACTOR = "  - {id: newcomer, name: Newcomer Housing Trust, kind: support-ngo, since: 2003}\n"

# A second actor with the id of the first: an error on the line of the second.
BROKEN = MAP.replace("relationships:\n", "  - {id: fed, name: Twin Federation, kind: federation, since: 2000}\nrelationships:\n")

# The donor exists from 2002; a tie to it from 2001 reaches outside its period: a warning,
# which does not stop the map, at relationships[4].to on line 13 (counted by hand: `version`
# is line 1, the four actors lines 4 to 7, the four ties before it lines 9 to 12).
WARNING_TIE = "  - {from: city, to: donor, type: collaboration, since: 2001}\n"
WARNED = MAP + WARNING_TIE
# The same with an error too, the twin id on line 8: the error first, then the warning, now
# on line 14.
WARNED_AND_BROKEN = BROKEN + WARNING_TIE

results = {"passed": 0, "failed": 0}


def check(condition, what):
    if condition:
        results["passed"] += 1
    else:
        results["failed"] += 1
        print(f"FAIL: {what}", file=sys.stderr)


def raw_request(port, request_line, host=None, timeout=30):
    """Sends one request exactly as written (no client tidies the path) and returns the
    status code and the whole response."""
    host = host or f"127.0.0.1:{port}"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(f"{request_line}\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else None
    return status, data


def get(port, path, timeout=180):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8")
    headers = dict((name.lower(), value) for name, value in response.getheaders())
    connection.close()
    return response.status, headers, body


class EventStream:
    """One page's `EventSource`, read by hand: events are `event:`/`data:` lines ended by
    an empty line."""

    def __init__(self, port, path):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        self.connection.request("GET", path)
        self.response = self.connection.getresponse()
        self.status = self.response.status
        self.type = self.response.getheader("Content-Type", "")

    def next_event(self, deadline):
        """The next event as (name, data), or None when the deadline passes or the stream ends."""
        name, data = None, []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            self.connection.sock.settimeout(remaining)
            try:
                line = self.response.readline()
            except (socket.timeout, TimeoutError):
                return None
            if not line:
                return None
            line = line.decode("utf-8").rstrip("\r\n")
            if line == "":
                if name is not None or data:
                    return name or "message", "\n".join(data)
                continue
            if line.startswith(":") or line.startswith("retry:"):
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "event":
                name = value
            elif field == "data":
                data.append(value)

    def wait_for(self, wanted, seconds):
        """The first event named `wanted` within `seconds`, skipping others; None if none."""
        deadline = time.monotonic() + seconds
        while True:
            event = self.next_event(deadline)
            if event is None or event[0] == wanted:
                return event

    def is_closed(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.connection.sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                if not self.response.readline():
                    return True
            except (socket.timeout, TimeoutError):
                return False
            except (ConnectionError, http.client.IncompleteRead, ValueError):
                return True
        return False

    def close(self):
        self.connection.close()


def save(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def start_server(binary, folder, log, *extra):
    process = subprocess.Popen([binary, "serve", folder, "--port", "0", *extra],
                               stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL)
    ready, _, _ = select.select([process.stdout], [], [], 30)
    if not ready:
        process.kill()
        raise SystemExit("actormap serve printed no address within 30 s")
    line = process.stdout.readline().decode().strip()
    match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        raise SystemExit(f"actormap serve printed {line!r}, not its address")
    return process, int(match.group(1))


def main():
    binary = actormap_binary()
    base = tempfile.mkdtemp(prefix="actormap-serve-")
    folder = os.path.join(base, "maps")
    outside = os.path.join(base, "outside")
    os.makedirs(os.path.join(folder, "sub"))
    os.makedirs(outside)
    map_path = os.path.join(folder, "x.yaml")
    save(map_path, MAP)
    save(os.path.join(folder, "sub", "y yaml.yaml"), MAP.replace("Served map", "Second map"))
    save(os.path.join(outside, "secret.yaml"), MAP.replace("Served map", "SECRET MAP"))
    os.symlink(os.path.join(outside, "secret.yaml"), os.path.join(folder, "link.yaml"))
    # A right-to-left override makes this name show as "budget-2024lmay.exe": never linked nor
    # served, but named, its mark written out, with the request to rename it.
    save(os.path.join(folder, "budget-2024\u202eexe.yaml"), MAP.replace("Served map", "OVERRIDDEN MAP"))
    log_path = os.path.join(base, "serve.log")
    log = open(log_path, "w")
    process, port = start_server(binary, folder, log)
    streams = []
    try:
        # The index lists the maps inside, and nothing outside.
        status, headers, body = get(port, "/")
        check(status == 200, f"GET / is {status}")
        check('href="/map/x.yaml"' in body and 'href="/map/sub/y%20yaml.yaml"' in body, "the index links both maps")
        check("link.yaml" not in body and "secret" not in body.lower(), "the index leaves out the link that leads outside")
        check("\u202e" not in body and "budget-2024" not in re.sub(r"<code>[^<]*</code>", "", body)
              and "<code>budget-2024\\u{202E}exe.yaml</code>" in body and "Rename it" in body,
              "a name with a right-to-left override is not linked, but named with its mark written out and a request to rename it")
        for path in ["/map/budget-2024%E2%80%AEexe.yaml", "/events/budget-2024%E2%80%AEexe.yaml", "/map/budget-2024%e2%80%aeexe.yaml"]:
            status, data = raw_request(port, f"GET {path} HTTP/1.1")
            check(status == 404 and b"OVERRIDDEN" not in data, f"GET {path} is {status}, not 404")

        # A map's page: the report, with its map drawn, allowed to reach its events.
        status, headers, body = get(port, "/map/x.yaml")
        check(status == 200, f"GET /map/x.yaml is {status}")
        check("<title>Served map</title>" in body and "<svg" in body, "the page is the map's report, with its map")
        check("connect-src 'self'" in headers.get("content-security-policy", ""), "the page may connect to this server only")
        check(headers.get("cache-control") == "no-store", "pages are not cached")
        status, _, body = get(port, "/map/sub/y%20yaml.yaml")
        check(status == 200 and "Second map" in body, "a map in a folder below is served")

        # Nothing outside the folder, however the path is written.
        for path in ["/../", "/%2e%2e/", "/%2E%2E/", "/..%2f", "/map/../x.yaml", "/map/%2e%2e/outside/secret.yaml",
                     "/map/..%2foutside%2fsecret.yaml", "/map/link.yaml", "/map/sub/../../outside/secret.yaml",
                     "/map/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/../../../../etc/passwd", "/events/../x.yaml", "/map/.hidden.yaml"]:
            status, data = raw_request(port, f"GET {path} HTTP/1.1")
            check(status == 404, f"GET {path} is {status}, not 404")
            check(b"SECRET MAP" not in data and b"root:" not in data, f"GET {path} leaks nothing")

        # Read-only: every method but GET and HEAD, the ones HTTP names and made-up ones, on
        # every kind of address, gets 405 with the methods allowed.
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get2", "M-SEARCH"]:
            for path in ["/map/x.yaml", "/", "/events/x.yaml", "/missing"]:
                status, data = raw_request(port, f"{method} {path} HTTP/1.1")
                check(status == 405 and b"\r\nAllow: GET, HEAD\r\n" in data, f"{method} {path} is {status}, not 405 with Allow: {data[:200]!r}")
        status, data = raw_request(port, "OPTIONS * HTTP/1.1")
        check(status == 405 and b"Allow: GET, HEAD" in data, f"OPTIONS * is {status}, not 405 with Allow")
        status, data = raw_request(port, "CONNECT example.org:443 HTTP/1.1")
        check(status == 405 and b"Allow: GET, HEAD" in data, f"CONNECT to elsewhere is {status}, not 405 with Allow")
        # Methods are case-sensitive (RFC 9110 9.1): `get` is not GET.
        status, data = raw_request(port, "get /map/x.yaml HTTP/1.1")
        check(status == 405, f"lower-case get is {status}, not 405")
        # A made-up method with a body, after a GET on the same connection.
        with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
            connection.sendall(f"GET /missing HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
                               + f"FROB /map/x.yaml HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc".encode())
            data = b""
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data += chunk
        statuses = re.findall(rb"HTTP/1\.1 (\d{3}) ", data)
        check(statuses == [b"404", b"405"], f"GET then a made-up method on one connection: {statuses}, not 404 then 405")
        for path in ["/map/x.yaml", "/"]:
            status, data = raw_request(port, f"HEAD {path} HTTP/1.1")
            head, _, rest = data.partition(b"\r\n\r\n")
            length = re.search(rb"Content-Length: (\d+)", head)
            check(status == 200 and length and int(length.group(1)) > 1000 and rest == b"", f"HEAD {path} gives the length and no body")
            _, _, body = get(port, path)
            check(length and int(length.group(1)) == len(body.encode()), f"HEAD {path} gives the length GET sends")

        # A page from elsewhere, reaching this server through a name of its own, is refused.
        status, _ = raw_request(port, "GET /map/x.yaml HTTP/1.1", host="attacker.example:80")
        check(status == 421, f"a foreign Host header gets {status}, not 421")

        # The index is live: its one script, allowed by the nonce in the page's policy, listens
        # at /events, and a map added, renamed or removed makes it reload within 3 s.
        status, headers, body = get(port, "/")
        policy = headers.get("content-security-policy", "")
        nonce = re.search(r"script-src 'nonce-([A-Za-z0-9+/]+=*)'", policy)
        check(nonce is not None and f'<script nonce="{nonce.group(1)}">' in body and body.count("<script") == 1,
              f"the index's one script is allowed by its nonce: {policy!r}")
        check("connect-src 'self'" in policy and "default-src 'none'" in policy, f"the index may connect to this server only: {policy!r}")
        _, headers_again, _ = get(port, "/")
        check(headers_again.get("content-security-policy") != policy, "each index gets a nonce of its own")
        address = re.search(r'<body data-events="([^"]+)">', body)
        check(address is not None and re.fullmatch(r"/events\?v=\d+", html.unescape(address.group(1))) is not None,
              "the index names its events address")
        index_events = EventStream(port, html.unescape(address.group(1)) if address else "/events")
        streams.append(index_events)
        check(index_events.status == 200 and index_events.type.startswith("text/event-stream"), "the index's events are an event stream")
        added = os.path.join(folder, "sub", "added.yaml")
        renamed = os.path.join(folder, "sub", "renamed map.yaml")
        save(added, MAP.replace("Served map", "Added map"))
        changed = time.monotonic()
        check(index_events.wait_for("reload", 3) is not None, "a map added makes the index reload within 3 s")
        print(f"index reload {time.monotonic() - changed:.2f} s after a map was added")
        _, _, body = get(port, "/")
        check('href="/map/sub/added.yaml"' in body, "the index lists the map added")
        os.rename(added, renamed)
        check(index_events.wait_for("reload", 3) is not None, "a map renamed makes the index reload within 3 s")
        _, _, body = get(port, "/")
        check('href="/map/sub/renamed%20map.yaml"' in body and "added.yaml" not in body, "the index lists the map by its new name")
        os.remove(renamed)
        check(index_events.wait_for("reload", 3) is not None, "a map removed makes the index reload within 3 s")
        _, _, body = get(port, "/")
        check("renamed%20map.yaml" not in body, "the index no longer lists the map removed")
        save(os.path.join(folder, "notes.txt"), "not a map")
        save(os.path.join(folder, ".hidden.yaml"), MAP)
        check(index_events.wait_for("reload", 1.5) is None, "files the index does not list do not make it reload")
        stale = EventStream(port, "/events?v=0")
        streams.append(stale)
        check(stale.wait_for("reload", 3) is not None, "an index made before changes it missed reloads as soon as it listens")

        # Events: a save makes every open page reload, within 3 s.
        stream = EventStream(port, "/events/x.yaml")
        streams.append(stream)
        check(stream.status == 200 and stream.type.startswith("text/event-stream"), "the events are an event stream")
        others = [EventStream(port, "/events/x.yaml") for _ in range(50)]
        streams.extend(others)
        save(map_path, MAP.replace("relationships:\n", NEW_ACTOR + "relationships:\n"))
        saved = time.monotonic()
        event = stream.wait_for("reload", 3)
        check(event is not None, "reload within 3 s of the save")
        print(f"reload {time.monotonic() - saved:.2f} s after the save")
        reloaded = sum(1 for other in others if other.wait_for("reload", max(0.5, saved + 3 - time.monotonic())) is not None)
        check(reloaded == 50, f"{reloaded} of 50 other open pages got reload")
        status, _, body = get(port, "/map/x.yaml")
        check("Newcomer Housing Trust" in body, "the page shows the new actor")

        # A broken file: its problems, with file and line; the last good page stays.
        save(map_path, BROKEN)
        event = stream.wait_for("problems", 3)
        check(event is not None, "problems within 3 s of saving a broken file")
        if event:
            check(re.search(r"x\.yaml:\d+", event[1]) is not None, f"the problems name file:line: {event[1]!r}")
            check("fed" in event[1], "the problem names the duplicate id")
        status, _, body = get(port, "/map/x.yaml")
        check(status == 200 and "Newcomer Housing Trust" in body, "the last good page is still served")
        late = EventStream(port, "/events/x.yaml")
        streams.append(late)
        event = late.wait_for("problems", 3)
        check(event is not None, "a page opened while the file is broken is told its problems")

        # Warnings do not stop the map: it is drawn, pages reload, and the page made from it is
        # told its warnings as `warnings`, with file and line. Errors come as `problems`, the
        # errors first, then the warnings.
        save(map_path, WARNED)
        check(stream.wait_for("reload", 3) is not None, "a map with warnings but no errors is drawn: reload within 3 s")
        status, _, body = get(port, "/map/x.yaml")
        # The page's data is JSON, which may write `/` as `\/`.
        live = re.search(r"events\\?/x\.yaml\?v=(\d+)", body)
        check(status == 200 and live is not None, "the page made from a file with warnings is served, with its events address")
        warned = EventStream(port, f"/events/x.yaml?v={live.group(1)}" if live else "/events/x.yaml")
        streams.append(warned)
        event = warned.wait_for("warnings", 3)
        check(event is not None, "the page made from a file with warnings is told them")
        if event:
            lines = event[1].split("\n")
            check(len(lines) == 1 and lines[0].startswith(map_path + ":13:") and ": warning: relationships[4].to: " in lines[0],
                  f"the warning names file:line and field: {event[1]!r}")
        save(map_path, WARNED_AND_BROKEN)
        event = stream.wait_for("problems", 3)
        check(event is not None, "a file with errors and warnings: problems within 3 s")
        if event:
            lines = event[1].split("\n")
            kinds = ["error" if ": error: " in line else "warning" if ": warning: " in line else "?" for line in lines]
            check(lines[0].startswith(map_path + ":8:") and kinds[0] == "error"
                  and lines[-1].startswith(map_path + ":14:") and kinds[-1] == "warning"
                  and kinds == sorted(kinds) and "?" not in kinds,
                  f"the errors first, then the warning: {event[1]!r}")
        with open(log_path) as handle:
            logged = handle.read()
        check("x.yaml: drawn, with warnings; open pages reload and show them:\n" + map_path + ":13:" in logged,
              "the terminal says the map was drawn with warnings, and lists them")

        # Rapid saves make few rebuilds, not one each.
        with open(log_path) as handle:
            before = handle.read().count("x.yaml: drawn")
        for index in range(20):
            save(map_path, MAP.replace("Served map", f"Served map, save {index}"))
            time.sleep(0.02)
        event = stream.wait_for("reload", 5)
        check(event is not None, "reload after rapid saves")
        deadline = time.monotonic() + 20
        body = ""
        while time.monotonic() < deadline and "Served map, save 19" not in body:
            time.sleep(0.2)
            _, _, body = get(port, "/map/x.yaml")
        check("Served map, save 19" in body, "the page shows the last save")
        with open(log_path) as handle:
            rebuilds = handle.read().count("x.yaml: drawn") - before
        check(1 <= rebuilds <= 3, f"20 rapid saves made {rebuilds} rebuilds")

        # One file served: / is its page, and nothing beside it is served.
        single, single_port = start_server(binary, map_path, log)
        try:
            status, _, body = get(single_port, "/")
            check(status == 200 and "Served map, save 19" in body, f"GET / of one file served is its page ({status})")
            status, _ = raw_request(single_port, "GET /map/sub/y%20yaml.yaml HTTP/1.1")
            check(status == 404, f"a neighbour of the one file served is {status}, not 404")
            single.send_signal(signal.SIGTERM)
            check(single.wait(timeout=5) == 0, "SIGTERM ends the server with status 0")
        finally:
            if single.poll() is None:
                single.kill()
                single.wait()

        # A second server on the same port says so.
        second = subprocess.run([binary, "serve", folder, "--port", str(port)], capture_output=True, text=True, timeout=30)
        check(second.returncode == 1 and "in use" in second.stderr and "--port" in second.stderr,
              f"a port in use is said: {second.returncode} {second.stderr!r}")
        bad = subprocess.run([binary, "serve", folder, "--host", "example.org"], capture_output=True, text=True, timeout=30)
        check(bad.returncode != 0 and "--host example.org" in bad.stderr and "Fix:" in bad.stderr,
              f"a bad host is said: {bad.returncode} {bad.stderr!r}")

        # Ctrl-C: the streams end and the process exits 0, promptly.
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        check(code == 0, f"SIGINT ends the server with status {code}, not 0 within 5 s")
        check(stream.is_closed(2), "open event streams are closed on stop")
    finally:
        for stream in streams:
            stream.close()
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()
        if results["failed"]:
            with open(log_path) as handle:
                print("server log:\n" + handle.read(), file=sys.stderr)
        shutil.rmtree(base, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
