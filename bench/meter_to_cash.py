#!/usr/bin/env python3
"""The API half of bench/meter-to-cash.sh: readings through readings:bulk, then payments, each from 2 clients.

Usage: meter_to_cash.py readings BASE TOKEN N      -> prints "<seconds> <accepted> <refused>"
       meter_to_cash.py payments BASE TOKEN N      -> pays every 10th of the N accounts; prints "<seconds> <paid> <failed>"
Readings and accounts follow bench/meter-to-cash.sh's archive: meter M<g> on account lpad(g, 8), installed at 100 m³.
Keep-alive connections (http.client), so the figures are the server's, not curl's process starts.
"""
import http.client, json, sys, threading, time, urllib.parse

BULK = 5000
CLIENTS = 2


def reading(g):
    # 5 to 64 m³ in the month: under the 三准 limits, and across tier borders once a year adds up
    return {"serial": "M%d" % g, "value": "%d.%03d" % (100 + 5 + g % 60, g % 1000), "readOn": "2026-10-25", "source": "READER"}


def post(conn, path, token, body, headers=None):
    h = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    h.update(headers or {})
    conn.request("POST", path, body=json.dumps(body), headers=h)
    r = conn.getresponse()
    return r.status, r.read()


def in_parallel(base, jobs, work):
    """Hands the jobs out to CLIENTS threads, each on its own connection; returns (seconds, results)."""
    url = urllib.parse.urlparse(base)
    lock, results, queue = threading.Lock(), [], list(jobs)

    def client():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
        while True:
            with lock:
                if not queue:
                    return
                job = queue.pop(0)
            out = work(conn, url.path, job)
            with lock:
                results.append(out)

    t0 = time.time()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.time() - t0, results


def readings(base, token, n):
    batches = [range(g, min(n, g + BULK - 1) + 1) for g in range(1, n + 1, BULK)]
    bodies = [{"readings": [reading(g) for g in b]} for b in batches]

    def work(conn, path, body):
        status, raw = post(conn, path + "/v1/tenants/bench/metering/readings:bulk", token, body)
        if status != 200:
            sys.stderr.write("readings:bulk answered %d: %s\n" % (status, raw[:300]))
            return 0, len(body["readings"])
        res = json.loads(raw)
        return res["accepted"], res["rejected"]

    secs, results = in_parallel(base, bodies, work)
    print("%.3f %d %d" % (secs, sum(a for a, _ in results), sum(r for _, r in results)))


def payments(base, token, n):
    accounts = ["%08d" % g for g in range(10, n + 1, 10)]

    def work(conn, path, account):
        status, raw = post(conn, path + "/v1/tenants/bench/metering/payments", token,
                           {"accountNo": account, "amountFen": 5000, "channel": "WECHAT"}, {"Idempotency-Key": "m2c-" + account})
        if status != 201:
            sys.stderr.write("payment %s answered %d: %s\n" % (account, status, raw[:300]))
        return status == 201

    secs, results = in_parallel(base, accounts, work)
    print("%.3f %d %d" % (secs, sum(results), len(results) - sum(results)))


if __name__ == "__main__":
    {"readings": readings, "payments": payments}[sys.argv[1]](sys.argv[2], sys.argv[3], int(sys.argv[4]))
