-- POSTs the JSON in $WRK_BODY (the Authorization header comes from wrk's -H)
wrk.method = "POST"
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Content-Type"] = "application/json"
