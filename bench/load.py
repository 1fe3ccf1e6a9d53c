#!/usr/bin/env python3
"""Steady GET load on several paths while an operator acts; prints what each path answered around each act.

Usage: load.py BASE TOKEN_FILE EVENTS_FILE SECONDS path=token-name ...
TOKEN_FILE holds name=token lines; EVENTS_FILE gets "epoch-seconds name" lines appended by the caller while
this runs. Every answer is classified: 2xx ok, 503 problem+json with Retry-After (the contract while a bundle
restarts), and anything else a failure (an HTML body is counted on its own).
"""
import sys, threading, time, urllib.request, urllib.error, collections

base, token_file, events_file, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
tokens = dict(line.strip().split("=", 1) for line in open(token_file) if "=" in line)
paths = [a.rsplit("=", 1) for a in sys.argv[5:]]
records = []  # (time, path, kind)
lock = threading.Lock()
stop = time.time() + seconds

def classify(status, ctype, body, retry_after):
    if 200 <= status < 300:
        return "ok"
    if body.lstrip().startswith(b"<"):
        return "html"
    if status == 503 and ctype.startswith("application/problem+json") and retry_after:
        return "503"
    return "fail-%d" % status

def client(path, token_name):
    while time.time() < stop:
        req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + tokens[token_name]})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                kind = classify(r.status, r.headers.get("Content-Type", ""), r.read(), r.headers.get("Retry-After"))
        except urllib.error.HTTPError as e:
            kind = classify(e.code, e.headers.get("Content-Type", ""), e.read(), e.headers.get("Retry-After"))
        except Exception:
            kind = "fail-io"
        with lock:
            records.append((time.time(), path, kind))

threads = [threading.Thread(target=client, args=(p, t)) for p, t in paths for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

events = [(float(a), b) for a, b in (line.split(" ", 1) for line in open(events_file) if line.strip())]
bounds = [e[0] for e in events[1:]] + [stop + 1]
print("%-34s %-40s %6s %6s %6s %6s %10s %12s" % ("event", "path", "ok", "503", "failed", "html", "503 for s", "last bad +s"))
for (at, name), end in zip(events, bounds):
    for path, _ in paths:
        rs = [r for r in records if r[1] == path and at <= r[0] < end]
        c = collections.Counter(r[2] for r in rs)
        failed = sum(n for k, n in c.items() if k.startswith("fail"))
        t503 = [r[0] for r in rs if r[2] == "503"]
        span = (max(t503) - min(t503)) if t503 else 0.0
        bad = [r[0] for r in rs if r[2] != "ok"]
        last = (max(bad) - at) if bad else 0.0
        print("%-34s %-40s %6d %6d %6d %6d %10.2f %12.2f" % (name.strip(), path, c["ok"], c["503"], failed, c["html"], span, last))
