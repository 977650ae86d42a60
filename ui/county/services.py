"""What the 同步 page asks the office for, in one place: keys, the county's import and trust, its status
matrix, the configuration package. Each call names the service of desktop/ it goes through.

A service that this build does not have yet raises `NotAvailable`; the page then shows that part as not
available instead of failing (the county's services are written alongside this page).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.office import Office


class NotAvailable(Exception):  # noqa: N818 - reads as "this part is not available"
    """The office has no service for this part of the page (yet)."""


def _service(owner: Any, name: str) -> Any:
    try:
        return getattr(owner, name)
    except (AttributeError, ImportError) as error:
        raise NotAvailable(name) from error


def _call(service: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    method = getattr(service, name, None)
    if method is None:
        raise NotAvailable(name)
    return method(*args, **kwargs)


# --- keys (desktop/trust) -------------------------------------------------------------------
def own_fingerprint(office: Office) -> str:
    """This office's public key fingerprint, the one its PDF cover prints (made on first need)."""
    return _call(_service(office, "keys"), "public").fingerprint


def county_fingerprint(office: Office) -> str | None:
    """The county's key fingerprint at a township, once a configuration package brought it."""
    county = _call(_service(office, "keys"), "county")
    return county.fingerprint if county is not None else None


def county_name(office: Office) -> str:
    return _call(_service(office, "keys"), "county_name")


# --- the configuration package (desktop/county/config.py) -----------------------------------
def _config() -> Any:
    try:
        from desktop.county import config
    except ImportError as error:
        raise NotAvailable("config") from error
    return config


def import_config(office: Office, path: Path) -> Any:
    """A township imports the county's configuration package (`ConfigImport`)."""
    return _call(_config(), "import_config", office, path)


def export_config(office: Office, folder: Path) -> Path:
    """The county writes the next version of its signed configuration package into `folder`."""
    return _call(_config(), "export_config", office, folder)


# --- the county's import and townships (desktop/county) ---------------------------------------
def scan(office: Office, places: Sequence[Path]) -> list:
    """Each package found under `places` with what an import would do (nothing is written)."""
    return list(_call(_service(office, "county"), "scan", list(places)))


def import_paths(
    office: Office, paths: Sequence[Path], progress: Callable[..., None], is_cancelled: Callable[[], bool]
) -> list:
    return list(_call(_service(office, "county"), "import_paths", list(paths), progress, is_cancelled))


def townships(office: Office) -> list:
    return list(_call(_service(office, "county"), "townships"))


def trust(office: Office, key: str, places: Sequence[Path] = ()) -> Any:
    """Register the township key with fingerprint `key` (seen on a refused package, or on one under
    `places`) after the clerk compared it with the report cover."""
    return _call(_service(office, "county"), "trust", key, list(places))


# --- what the county gets out (desktop/county/status.py) ------------------------------------
def _status_service(office: Office) -> Any:
    return _service(_service(office, "county_out"), "status")


def status(office: Office, cycle: str) -> Any:
    """The `StatusMatrix` of a cycle: townships × forms."""
    return _call(_status_service(office), "status", cycle)


def status_cycles(office: Office) -> list[str]:
    return list(_call(_status_service(office), "cycles"))


# --- what is on a drive, at a township -------------------------------------------------------
def find_packages(office: Office, places: Sequence[Path]) -> list:
    """The summary of every package under `places` (configuration and submission packages), the
    unreadable ones with the reason (`problem`)."""
    try:
        from desktop.packages.found import packages_in
    except ImportError as error:
        raise NotAvailable("find_packages") from error
    return packages_in(places)
