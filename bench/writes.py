#!/usr/bin/env python3
"""Payments with unique Idempotency-Keys from several clients for SECONDS, as cashiers would keep paying through a fault.

Usage: writes.py BASE TOKEN ACCOUNT_PREFIX ACCOUNTS SECONDS OUT
Each line of OUT: epoch-seconds key status kind elapsed-ms, kind one of ok, 503 (problem+json with Retry-After),
hang (no answer within the 10 s client timeout), html, fail-<status> or fail-io (connection refused or reset).
"""
import sys, threading, time, json, urllib.request, urllib.error

base, token, prefix, accounts, seconds, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
stop = time.time() + seconds
lock = threading.Lock()
lines = []
counter = [0]

def classify(status, ctype, body, retry_after):
    if 200 <= status < 300:
        return "ok"
    if body.lstrip().startswith(b"<"):
        return "html"
    if status == 503 and ctype.startswith("application/problem+json") and retry_after:
        return "503"
    return "fail-%d" % status

def client(n):
    while time.time() < stop:
        with lock:
            counter[0] += 1
            i = counter[0]
        key = "fault-%d" % i
        account = "%s%08d" % (prefix, 1 + i % accounts) if prefix else "%08d" % (1 + i % accounts)
        body = json.dumps({"accountNo": account, "amountFen": 100}).encode()
        req = urllib.request.Request(base + "/v1/tenants/bench/metering/payments", data=body, method="POST",
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json", "Idempotency-Key": key})
        t0 = time.time()
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                kind, status = classify(r.status, r.headers.get("Content-Type", ""), r.read(), r.headers.get("Retry-After")), r.status
        except urllib.error.HTTPError as e:
            kind, status = classify(e.code, e.headers.get("Content-Type", ""), e.read(), e.headers.get("Retry-After")), e.code
        except TimeoutError:
            kind, status = "hang", 0
        except Exception as e:
            kind, status = ("hang" if "timed out" in str(e) else "fail-io"), 0
        with lock:
            lines.append("%.3f %s %d %s %d" % (t0, key, status, kind, (time.time() - t0) * 1000))
        if kind != "ok":
            time.sleep(0.2)

threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
