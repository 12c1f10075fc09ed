"""Shared test setup: no test may touch the network (claimtrack works offline on its own data); connections to
this machine's loopback addresses (a local Dask cluster) are not the network."""

from __future__ import annotations

import socket

import pytest


class NetworkBlocked(RuntimeError):
    pass


def _allowed(sock, address) -> bool:
    """A connection to this machine (a local Dask cluster's scheduler), or a datagram socket's connect (it sends
    nothing: Dask uses one to learn this machine's address): not the network."""
    if sock.family == getattr(socket, "AF_UNIX", None) or sock.type == socket.SOCK_DGRAM:
        return True
    return _loopback(address)


def _loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) and address else None
    return isinstance(host, str) and (host == "localhost" or host.startswith("127.") or host == "::1")


def _blocked(self, address, *args, **kwargs):
    if _allowed(self, address):
        return _real_connect(self, address, *args, **kwargs)
    raise NetworkBlocked(f"tests must not use the network (connect to {address!r})")


def _blocked_connect_ex(self, address, *args, **kwargs):
    if _allowed(self, address):
        return _real_connect_ex(self, address, *args, **kwargs)
    raise NetworkBlocked(f"tests must not use the network (connect to {address!r})")


def _blocked_create(address, *args, **kwargs):
    if _loopback(address):
        return _real_create(address, *args, **kwargs)
    raise NetworkBlocked(f"tests must not use the network (connect to {address!r})")


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create = socket.create_connection


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """Make every outgoing inet connection fail for the whole session."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _blocked)
    mp.setattr(socket.socket, "connect_ex", _blocked_connect_ex)
    mp.setattr(socket, "create_connection", _blocked_create)
    yield
    mp.undo()



@pytest.fixture(scope="session", autouse=True)
def surface_by_default():
    """The phrase-type tests describe the surface rules, so "auto" means "surface" here unless a test
    says otherwise (tests/test_backends.py covers the parse backends and the auto choice)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMTRACK_BACKEND", "surface")
    mp.setenv("CLAIMTRACK_EN", "rules")  # likewise English means the rules; tests/test_en_model.py covers the model
    yield
    mp.undo()
