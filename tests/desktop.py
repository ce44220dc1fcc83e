"""Running the real QGIS desktop under Xvfb with the built plugin, for the GUI tests.

``run_desktop(tasks, tmp_path)`` installs build/plugins/lst_downscaler into a fresh plugins
folder, enables it in a fresh profile, starts ``qgis.bin --code desktop_session.py`` under
``xvfb-run`` and returns what the session script wrote (see desktop_session.py).
"""

import json
import os
import shutil
import signal
import subprocess
import sys

import pytest

from shared_data import ROOT

BUILT_PLUGIN = ROOT / "build" / "plugins" / "lst_downscaler"
SESSION_SCRIPT = ROOT / "tests" / "desktop_session.py"
QGIS = "/usr/bin/qgis.bin"
TIMEOUT = 300


def run_desktop(tasks, tmp_path, timeout=TIMEOUT):
    """Run ``tasks`` ({task name: its inputs}) in one QGIS desktop session; {task: results}."""
    for program in (QGIS, shutil.which("xvfb-run")):
        if not program or not os.path.exists(program):
            pytest.skip("the QGIS desktop or xvfb-run is not installed (Debian packages qgis, xvfb)")
    assert (BUILT_PLUGIN / "metadata.txt").exists(), "build the plugin first: make plugin"
    plugins = tmp_path / "plugins"
    shutil.copytree(BUILT_PLUGIN, plugins / "lst_downscaler", ignore=shutil.ignore_patterns("__pycache__"))
    profile = tmp_path / "profile" / "profiles" / "default"
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nlst_downscaler=true\n\n[locale]\noverrideFlag=true\nuserLocale=en_US\n")
    results = tmp_path / "results.json"
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"tasks": tasks, "results": str(results), "timeout_s": timeout - 30}))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               LST_DESKTOP_JOB=str(job), XDG_RUNTIME_DIR=str(runtime))
    env.pop("QT_QPA_PLATFORM", None)
    site_packages = [p for p in sys.path if p.endswith("site-packages") and str(ROOT) in p]
    env["PYTHONPATH"] = os.pathsep.join(site_packages + [os.environ.get("PYTHONPATH", "")])
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", QGIS, "--noversioncheck", "--nologo",
               "--code", str(SESSION_SCRIPT)]
    with open(tmp_path / "qgis.log", "w+", errors="replace") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.seek(0)
        output = log.read()[-3000:]
    assert results.exists(), f"QGIS wrote no results (exit {process.returncode}):\n{output}"
    return json.loads(results.read_text())
