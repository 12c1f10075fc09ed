"""Shared test setup: no test may touch the network (claimtrack works offline on its own data)."""

from __future__ import annotations

import socket

import pytest


class NetworkBlocked(RuntimeError):
    pass


def _blocked(self, address, *args, **kwargs):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _real_connect(self, address, *args, **kwargs)
    raise NetworkBlocked(f"tests must not use the network (connect to {address!r})")


def _blocked_create(address, *args, **kwargs):
    raise NetworkBlocked(f"tests must not use the network (connect to {address!r})")


_real_connect = socket.socket.connect


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """Make every outgoing inet connection fail for the whole session."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _blocked)
    mp.setattr(socket.socket, "connect_ex", _blocked)
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
