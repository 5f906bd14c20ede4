"""Render the site with MkDocs (then correct its markup): the online site, and the offline
edition as a zip."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from .markup import correct_site

FIXED_EPOCH = "315532800"  # 1980-01-01, the earliest time a zip file can record


def source_date_epoch(root: Path) -> str:
    """The time the site claims to be built at: SOURCE_DATE_EPOCH if set, else the
    last commit's time, so that two builds of one commit are byte-identical."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    git = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True,
                         check=False)
    return git.stdout.strip() if git.returncode == 0 and git.stdout.strip() else FIXED_EPOCH


def render_site(root: Path, site_dir: Path, quiet: bool, offline: bool = False) -> int:
    """``mkdocs build --strict`` of ROOT into ``site_dir``, then the markup corrections
    (see markup.py); the exit status."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch(root), "NO_MKDOCS_2_WARNING": "1",
           "OFFLINE": "true" if offline else "false"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    command = [str(mkdocs), "build", "--strict", "--site-dir", str(site_dir.resolve())]
    if quiet:
        command.append("--quiet")
    status = subprocess.run(command, cwd=root, env=env, check=False).returncode
    if status == 0:
        correct_site(site_dir)
    return status


def zip_folder(folder: Path, target: Path, epoch: str) -> None:
    """A zip of ``folder`` whose bytes depend only on the files (sorted, fixed times)."""
    date_time = time.gmtime(max(int(epoch), int(FIXED_EPOCH)))[:6]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{target.stem}/{path.relative_to(folder).as_posix()}", date_time)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, path.read_bytes())
    os.replace(partial, target)  # never leave a half-written zip behind
