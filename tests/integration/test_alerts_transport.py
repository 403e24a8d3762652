"""The service's delivery POST (`AiohttpTransport.post`, aiohttp underneath) against raw
servers on 127.0.0.1 that answer with scripted bytes: the ways an HTTP answer can be
framed, keep-alive, servers that close, hang or answer garbage. What the service relies
on: the status and Retry-After come back, and every failure is a PostTimeout or a
PostError whose text holds no part of the URL's path or query."""

from __future__ import annotations

import asyncio
import base64
import socket
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import aiohttp
import pytest

from alerts.transport import AiohttpTransport, GuardedResolver, PostError, PostTimeout

pytestmark = pytest.mark.integration

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


@dataclass
class Request:
    head: list[str]
    body: bytes
    connection: int


@dataclass
class ScriptedServer:
    """Answers the n-th request with answers[n] (bytes, written in `piece`-byte writes);
    None: no answer, the connection stays open. After each answer, closes the connection
    when `close_after` says so."""

    answers: list[bytes | None]
    piece: int = 0
    close_after: Callable[[int], bool] = lambda n: False
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    closed: int = 0  # connections this server closed
    port: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        connection = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")[:-2]
                length = next(
                    int(line.split(":", 1)[1])
                    for line in lines
                    if line.lower().startswith("content-length")
                )
                body = await reader.readexactly(length)
                n = len(self.requests)
                self.requests.append(Request(lines, body, connection))
                answer = self.answers[min(n, len(self.answers) - 1)]
                if answer is None:
                    await asyncio.sleep(3600)
                    return
                step = self.piece or max(1, len(answer))
                for i in range(0, len(answer), step):
                    writer.write(answer[i : i + step])
                    await writer.drain()
                if self.close_after(n):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            self.closed += 1

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., ScriptedServer]]:
    servers: list[asyncio.Server] = []
    loop_servers: list[ScriptedServer] = []

    async def start(script: ScriptedServer) -> ScriptedServer:
        server = await asyncio.start_server(script.handle, "127.0.0.1", 0)
        script.port = server.sockets[0].getsockname()[1]
        servers.append(server)
        loop_servers.append(script)
        return script

    yield start  # type: ignore[misc]
    for server in servers:
        server.close()


@pytest.fixture
async def client() -> AsyncIterator[AiohttpTransport]:
    c = AiohttpTransport()
    yield c
    await c.aclose()


async def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


async def test_a_post_sends_the_body_headers_host_and_length(serve, client) -> None:
    server = await serve(ScriptedServer([OK]))
    status, retry_after = await client.post(
        server.url("/hook/a b?x=1&y=é"), b'{"a":1}', {"webhook-id": "abc"}, 5.0
    )
    assert (status, retry_after) == (200, None)
    request = server.requests[0]
    assert request.head[0] == "POST /hook/a%20b?x=1&y=%C3%A9 HTTP/1.1"
    head = [line.lower() for line in request.head]
    assert f"host: 127.0.0.1:{server.port}" in head
    assert "webhook-id: abc" in head and "content-length: 7" in head
    assert request.body == b'{"a":1}'


async def test_only_the_given_headers_go_with_the_request(serve, client) -> None:
    server = await serve(ScriptedServer([OK]))
    await client.post(server.url(), b"{}", {"content-type": "application/json"}, 5.0)
    names = {line.split(":", 1)[0].lower() for line in server.requests[0].head[1:]}
    assert names == {"host", "content-type", "content-length"}


async def test_credentials_in_the_url_become_basic_authorization(serve, client) -> None:
    server = await serve(ScriptedServer([OK]))
    url = f"http://user:p%40ss@127.0.0.1:{server.port}/hook"
    await client.post(url, b"{}", {}, 5.0)
    expected = base64.b64encode(b"user:p@ss").decode()
    head = [line.lower() for line in server.requests[0].head]
    assert f"authorization: basic {expected}".lower() in head


async def test_keep_alive_reuses_one_connection_for_sequential_posts(serve, client) -> None:
    server = await serve(ScriptedServer([OK]))
    for _ in range(5):
        assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    assert len(server.requests) == 5 and server.connections == 1


async def test_status_and_retry_after_are_read_from_a_chunked_answer(serve, client) -> None:
    chunked = (
        b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n"
    )
    server = await serve(ScriptedServer([chunked, OK]))
    assert await client.post(server.url(), b"{}", {}, 5.0) == (429, "7")
    assert await client.post(server.url(), b"{}", {}, 5.0) == (200, None)
    assert server.connections == 1, "the chunked body was read to its end: connection reusable"


async def test_an_answer_arriving_one_byte_at_a_time_is_read(serve, client) -> None:
    answer = b"HTTP/1.1 503 Busy\r\nContent-Length: 4\r\nretry-after:  12 \r\n\r\nbusy"
    server = await serve(ScriptedServer([answer], piece=1))
    assert await client.post(server.url(), b"{}", {}, 5.0) == (503, "12")


async def test_informational_answers_before_the_final_one_are_skipped(serve, client) -> None:
    server = await serve(ScriptedServer([b"HTTP/1.1 100 Continue\r\n\r\n" + OK]))
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200


async def test_a_body_ended_by_closing_the_connection_is_read(serve, client) -> None:
    answer = b"HTTP/1.0 202 Accepted\r\n\r\nsome body without a length"
    server = await serve(ScriptedServer([answer], close_after=lambda n: True))
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 202
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 202
    assert server.connections == 2


async def test_a_huge_answer_body_is_not_read_and_its_connection_is_dropped(serve, client) -> None:
    # 100 MB announced, 1 MB sent, then silence: reading it all would wait for the timeout.
    huge = b"HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n" + b"x" * 1_000_000
    server = await serve(ScriptedServer([huge, OK]))
    start = time.monotonic()
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    assert time.monotonic() - start < 2.0
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    assert server.connections == 2, "a connection with an unread body is never reused"


async def test_connection_close_opens_a_new_connection_next_time(serve, client) -> None:
    answer = b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
    server = await serve(ScriptedServer([answer], close_after=lambda n: True))
    for _ in range(3):
        assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 204
    assert server.connections == 3


async def test_a_kept_alive_connection_the_server_closed_is_not_reused(serve, client) -> None:
    # The server answers with keep-alive but closes right after: the client's idle
    # connection is dead, and the next post opens a new one.
    server = await serve(ScriptedServer([OK], close_after=lambda n: True))
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    await wait_until(lambda: server.closed == 1)
    await asyncio.sleep(0)  # the client's loop sees the end of the stream
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    assert len(server.requests) == 2 and server.connections == 2


async def test_a_connection_closed_under_a_post_is_a_post_error_not_a_hang(serve, client) -> None:
    # A kept-alive connection that the server closes as the next request goes out (it
    # reads the request and closes without a word): a PostError at once, to retry.
    answers: list[bytes | None] = [OK, b"", OK]
    server = await serve(ScriptedServer(answers, close_after=lambda n: n == 1))
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    start = time.monotonic()
    with pytest.raises(PostError) as raised:
        await client.post(server.url("/hook?token=s3cret"), b"{}", {}, 5.0)
    assert not isinstance(raised.value, PostTimeout) and time.monotonic() - start < 2.0
    assert "s3cret" not in str(raised.value)
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200


async def test_no_answer_in_time_is_a_timeout_and_the_connection_is_dropped(serve, client) -> None:
    server = await serve(ScriptedServer([None, OK]))
    start = time.monotonic()
    with pytest.raises(PostTimeout, match="no answer within 0.3s"):
        await client.post(server.url(), b"{}", {}, 0.3)
    assert time.monotonic() - start < 2.0
    assert (await client.post(server.url(), b"{}", {}, 5.0))[0] == 200
    assert server.connections == 2, "a timed-out connection is never reused"


async def test_a_refused_connection_is_a_post_error_without_the_path(client) -> None:
    server = ScriptedServer([OK])
    probe = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    with pytest.raises(PostError) as raised:
        await client.post(f"http://127.0.0.1:{port}/secret-token?key=s3cret", b"{}", {}, 5.0)
    assert "secret-token" not in str(raised.value) and "s3cret" not in str(raised.value)
    assert not isinstance(raised.value, PostTimeout)


@pytest.mark.parametrize(
    "answer",
    [
        b"SMTP ready\r\n\r\n",
        b"HTTP/1.1 abc OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
    ],
)
async def test_a_garbage_answer_is_a_post_error_without_the_path(
    serve, client, answer: bytes
) -> None:
    server = await serve(ScriptedServer([answer]))
    with pytest.raises(PostError) as raised:
        await client.post(server.url("/secret-token?key=s3cret"), b"{}", {}, 5.0)
    assert "secret-token" not in str(raised.value) and "s3cret" not in str(raised.value)
    assert not isinstance(raised.value, PostTimeout)


async def test_a_line_break_in_a_header_is_refused_before_sending(serve, client) -> None:
    server = await serve(ScriptedServer([OK]))
    with pytest.raises(PostError, match="header"):
        await client.post(server.url(), b"{}", {"x-test": "a\r\nx-injected: 1"}, 5.0)
    assert server.requests == []


async def test_many_concurrent_posts_to_one_origin_all_get_answers(serve, client) -> None:
    server = await serve(ScriptedServer([OK]))
    results = await asyncio.gather(*(client.post(server.url(), b"{}", {}, 5.0) for _ in range(50)))
    assert results == [(200, None)] * 50
    assert server.connections <= 50


async def test_a_name_resolving_to_loopback_gets_no_connection_unless_private_is_allowed(
    serve, client
) -> None:  # type: ignore[no-untyped-def]
    server = await serve(ScriptedServer([OK]))
    url = f"http://localhost:{server.port}/hook?token=s3cret"
    with pytest.raises(PostError, match="loopback") as refused:
        await client.post(url, b"{}", {}, 5.0)
    assert "s3cret" not in str(refused.value)
    assert server.connections == 0
    assert (await client.post(url, b"{}", {}, 5.0, allow_private=True))[0] == 200


async def test_a_name_resolving_to_a_metadata_address_is_refused_even_when_private_is_allowed():
    class Rebound(aiohttp.abc.AbstractResolver):
        async def resolve(self, host, port=0, family=socket.AF_INET):  # type: ignore[no-untyped-def]
            return [{"hostname": host, "host": "169.254.169.254", "port": port,
                     "family": family, "proto": 0, "flags": 0}]  # fmt: skip

        async def close(self) -> None:
            pass

    resolver = GuardedResolver(allow_private=True)
    resolver.inner = Rebound()
    with pytest.raises(OSError, match="cloud metadata"):
        await resolver.resolve("hooks.example", 443)
