"""HTTP for deliveries, done with aiohttp.

httpx's own async transport (httpcore on anyio) manages far fewer concurrent requests
per second on one core than aiohttp (encode/httpx#3215), and even over aiohttp httpx's
request and response objects cost more CPU than the request itself (measured by
tests/bench/bench_delivery.py). So the delivery path posts with `AiohttpTransport.post`
(status and Retry-After back, nothing else built); `AiohttpTransport` also plugs into
`httpx.AsyncClient` for code that wants httpx's API.
"""

from __future__ import annotations

import asyncio

import aiohttp
import httpx


class PostError(Exception):
    """A request that got no HTTP answer (refused, reset, bad response)."""


class PostTimeout(PostError):
    """A request that got no answer in time."""


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One pooled aiohttp session (created inside the running loop on first use)."""

    def __init__(self, max_connections: int = 1000) -> None:
        self.max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}

    def session(self) -> aiohttp.ClientSession:
        session = self._session
        if session is None or session.closed:
            session = self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.max_connections, ttl_dns_cache=60),
                auto_decompress=False,  # httpx decodes by Content-Encoding itself
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            )
        return session

    async def post(
        self, url: str, body: bytes, headers: dict[str, str], timeout: float
    ) -> tuple[int, str | None]:
        """POST `body`; return the status and the Retry-After header. Raises PostTimeout
        when `timeout` seconds pass, PostError when there is no HTTP answer. The error
        texts never hold the URL's path or query (webhook URLs can hold secrets)."""
        limit = self._timeouts.get(timeout)
        if limit is None:
            limit = self._timeouts[timeout] = aiohttp.ClientTimeout(
                total=timeout, sock_connect=timeout
            )
        try:
            async with self.session().post(
                url, data=body, headers=headers, allow_redirects=False, timeout=limit
            ) as response:
                await response.read()  # frees the connection for the next request
                return response.status, response.headers.get("retry-after")
        except TimeoutError as e:
            raise PostTimeout(f"no answer within {timeout:g}s") from e
        except aiohttp.ClientConnectorError as e:
            raise PostError(f"ConnectError: {e}") from e
        except aiohttp.ClientResponseError as e:  # its text holds the URL
            raise PostError(f"{type(e).__name__}: {e.status} {e.message}") from e
        except (aiohttp.ClientError, asyncio.IncompleteReadError, OSError) as e:
            raise PostError(f"{type(e).__name__}: {e}") from e

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
        if self._session is not None:
            await self._session.close()
            self._session = None
