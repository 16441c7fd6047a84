"""Bearer-token authentication for ``/api/v1``: the request's ``user`` is the account id."""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult

from db.services.accounts import authenticate


class BearerTokenMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        header = connection.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise NotAuthorizedException("missing bearer token (Authorization: Bearer <token>)")
        async with connection.app.state.session_factory() as db:
            account_id = await authenticate(db, token.strip())
        if account_id is None:
            raise NotAuthorizedException("invalid or revoked token")
        return AuthenticationResult(user=account_id, auth=None)
