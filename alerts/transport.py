"""HTTP for deliveries.

Webhook deliveries are small POSTs whose answer matters only for its status and
Retry-After, so the delivery path uses `DeliveryClient`: HTTP/1.1 with keep-alive on plain
asyncio protocols, about a third of the CPU per request of an aiohttp session and a tenth
of httpx's (measured by tests/bench/bench_delivery.py; httpx's own transport also manages
far fewer concurrent requests per second on one core, encode/httpx#3215).
`AiohttpTransport` plugs aiohttp into `httpx.AsyncClient` for code that wants httpx's API.
"""

from __future__ import annotations

import asyncio
import base64
import ssl
from typing import cast
from urllib.parse import quote, unquote, urlsplit

import aiohttp
import httpx


class PostError(Exception):
    """A request that got no HTTP answer (refused, reset, bad response)."""


class PostTimeout(PostError):
    """A request that got no answer in time."""


class StaleConnection(PostError):
    """A kept-alive connection closed before any byte of the answer came back."""


# (scheme, host, port)
Origin = tuple[str, str, int]
_MAX_HEAD = 64 * 1024
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: one request at a time; reads the answer's status line and
    headers, skips its body, and resolves `waiter` with (status, Retry-After, keep-alive)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, str | None, bool]] | None = None
        self.closed = False
        self.idle_since = 0.0
        self.reset()

    def reset(self) -> None:
        self.buffer.clear()
        self.head_done = False
        self.status = 0
        self.keep_alive = True
        self.retry_after: str | None = None
        self.body_left = 0  # bytes of body (or of chunk + CRLF) still to skip
        self.chunked = False
        self.until_close = False
        self.answered = False  # a byte of the answer came

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport (uvloop's is not an asyncio.Transport subclass).
        self.transport = cast(asyncio.Transport, transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        if self.until_close and self.head_done:
            waiter.set_result((self.status, self.retry_after, False))
            return
        text = f"connection lost: {exc}" if exc else "the server closed the connection"
        waiter.set_exception(PostError(text) if self.answered else StaleConnection(text))

    def data_received(self, data: bytes) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            self.close()  # bytes nobody asked for: the connection is out of step
            return
        self.answered = True
        self.buffer += data
        try:
            finished = self._parse()
        except PostError as e:
            self.close()
            waiter.set_exception(e)
            return
        if finished:
            waiter.set_result((self.status, self.retry_after, self.keep_alive))

    def _parse(self) -> bool:
        """Consume the buffer; True when the whole answer has been read."""
        buf = self.buffer
        while not self.head_done:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                if len(buf) > _MAX_HEAD:
                    raise PostError("the response head is too long")
                return False
            lines = bytes(buf[:end]).split(b"\r\n")
            del buf[: end + 4]
            self._head(lines)
        if self.until_close:
            buf.clear()
            return False
        if self.chunked:
            return self._skip_chunks()
        take = min(len(buf), self.body_left)
        del buf[:take]
        self.body_left -= take
        if self.body_left:
            return False
        self.keep_alive = self.keep_alive and not buf
        return True

    def _head(self, lines: list[bytes]) -> None:
        parts = lines[0].split(None, 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            raise PostError("not an HTTP/1.x response")
        try:
            status = int(parts[1])
        except ValueError:
            raise PostError("a bad status line") from None
        if 100 <= status < 200:
            return  # informational: the answer follows
        self.status = status
        self.keep_alive = parts[0] != b"HTTP/1.0"
        length = None
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    raise PostError("a bad Content-Length") from None
            elif name == b"transfer-encoding":
                self.chunked = b"chunked" in value.lower()
            elif name == b"connection":
                token = value.strip().lower()
                if token == b"close":
                    self.keep_alive = False
                elif token == b"keep-alive":
                    self.keep_alive = True
            elif name == b"retry-after":
                self.retry_after = value.strip().decode("latin-1")
        self.head_done = True
        if status in (204, 304):
            self.chunked, self.body_left = False, 0
        elif self.chunked:
            self.body_left = 0
        elif length is not None:
            self.body_left = length
        else:
            self.until_close, self.keep_alive = True, False

    def _skip_chunks(self) -> bool:
        buf = self.buffer
        while True:
            if self.body_left:
                take = min(len(buf), self.body_left)
                del buf[:take]
                self.body_left -= take
                if self.body_left:
                    return False
            end = buf.find(b"\r\n")
            if end < 0:
                return False
            try:
                size = int(bytes(buf[:end]).split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise PostError("a bad chunk size") from None
            if size:
                del buf[: end + 2]
                self.body_left = size + 2  # the chunk and its CRLF
                continue
            # The last chunk; then trailer lines (usually none) and an empty line.
            if len(buf) < end + 4:
                return False
            if buf[end + 2 : end + 4] == b"\r\n":
                del buf[: end + 4]
            else:
                trailers_end = buf.find(b"\r\n\r\n", end + 2)
                if trailers_end < 0:
                    return False
                del buf[: trailers_end + 4]
            self.keep_alive = self.keep_alive and not buf
            return True


class DeliveryClient:
    """POSTs over pooled HTTP/1.1 keep-alive connections (http and https), reading only
    the status and Retry-After of each answer. The connections to one origin number at
    most the requests in flight to it (the deliverer's per-endpoint concurrency limit);
    idle ones close after `keepalive` seconds. No proxies, no redirects, no cookies."""

    def __init__(self, keepalive: float = 15.0, max_idle_per_origin: int = 256) -> None:
        self.keepalive = keepalive
        self.max_idle = max_idle_per_origin
        self.idle: dict[Origin, list[_Connection]] = {}
        self.targets: dict[str, tuple[Origin, bytes]] = {}
        self.ssl: ssl.SSLContext | None = None
        self.next_sweep = 0.0

    async def post(
        self, url: str, body: bytes, headers: dict[str, str], timeout: float
    ) -> tuple[int, str | None]:
        """POST `body`; return the status and the Retry-After header. Raises PostTimeout
        when `timeout` seconds pass, PostError when there is no HTTP answer. The error
        texts never hold the URL's path or query (webhook URLs can hold secrets)."""
        origin, head = self._target(url)
        length = b"content-length: %d\r\n\r\n" % len(body)
        request = b"".join([head, *_header_lines(headers), length, body])
        loop = asyncio.get_running_loop()
        now = loop.time()
        if now >= self.next_sweep:
            self._sweep(now)
        deadline = now + timeout
        while True:
            conn = self._idle(origin, now)
            reused = conn is not None
            waiter: asyncio.Future[tuple[int, str | None, bool]] = loop.create_future()
            timer = loop.call_at(deadline, _expire, waiter, timeout)
            try:
                if conn is None:
                    conn = await self._connect(origin, waiter)
                conn.reset()
                conn.waiter = waiter
                assert conn.transport is not None
                conn.transport.write(request)
                status, retry_after, keep_alive = await waiter
            except StaleConnection:
                if conn is not None:
                    conn.close()
                if reused:
                    continue  # the server had closed it while idle: try a new one
                raise
            except BaseException:
                if conn is not None:
                    conn.close()
                raise
            finally:
                timer.cancel()
                if conn is not None:
                    conn.waiter = None
            if keep_alive and not conn.closed:
                self._release(origin, conn, loop.time())
            else:
                conn.close()
            return status, retry_after

    async def aclose(self) -> None:
        for stack in self.idle.values():
            for conn in stack:
                conn.close()
        self.idle.clear()

    def _target(self, url: str) -> tuple[Origin, bytes]:
        """The origin and the request line + Host (+ Authorization) header of a URL."""
        target = self.targets.get(url)
        if target is not None:
            return target
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PostError(f"not an http(s) URL (scheme {parts.scheme!r})")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise PostError("a bad port in the URL") from None
        host = parts.hostname
        netloc = f"[{host}]" if ":" in host else host
        if parts.port is not None:
            netloc += f":{parts.port}"
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_QUERY_SAFE)
        lines = [f"POST {path} HTTP/1.1\r\n", f"host: {netloc}\r\n"]
        if parts.username is not None:
            user = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            lines.append(f"authorization: Basic {base64.b64encode(user.encode()).decode()}\r\n")
        head = "".join(lines).encode("utf-8")
        if len(self.targets) >= 10_000:
            self.targets.clear()
        target = self.targets[url] = ((parts.scheme, host, port), head)
        return target

    async def _connect(
        self, origin: Origin, waiter: asyncio.Future[tuple[int, str | None, bool]]
    ) -> _Connection:
        """A new connection, or the waiter's PostTimeout when the deadline comes first."""
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        context = None
        if scheme == "https":
            context = self.ssl = self.ssl or ssl.create_default_context()
        connecting = asyncio.ensure_future(
            loop.create_connection(_Connection, host, port, ssl=context)
        )
        try:
            await asyncio.wait((connecting, waiter), return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not connecting.done():
                connecting.cancel()
        if not connecting.done() or connecting.cancelled():
            await waiter  # raises the PostTimeout
        try:
            _, conn = connecting.result()
        except (OSError, ssl.SSLError) as e:
            raise PostError(f"ConnectError: {e}") from e
        return conn

    def _idle(self, origin: Origin, now: float) -> _Connection | None:
        stack = self.idle.get(origin)
        while stack:
            conn = stack.pop()  # the most recently used: least likely closed by the server
            fresh = now - conn.idle_since < self.keepalive
            if fresh and not conn.closed and conn.transport and not conn.transport.is_closing():
                return conn
            conn.close()
        return None

    def _release(self, origin: Origin, conn: _Connection, now: float) -> None:
        conn.idle_since = now
        stack = self.idle.setdefault(origin, [])
        if len(stack) >= self.max_idle:
            conn.close()
        else:
            stack.append(conn)

    def _sweep(self, now: float) -> None:
        """Close connections idle for longer than `keepalive`."""
        self.next_sweep = now + self.keepalive
        for origin, stack in list(self.idle.items()):
            keep = [c for c in stack if not c.closed and now - c.idle_since < self.keepalive]
            for conn in stack:
                if conn not in keep:
                    conn.close()
            if keep:
                self.idle[origin] = keep
            else:
                del self.idle[origin]


def _header_lines(headers: dict[str, str]) -> list[bytes]:
    lines = []
    for name, value in headers.items():
        line = f"{name}: {value}\r\n"
        if line.count("\n") != 1 or "\r" in line[:-2]:
            raise PostError(f"a line break in header {name!r}")
        lines.append(line.encode("latin-1"))
    return lines


def _expire(waiter: asyncio.Future[tuple[int, str | None, bool]], timeout: float) -> None:
    if not waiter.done():
        waiter.set_exception(PostTimeout(f"no answer within {timeout:g}s"))


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
