"""Reading untrusted JSON: size and depth limits, duplicate keys, JSON paths.

A file from a partner or a hand-written one is parsed here before any
validation: it may be at most :data:`MAX_BYTES` long, must be UTF-8, must
be well-formed (the error names line and column), and free-form values
(scales, elicitation inputs, project options) may nest at most
:data:`MAX_DEPTH` deep and hold only finite numbers. :class:`JsonPath` is
the place a message points at, such as ``measures[3].deadline_year``.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from workbench.i18n import Language, Term, UserError, Where
from workbench.services.fields import check_number, check_text

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 32
KEY_CHARS = 200  # a key inside a free-form value


class JsonPath(Where):
    """A location in a JSON document, rendered as ``measures[3].code``.

    Built lazily from its parent, since validation makes one for every row
    and the text is needed only for the one that is wrong.
    """

    def __init__(self, path: str = "", parent: JsonPath | None = None) -> None:
        # Where.__init__ is not called: `ident` is computed on demand.
        self._parent = parent
        self._part = path
        self.entity = ""
        self.field = ""

    @property
    def ident(self) -> str:  # type: ignore[override]
        if self._parent is None:
            return self._part
        base = self._parent.ident
        if self._part.startswith("[") or not base:
            return base + self._part
        return f"{base}.{self._part}"

    def at(self, field: str) -> JsonPath:
        return JsonPath(field, self)

    def item(self, index: int) -> JsonPath:
        return JsonPath(f"[{index}]", self)

    def text(self, language: Language) -> str:
        if self.ident:
            return self.ident
        return "(bestand)" if language == "nl" else "(file)"


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers a key given more than once."""

    duplicate: str | None = None


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A plain dict (built in C) unless a key came twice, which only then is looked for.
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = JsonObject()
    for key, value in pairs:
        if key in marked and marked.duplicate is None:
            marked.duplicate = key
        marked[key] = value
    return marked


def parse_json(text: str | bytes, *, name: str = "JSON") -> Any:
    """Parse JSON text, refusing oversized, badly encoded or malformed input clearly."""
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise UserError("json.too_large", path=name, size=len(text), limit=MAX_BYTES)
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(
                "json.invalid", path=name, detail=f"geen UTF-8 (byte {exc.start})"
            ) from None
    elif len(text) > MAX_BYTES:
        raise UserError("json.too_large", path=name, size=len(text), limit=MAX_BYTES)
    try:
        return json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise UserError(
            "json.malformed", path=name, line=exc.lineno, col=exc.colno, detail=exc.msg
        ) from None
    except RecursionError:
        raise UserError("json.too_deep", where=JsonPath(), limit=MAX_DEPTH) from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise UserError("json.invalid", path=name, detail=str(exc)) from None


def file_kind(mode: int) -> Term | None:
    """What a non-regular file is (a FIFO, a device, ...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return Term("filekind.fifo")
    if stat.S_ISDIR(mode):
        return Term("filekind.folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Term("filekind.device")
    return Term("filekind.other")


def regular_size(path: Path) -> int:
    """The size of `path`, refusing a FIFO, device or folder before it is ever opened.

    Opening a FIFO blocks until someone writes to it, and a device may never
    end, so the check is made on the path (following links) first.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UserError("store.not_found", path=path) from None
    except OSError as exc:
        raise UserError("cli.io", path=path, detail=exc.strerror or str(exc)) from None
    kind = file_kind(st.st_mode)
    if kind is not None:
        raise UserError("file.not_regular", path=path, kind=kind)
    return st.st_size


def read_json(path: Path) -> Any:
    """Read and parse a JSON file, within the size limit, naming the file in errors."""
    size = regular_size(path)
    if size > MAX_BYTES:
        raise UserError("json.too_large", path=path.name, size=size, limit=MAX_BYTES)
    try:
        # O_NONBLOCK: should the path have become a FIFO since the check, opening
        # it does not wait for a writer; the read is bounded by the size limit.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            kind = file_kind(os.fstat(fh.fileno()).st_mode)
            if kind is not None:
                raise UserError("file.not_regular", path=path, kind=kind)
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError("cli.io", path=path, detail=exc.strerror or str(exc)) from None
    return parse_json(raw, name=path.name)


def check_free(value: Any, where: JsonPath, depth: int = 0) -> Any:
    """Check a free-form JSON value (depth, finite numbers) and return it as plain JSON."""
    if depth > MAX_DEPTH:
        raise UserError("json.too_deep", where=where, limit=MAX_DEPTH)
    if isinstance(value, dict):
        dup = getattr(value, "duplicate", None)
        if dup is not None:
            raise UserError("json.duplicate_key", where=where.at(dup))
        return {
            check_text(str(k), where.at(str(k)), KEY_CHARS): check_free(
                v, where.at(str(k)), depth + 1
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [check_free(v, where.item(i), depth + 1) for i, v in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        raise UserError("value.type", where=where, expected="een eindig getal", got=repr(value))
    if isinstance(value, int) and not isinstance(value, bool):
        check_number(value, where)
    elif isinstance(value, str):
        check_text(value, where)
    return value
