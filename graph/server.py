"""A local Neo4j 5.26 Community server, provisioned from Maven Central.

There is no single Neo4j tarball on Maven Central, so the classpath is
resolved with Maven from ``graph/neo4j/pom.xml`` (Neo4j Community plus Neo4j
Browser), cached under ``$RIGHTSGRAPH_HOME/neo4j/lib`` and checked, jar by
jar, against the committed lock list ``graph/neo4j/artifacts.lock`` (file
name and SHA-256), on top of Maven's own strict checksum verification.

Layout under ``$RIGHTSGRAPH_HOME`` (default ``.rightsgraph/``)::

    neo4j/lib/          resolved jars (shared by every instance)
    <instance>/conf/    neo4j.conf written from the settings
    <instance>/data/ logs/ run/ import/ plugins/

The server runs ``org.neo4j.server.CommunityEntryPoint`` in the background
(its own session, so it outlives the command that started it); its pid is in
``run/rightsgraph.pid``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ServerError
from graph.settings import GraphSettings

NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"
_HERE = Path(__file__).resolve().parent / "neo4j"
POM = _HERE / "pom.xml"
LOCK = _HERE / "artifacts.lock"

# What Neo4j's own launcher adds on Java 17 (see docs/neo4j-local.md).
JVM_FLAGS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Dfile.encoding=UTF-8",
]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_lock(lock: Path = LOCK) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lock.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            out[name] = digest
    return out


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    bolt_uri: str
    browser_url: str
    home: Path

    def describe(self) -> str:
        if not self.running:
            return f"Neo4j is not running (home {self.home})"
        return f"Neo4j is running (pid {self.pid}) at {self.bolt_uri}; Browser {self.browser_url}"


class LocalNeo4j:
    """One local server instance, configured from :class:`GraphSettings`."""

    def __init__(self, settings: GraphSettings, root: Path | None = None) -> None:
        """``root`` holds this instance's conf/data/logs (default ``$RIGHTSGRAPH_HOME/server``);
        the jars are shared by all instances under ``$RIGHTSGRAPH_HOME/neo4j/lib``."""
        if settings.external:
            raise ServerError("NEO4J_URI is set: rightsgraph uses that server and starts none")
        self.settings = settings
        self.lib = settings.home / "neo4j" / "lib"
        self.root = root or settings.home / "server"
        self.conf = self.root / "conf"
        self.data = self.root / "data"
        self.logs = self.root / "logs"
        self.run_dir = self.root / "run"
        self.pid_file = self.run_dir / "rightsgraph.pid"

    # -- provisioning ----------------------------------------------------------
    def provisioned(self) -> bool:
        return (self.lib / ".verified").exists()

    def provision(self, log: Callable[[str], object] = print) -> None:
        """Resolve the Neo4j classpath with Maven (once) and verify it against the lock list."""
        if self.provisioned():
            return
        if shutil.which("mvn") is None:
            raise ServerError("Maven (mvn) is needed to fetch Neo4j from Maven Central: apt-get install maven")
        if shutil.which("java") is None:
            raise ServerError("Java 17 is needed to run Neo4j 5.26: apt-get install openjdk-17-jre-headless")
        staging = self.lib.with_name("lib.partial")
        shutil.rmtree(staging, ignore_errors=True)
        log(f"Fetching Neo4j {NEO4J_VERSION} Community and Neo4j Browser {BROWSER_VERSION} from Maven Central...")
        cmd = ["mvn", "-B", "-q", "-C", "-f", str(POM), "dependency:copy-dependencies",
               f"-DoutputDirectory={staging}"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise ServerError("Maven could not resolve Neo4j:\n" + (proc.stdout + proc.stderr)[-3000:])
        self.verify(staging)
        shutil.rmtree(self.lib, ignore_errors=True)
        staging.rename(self.lib)
        (self.lib / ".verified").write_text(NEO4J_VERSION)
        log(f"Neo4j artifacts verified ({len(read_lock())} jars) in {self.lib}")

    @staticmethod
    def verify(folder: Path, lock: Path = LOCK) -> None:
        """Every jar present and matching its SHA-256 in the lock list; nothing extra."""
        expected = read_lock(lock)
        found = {p.name: p for p in folder.glob("*.jar")}
        missing = sorted(set(expected) - set(found))
        extra = sorted(set(found) - set(expected))
        bad = sorted(n for n, p in found.items() if n in expected and sha256(p) != expected[n])
        if missing or extra or bad:
            raise ServerError(
                "Neo4j artifacts do not match graph/neo4j/artifacts.lock: "
                f"missing {missing[:5]}, unexpected {extra[:5]}, wrong hash {bad[:5]}"
            )

    @staticmethod
    def write_lock(folder: Path, lock: Path = LOCK) -> int:
        """Maintainers: record the hashes of a freshly resolved classpath."""
        jars = sorted(folder.glob("*.jar"))
        lines = [f"# Neo4j {NEO4J_VERSION} + Browser {BROWSER_VERSION}: sha256 of each resolved jar"]
        lines += [f"{sha256(p)}  {p.name}" for p in jars]
        lock.write_text("\n".join(lines) + "\n")
        return len(jars)

    # -- configuration ---------------------------------------------------------
    def configure(self) -> None:
        s = self.settings
        for d in (self.conf, self.data, self.logs, self.run_dir, self.root / "import", self.root / "plugins"):
            d.mkdir(parents=True, exist_ok=True)
        conf = {
            "server.directories.data": self.data,
            "server.directories.logs": self.logs,
            "server.directories.run": self.run_dir,
            "server.directories.import": self.root / "import",
            "server.directories.plugins": self.root / "plugins",
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "localhost",
            "server.bolt.listen_address": f":{s.bolt_port}",
            "server.bolt.advertised_address": f":{s.bolt_port}",
            "server.http.listen_address": f":{s.http_port}",
            "server.http.advertised_address": f":{s.http_port}",
            "server.https.enabled": "false",
            "dbms.usage_report.enabled": "false",
            "dbms.security.auth_enabled": "true",
            # Bounded for a 2-core / 24 GiB machine shared with the API and the tests.
            "server.memory.heap.initial_size": s.heap,
            "server.memory.heap.max_size": s.heap,
            "server.memory.pagecache.size": s.pagecache,
            "dbms.memory.transaction.total.max": "512m",
            "server.jvm.additional": " ".join(JVM_FLAGS),
            "db.transaction.timeout": "120s",
            # Browser guides served by the API (rightsgraph serve) may be played with :play URL.
            "browser.remote_content_hostname_whitelist": "*",
            # No usage analytics from Neo4j Browser (investigators' machines; and no consent banner).
            "client.allow_telemetry": "false",
            "dbms.security.procedures.unrestricted": "",
        }
        text = "\n".join(f"{k}={v}" for k, v in conf.items()) + "\n"
        (self.conf / "neo4j.conf").write_text(text)

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(NEO4J_HOME=str(self.root), NEO4J_CONF=str(self.conf))
        return env

    def admin(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run neo4j-admin (``org.neo4j.cli.AdminTool``) against this instance's config."""
        if not self.provisioned():
            raise ServerError("Neo4j is not provisioned: run `rightsgraph db start` first")
        self.configure()
        cmd = ["java", "-cp", f"{self.lib}/*", "org.neo4j.cli.AdminTool", *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self._env())
        if check and proc.returncode != 0:
            raise ServerError(f"neo4j-admin {' '.join(args[:3])} failed:\n{(proc.stdout + proc.stderr)[-2000:]}")
        return proc

    # -- lifecycle -------------------------------------------------------------
    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:  # a server started by this very process may have exited and wait to be reaped
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return None
        except ChildProcessError:
            pass
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return pid

    def status(self) -> Status:
        pid = self.pid()
        return Status(
            running=pid is not None and port_open(self.settings.bolt_port),
            pid=pid,
            bolt_uri=f"bolt://localhost:{self.settings.bolt_port}",
            browser_url=f"http://localhost:{self.settings.http_port}/browser/",
            home=self.root,
        )

    def start(self, timeout: float = 180.0, log: Callable[[str], object] = print) -> Status:
        """Start in the background and wait until Bolt answers with our credentials."""
        from graph.db import Database  # local: db imports the driver, not needed for provisioning

        if self.pid() is not None:
            st = self.status()
            if st.running:
                return st
        for port in (self.settings.bolt_port, self.settings.http_port):
            if port_open(port):
                raise ServerError(
                    f"port {port} is already in use by another program; set NEO4J_BOLT_PORT/NEO4J_HTTP_PORT, "
                    "or NEO4J_URI to use a server that is already running"
                )
        self.provision(log=log)
        self.configure()
        if not (self.data / "dbms").exists():
            # The initial password only takes effect before the very first start.
            self.admin("dbms", "set-initial-password", self.settings.password)
        heap = self.settings.heap
        cmd = [
            "java", f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", f"{self.lib}/*",
            "org.neo4j.server.CommunityEntryPoint",
            f"--home-dir={self.root}", f"--config-dir={self.conf}", "--console-mode",
        ]
        console = (self.logs / "console.log").open("ab")
        proc = subprocess.Popen(cmd, stdout=console, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=self._env(), start_new_session=True, cwd=self.root)
        self.pid_file.write_text(str(proc.pid))
        deadline = time.monotonic() + timeout
        while not port_open(self.settings.bolt_port):
            if proc.poll() is not None:
                raise ServerError(f"Neo4j exited with code {proc.returncode}; see {self.logs / 'console.log'}:\n"
                                  + self._tail())
            if time.monotonic() > deadline:
                self.stop()
                raise ServerError(f"Neo4j did not open Bolt within {timeout:.0f}s:\n" + self._tail())
            time.sleep(0.3)
        with Database(self.settings) as db:
            db.wait_until_ready(max(5.0, deadline - time.monotonic()))
        return self.status()

    def _tail(self, lines: int = 30) -> str:
        try:
            return "\n".join((self.logs / "console.log").read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop cleanly (SIGTERM, Neo4j checkpoints and exits); SIGKILL after ``timeout``."""
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
                with contextlib.suppress(ChildProcessError):  # reap it if it is our child
                    os.waitpid(pid, os.WNOHANG)
            except ProcessLookupError:
                break
            time.sleep(0.2)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True
