"""Built sites served as a real host serves them, for browser tests and `make bench`: text
gzipped when the browser accepts it, and a missing file answered with status 404 and the
site's own 404 page (the nearest 404.html above the path), so a wasted request costs what it
costs a reader."""

from __future__ import annotations

import gzip
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TEXT = ("text/", "application/javascript", "application/json", "application/xml", "image/svg")


class HostHandler(SimpleHTTPRequestHandler):
    """Files under `directory`, one site or several side by side."""

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and not self.path.split("?")[0].endswith("/"):
            return super().do_GET()  # the stock redirect to the folder's address
        if path.is_dir():
            path = path / "index.html"
        if path.is_file():
            self._send(200, path.read_bytes(), self.guess_type(str(path)))
        else:
            not_found = self._not_found_page(path)
            if not_found is None:
                return self.send_error(404)
            self._send(404, not_found.read_bytes(), "text/html")

    def _not_found_page(self, path: Path) -> Path | None:
        root = Path(self.directory).resolve()
        for folder in path.resolve().parents:
            if (folder / "404.html").is_file():
                return folder / "404.html"
            if folder == root:
                return None
        return None

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        zipped = content_type.startswith(TEXT) and "gzip" in self.headers.get("Accept-Encoding", "")
        if zipped:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)
        self.server.sent.append((self.path, status, len(body)))


def bind() -> ThreadingHTTPServer:
    """A server on a free loopback port, bound but not serving yet: a build can learn its
    address first (SITE_URL), then `serve` it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostHandler, bind_and_activate=False)
    server.allow_reuse_address = True
    server.daemon_threads = True
    server.server_bind()
    server.server_activate()
    server.sent = []  # (path, status, body bytes) of every answer, for `make bench`
    return server


def serve(server: ThreadingHTTPServer, root: Path) -> threading.Thread:
    """Serve the sites under `root` in a background thread."""
    server.RequestHandlerClass = partial(HostHandler, directory=str(root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
