"""An httpx transport that does its I/O with aiohttp.

httpx's own async transport (httpcore on anyio) manages far fewer concurrent requests
per second on one core than aiohttp (encode/httpx#3215; measured here by
tests/bench/bench_delivery.py). The delivery code keeps httpx's API (AsyncClient,
Response, its exception types) and plugs this transport in; tests can use either.
"""

from __future__ import annotations

import asyncio

import aiohttp
import httpx


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One pooled aiohttp session (created inside the running loop on first use)."""

    def __init__(self, max_connections: int = 1000) -> None:
        self.max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None or session.closed:
            session = self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.max_connections, ttl_dns_cache=60),
                auto_decompress=False,  # httpx decodes by Content-Encoding itself
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            )
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
