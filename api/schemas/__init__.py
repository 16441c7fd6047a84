"""msgspec request/response bodies; they are the OpenAPI schema the app serves."""
