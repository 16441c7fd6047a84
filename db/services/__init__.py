"""Services own every query. Each is built per request with the caller's account id."""
