"""Publishing: the workflow runs the README's commands, and `mkdocs gh-deploy` puts the
site on the gh-pages branch of a repository (a local bare one here)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import yaml

from .conftest import BIN, ROOT, copy_project

WORKFLOW = ROOT / ".github/workflows/publish.yml"


def test_the_workflow_runs_the_readme_s_commands() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    build = workflow["jobs"]["build"]
    assert build["container"] == "python:3.11-bookworm"  # Debian 12 with Python 3.11, as the README promises
    # The first step only lets git read the checkout (see the workflow); then the README's commands.
    setup, *commands = [step["run"] for step in build["steps"] if "run" in step]
    assert setup.startswith("git config --global --add safe.directory")
    assert commands[0] == "bash scripts/test.sh"  # nothing is published untested
    for command in commands:
        assert command in readme, f"the README does not document {command!r}"
    assert any(step.get("uses", "").startswith("actions/deploy-pages") for step in workflow["jobs"]["deploy"]["steps"])
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert "SITE_URL" in next(s for s in build["steps"] if s.get("run", "").startswith(".venv/bin/edition site"))["env"]
    release = workflow["jobs"]["release"]
    assert any("win-win-edition-offline.zip" in str(step.get("with", {})) for step in release["steps"])


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


def test_gh_deploy_puts_the_site_on_the_gh_pages_branch(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    project = copy_project(tmp_path / "project")
    shutil.copy(ROOT / ".gitignore", project / ".gitignore")
    git("init", "--quiet", "-b", "main", cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "--quiet", "-m", "The edition", cwd=project)
    git("remote", "add", "origin", str(remote), cwd=project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://example.org/edition/",
           "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org"}
    result = subprocess.run([str(BIN / "mkdocs"), "gh-deploy", "--strict", "--force"], cwd=project, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    assert {"index.html", "articles/chen-2017/index.html", "glossary/index.html", "data/references.bib",
            "sitemap.xml"} <= set(files)
    page = git("show", "gh-pages:articles/chen-2017/index.html", cwd=remote)
    assert '<meta name="citation_public_url" content="https://example.org/edition/articles/chen-2017/">' in page
