"""What serves the emulated APIs whatever they answer: the ASGI application, routing,
request and response values, the server thread, the request log, tokens, rate limiting, the
settings and fault injection."""
