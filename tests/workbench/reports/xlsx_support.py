"""Helpers for the workbook tests: a scoring project with every scale kind, LibreOffice.

Not a conftest: imported explicitly. :func:`recalculate` runs LibreOffice
headless once for a batch of files (it is slow to start), with a private
profile so it never meets a running office; :data:`needs_soffice` skips only
where LibreOffice is missing *and* we are not in CI (in CI it must run).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from workbench.services import ProjectService

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed; CI installs it and runs these tests",
)


def recalculate(files: Sequence[Path], outdir: Path) -> list[Path]:
    """Open each xlsx in LibreOffice headless, recalculate, save as xlsx in `outdir`.

    Our workbooks carry no cached results (openpyxl writes formulas only), so
    LibreOffice computes every formula on load; the saved copy holds the
    results, which openpyxl reads with ``data_only=True``.
    """
    assert SOFFICE is not None, "LibreOffice is required in CI"
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / "lo-profile"
    cmd = [SOFFICE, "--headless", "--norestore", "--nologo",
           f"-env:UserInstallation={profile.resolve().as_uri()}",
           "--convert-to", "xlsx", "--outdir", str(outdir), *map(str, files)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    out = [outdir / f.name for f in files]
    for f in out:
        assert f.is_file(), f"LibreOffice did not write {f}"
    return out


def xml_parts(data: bytes) -> dict[str, str]:
    """Every part of an xlsx, decoded (all parts of our workbooks are XML)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8", errors="replace") for n in z.namelist()}


LEVELS = [{"label": "laag", "value": 0.0}, {"label": "middel", "value": 0.4},
          {"label": "hoog", "value": 1.0}]


def build_scoring_project(svc: ProjectService, n: int = 24, seed: int = 7) -> list[str]:
    """Criteria of every scale kind, `n` measures with ties, gaps and an empty one.

    Parties ``tata`` and ``prov`` hold partner-visible positions on M01..M03.
    Returns the measure codes. Profile ``team`` (partners) weighs all five
    criteria; measures M03 and M04 are identical (a tie); every fifth measure
    lacks its noise assessment (incomplete); the last has no assessment at all.
    """
    rng = np.random.default_rng(seed)
    crit = {
        "health": svc.create("criterion", {
            "key": "health", "name": "Gezondheid", "kind": "health", "unit": "DALY/jaar",
            "scale": {"type": "linear", "worst": 0, "best": 60}}).created[0],
        "cost": svc.create("criterion", {
            "key": "cost", "name": "Kosten", "kind": "cost", "unit": "EUR",
            "direction": "lower_is_better",
            "scale": {"type": "linear", "worst": 4e8, "best": 0}}).created[0],
        "dust": svc.create("criterion", {
            "key": "dust", "name": "Stofreductie", "unit": "%",
            "scale": {"type": "piecewise", "points": [[0, 0], [20, 0.5], [50, 0.8],
                                                      [100, 1]]}}).created[0],
        "feasibility": svc.create("criterion", {
            "key": "feasibility", "name": "Haalbaarheid", "kind": "feasibility",
            "scale": {"type": "levels", "levels": LEVELS}}).created[0],
        "noise": svc.create("criterion", {
            "key": "noise", "name": "Geluid", "unit": "dB",
            "scale": {"type": "linear", "worst": 0, "best": 6}}).created[0],
    }
    codes = []
    rows: list[dict[str, tuple[float, float, float]]] = []
    for i in range(n):
        code = f"M{i + 1:02d}"
        codes.append(code)
        mid = svc.create("measure", {"code": code, "title": f"Maatregel {i + 1}",
                                     "visibility": "partners"}).created[0]
        if i == n - 1:
            rows.append({})
            continue
        if i == 3:
            est = rows[2]
        else:
            h = float(rng.uniform(-5, 70))
            c = float(rng.uniform(0, 5e8))
            d = float(rng.uniform(-10, 110))
            lv = float(LEVELS[int(rng.integers(0, 3))]["value"])
            nz = float(rng.uniform(0, 8))
            est = {"health": (h - 2, h, h + 3), "cost": (c * 0.8, c, c * 1.3),
                   "dust": (d - 1, d, d + 1), "feasibility": (lv, lv, lv),
                   "noise": (nz - 0.5, nz, nz + 0.5)}
            if i % 5 == 4:
                est = {k: v for k, v in est.items() if k != "noise"}
        rows.append(est)
        for key, (lo, be, hi) in est.items():
            svc.create("assessment", {"measure_id": mid, "criterion_id": crit[key],
                                      "low": lo, "best": be, "high": hi})
    prof = svc.create("weight_profile", {"key": "team", "name": "Team IJmond",
                                         "visibility": "partners"}).created[0]
    for key, w in (("health", 40), ("cost", 25), ("dust", 15), ("feasibility", 10),
                   ("noise", 10)):
        svc.create("weight", {"profile_id": prof, "criterion_id": crit[key], "weight": w})
    pkg = svc.create("package", {"key": "ask", "name": "Inzet", "visibility": "partners"})
    for code in codes[::3]:
        svc.create("package_member", {"package_id": pkg.created[0],
                                      "measure_id": svc.id_for("measure", code)})
    import datetime as dt

    for key, name in (("tata", "Tata Steel Nederland"), ("prov", "Provincie Noord-Holland")):
        party = svc.create("stakeholder", {"key": key, "name": name,
                                           "visibility": "partners"}).created[0]
        for code, stance in zip(codes[:3], (-1, 0, 2), strict=True):
            svc.create("position", {"stakeholder_id": party,
                                    "measure_id": svc.id_for("measure", code),
                                    "stance": stance, "visibility": "partners",
                                    "date": dt.date(2026, 3, 1)})
    return codes
