"""HTTP for deliveries, done with aiohttp.

The service posts every delivery through one aiohttp session (`AiohttpTransport.post`:
the status and Retry-After come back, nothing else is built): pooled keep-alive
connections, no cookie jar, no automatic headers, no decompression, the answer's body
read as bytes and dropped. httpx's own async transport manages far fewer concurrent
requests per second on one core (encode/httpx#3215), and httpx's request and response
objects cost more CPU than the request (tests/bench/bench_delivery.py);
`AiohttpTransport` also plugs into `httpx.AsyncClient` for code that wants httpx's API.

The addresses a host name resolves to are checked when the connection is made
(`GuardedResolver`), not only before: a name that passed the delivery's URL check and then
resolves to a private or metadata address (DNS rebinding) gets no connection.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import socket

import aiohttp
import httpx
from aiohttp.abc import AbstractResolver, ResolveResult

from .subscriptions import unsafe_reason

# An answer's body is read (and dropped) up to this size; past it the connection closes.
MAX_ANSWER_BYTES = 64 * 1024
# Requests in flight to one endpoint: the top of Subscription.concurrency, so the
# connector never queues a request the endpoint's own limit let through.
MAX_PER_HOST = 256


class PostError(Exception):
    """A request that got no HTTP answer (refused, reset, bad response)."""


class PostTimeout(PostError):
    """A request that got no answer in time."""


class GuardedResolver(AbstractResolver):
    """The default resolver, refusing a name any of whose addresses is a cloud metadata
    address, or (unless `allow_private`) a loopback, private or other internal one."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.inner = aiohttp.DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self.inner.resolve(host, port, family)
        for result in results:
            reason = unsafe_reason(ipaddress.ip_address(result["host"].split("%")[0]))
            if reason == "cloud metadata" or (reason and not self.allow_private):
                message = f"{host} resolves to {result['host']}, a {reason} address"
                raise OSError(errno.EPERM, message)  # its text shows in the connect error
        return results

    async def close(self) -> None:
        await self.inner.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Pooled aiohttp sessions (created inside the running loop on first use), one for
    endpoints allowed private addresses and one for the others. `max_connections` 0: no
    cap on all connections together (each endpoint's concurrency limit bounds its own, so a
    slow endpoint never takes connections from the others)."""

    def __init__(self, max_connections: int = 0, per_host: int = MAX_PER_HOST) -> None:
        self.max_connections = max_connections
        self.per_host = per_host
        self._sessions: dict[bool, aiohttp.ClientSession] = {}
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}

    def session(self, allow_private: bool = True) -> aiohttp.ClientSession:
        session = self._sessions.get(allow_private)
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(
                limit=self.max_connections, limit_per_host=self.per_host, ttl_dns_cache=60,
                resolver=GuardedResolver(allow_private),
            )  # fmt: skip
            session = self._sessions[allow_private] = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),  # webhook answers set no state
                auto_decompress=False,  # the body is dropped; httpx decodes by itself
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            )
        return session

    def timeout(self, seconds: float) -> aiohttp.ClientTimeout:
        limit = self._timeouts.get(seconds)
        if limit is None:
            limit = self._timeouts[seconds] = aiohttp.ClientTimeout(
                total=seconds, sock_connect=seconds
            )
        return limit

    async def post(
        self,
        url: str,
        body: bytes,
        headers: dict[str, str],
        timeout: float,
        allow_private: bool = False,
    ) -> tuple[int, str | None]:
        """POST `body`; return the status and the Retry-After header. Raises PostTimeout
        when `timeout` seconds pass, PostError when there is no HTTP answer (also when the
        host name resolves to an address `allow_private` does not allow). The error texts
        never hold the URL's path or query (webhook URLs can hold secrets)."""
        try:
            async with self.session(allow_private).post(
                url, data=body, headers=headers, allow_redirects=False,
                timeout=self.timeout(timeout),
            ) as response:  # fmt: skip
                await _drain(response)
                return response.status, response.headers.get("retry-after")
        except TimeoutError as e:
            raise PostTimeout(f"no answer within {timeout:g}s") from e
        except aiohttp.ClientConnectorError as e:  # host and port only
            raise PostError(f"ConnectError: {e}") from e
        except aiohttp.InvalidURL as e:  # its text is the URL
            raise PostError("InvalidURL") from e
        except aiohttp.ClientResponseError as e:  # its text holds the URL
            raise PostError(f"{type(e).__name__}: {e.status} {e.message}") from e
        except (aiohttp.ClientError, asyncio.IncompleteReadError, OSError) as e:
            raise PostError(f"{type(e).__name__}: {e}") from e
        except ValueError as e:  # a header aiohttp refuses to send (a line break)
            raise PostError(f"a header refused: {e}") from e

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self.session()
        timeouts = request.extensions.get("timeout", {})
        given = [t for t in timeouts.values() if t is not None]
        timeout = aiohttp.ClientTimeout(
            total=max(given) if given else None, sock_connect=timeouts.get("connect")
        )
        try:
            async with session.request(
                request.method,
                str(request.url),
                headers=list(request.headers.multi_items()),
                data=await request.aread(),
                allow_redirects=False,
                timeout=timeout,
            ) as response:
                content = await response.read()
        except TimeoutError as e:
            raise httpx.TimeoutException(f"timed out: {request.url}", request=request) from e
        except aiohttp.ClientConnectorError as e:
            raise httpx.ConnectError(str(e), request=request) from e
        except (aiohttp.ClientError, asyncio.IncompleteReadError, OSError) as e:
            raise httpx.NetworkError(f"{type(e).__name__}: {e}", request=request) from e
        return httpx.Response(
            status_code=response.status,
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers],
            content=content,
            request=request,
        )

    async def aclose(self) -> None:
        for session in self._sessions.values():
            await session.close()
        self._sessions.clear()


async def _drain(response: aiohttp.ClientResponse) -> None:
    """Read the answer's body to its end, so the connection can serve the next request;
    a body over MAX_ANSWER_BYTES closes the connection instead of being read."""
    read = 0
    async for chunk in response.content.iter_any():
        read += len(chunk)
        if read > MAX_ANSWER_BYTES:
            response.close()
            return
