"""The Litestar app: settings, auth, controllers, schemas, error mapping and the CLI."""
