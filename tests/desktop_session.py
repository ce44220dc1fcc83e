"""Run by the QGIS desktop (``qgis.bin --code``) for the GUI tests; see desktop.py.

Reads the job ($LST_DESKTOP_JOB: tasks and their inputs), does each task through the real
GUI, one after the other, writes what it saw to the job's results file and quits QGIS.

Tasks:
- ``dialogs``: opens the dialog of each algorithm of the given providers and takes a
  screenshot of it;
- ``run``: fills an algorithm's dialog, runs it as the Run button does, and describes the
  layers then in the project (name, renderer, ramp, legend);
- ``batch``: fills the batch dialog of an algorithm with rows and runs it;
- ``toolbox``: searches the Processing Toolbox as a user types, lists the algorithms it
  shows, and runs a Toolbox context-menu action on one of them.
"""

import gc
import json
import os
import threading
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QTextEdit
from qgis.utils import iface

JOB = json.loads(Path(os.environ["LST_DESKTOP_JOB"]).read_text())
RESULTS = {}
# The open dialogs: a dialog's Python object must outlive its run (its context and feedback
# live there), as it does in the toolbox, which runs it modally.
DIALOGS = []
SETTLE_MS = 400  # time for a dialog to lay out and render before its screenshot
BATCH_POLL_MS, BATCH_POLLS = 500, 400
QUIT_GRACE_S = 20


def later(function, delay=SETTLE_MS):
    QTimer.singleShot(delay, guarded(function))


def guarded(function):
    def call(*args):
        try:
            function(*args)
        except Exception:  # noqa: BLE001 (report any failure to the test, then quit)
            RESULTS.setdefault("errors", []).append(traceback.format_exc())
            quit_qgis()
    return call


def quit_qgis():
    Path(JOB["results"]).write_text(json.dumps(RESULTS, indent=1, default=str))
    for dialog in list(DIALOGS):
        close(dialog)
    gc.collect()  # parameter widgets go while QGIS is still up, not at interpreter exit
    QTimer.singleShot(0, lambda: QgsApplication.exit(0))
    # The results are written: should QGIS hang while shutting down, end it.
    watchdog = threading.Timer(QUIT_GRACE_S, os._exit, [0])
    watchdog.daemon = True
    watchdog.start()


def show(dialog, size):
    DIALOGS.append(dialog)
    dialog.resize(*size)
    dialog.show()
    return dialog


def close(dialog):
    dialog.close()
    dialog.deleteLater()
    DIALOGS.remove(dialog)


def run_tasks(names):
    if not names:
        quit_qgis()
        return
    name = names[0]
    TASKS[name](JOB["tasks"][name], RESULTS.setdefault(name, {}), lambda: later(lambda: run_tasks(names[1:]), 0))


def screenshot(widget, folder, name):
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    return str(path)


def dialogs(inputs, results, done):
    """Screenshot of the dialog of every algorithm of ``inputs["providers"]``."""
    import processing
    registry = QgsApplication.processingRegistry()
    algorithms = [a for p in inputs["providers"] for a in registry.providerById(p).algorithms()]

    def next_dialog(remaining):
        if not remaining:
            done()
            return
        algorithm = remaining[0]
        dialog = show(processing.createAlgorithmDialog(algorithm.id()), inputs["size"])

        def grab():
            name = algorithm.id().replace(":", "_").replace(" ", "_")
            results[algorithm.id()] = {"title": dialog.windowTitle(), "png": screenshot(dialog, inputs["folder"], name)}
            close(dialog)
            next_dialog(remaining[1:])
        later(grab)

    next_dialog(algorithms)


def describe_layers():
    layers = []
    for layer in QgsProject.instance().mapLayers().values():
        description = {"name": layer.name(), "source": layer.source(),
                       "in_layer_tree": QgsProject.instance().layerTreeRoot().findLayer(layer.id()) is not None}
        renderer = layer.renderer()
        description["renderer"] = renderer.type()
        if renderer.type() == "singlebandpseudocolor":
            ramp = renderer.shader().rasterShaderFunction()
            description.update(
                band_name=layer.bandName(renderer.band()), minimum=renderer.classificationMin(),
                maximum=renderer.classificationMax(), legend_suffix=ramp.legendSettings().suffix(),
                items=[[item.value, item.color.name(), item.label] for item in ramp.colorRampItemList()])
        layers.append(description)
    return layers


def run(inputs, results, done):
    """Fill an algorithm's dialog, click Run, wait until it has finished and loaded its outputs."""
    import processing
    iface.mainWindow().resize(*inputs["size"])  # for the map screenshot
    dialog = show(processing.createAlgorithmDialog(inputs["algorithm"], inputs["parameters"]), inputs["size"])

    def finished(successful, outputs):
        results.update(successful=successful, outputs=outputs, layers=describe_layers(),
                       log=dialog.findChild(QTextEdit, "txtLog").toPlainText())
        close(dialog)
        layer = next(iter(QgsProject.instance().mapLayers().values()), None)
        if layer is None:
            done()
            return
        canvas = iface.mapCanvas()

        def map_screenshot():
            canvas.mapCanvasRefreshed.disconnect(rendered)
            results["map_png"] = screenshot(iface.mainWindow(), inputs["folder"], inputs["map_screenshot"])
            done()
        rendered = guarded(map_screenshot)
        canvas.mapCanvasRefreshed.connect(rendered)
        canvas.setExtent(layer.extent())
        canvas.refresh()

    def click_run():
        results["png"] = screenshot(dialog, inputs["folder"], inputs["screenshot"])
        dialog.algorithmFinished.connect(guarded(finished))
        dialog.runButton().click()

    later(click_run)


def batch(inputs, results, done):
    """Fill the batch dialog of an algorithm with one row per parameter set and run it."""
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.tools.dataobjects import createContext
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(inputs["algorithm"])
    dialog = BatchAlgorithmDialog(algorithm, iface.mainWindow())
    panel = dialog.mainWidget()
    rows = inputs["rows"]
    panel.addRow(len(rows) - panel.batchRowCount())
    panel.checkLoadLayersOnCompletion.setChecked(inputs["load_layers"])
    context = createContext()
    for row, values in enumerate(rows):
        for name, value in values.items():
            column = panel.parameter_to_column[name]
            wrapper = panel.wrappers[row][column]
            if wrapper is None:  # an output: its file selection cell
                panel.tblParameters.cellWidget(row + 1, column).setValue(value)
            else:
                wrapper.setParameterValue(value, context)
    show(dialog, inputs["size"])

    def finished(polls):
        """QGIS 3.22 runs the rows before click() returns, 3.40 in a background task: wait
        until the rows' layers are loaded (or a row failed)."""
        log = dialog.findChild(QTextEdit, "txtLog").toPlainText()
        loaded = len(QgsProject.instance().mapLayers())
        if loaded < inputs["expected_layers"] and "failed" not in log and polls < BATCH_POLLS:
            later(lambda: finished(polls + 1), BATCH_POLL_MS)
            return
        results.update(layers=describe_layers(), log=log)
        close(dialog)
        done()

    def click_run():
        results["png"] = screenshot(dialog, inputs["folder"], inputs["screenshot"])
        results["rows"] = panel.batchRowCount()
        dialog.runButton().click()
        finished(0)

    later(click_run)


def toolbox(inputs, results, done):
    """Type ``inputs["search"]`` in the Toolbox's search box; the algorithms it then shows, and
    the context-menu action ``inputs["action"]`` run on ``inputs["algorithm"]``."""
    from processing.gui.ProviderActions import ProviderContextMenuActions
    from qgis.utils import plugins
    box = plugins["processing"].toolbox
    box.show()
    box.searchBox.setText(inputs["search"])
    tree = box.algorithmTree
    found, pending = [], [tree.rootIndex()]
    while pending:
        parent = pending.pop()
        for row in range(tree.model().rowCount(parent)):
            index = tree.model().index(row, 0, parent)
            algorithm = tree.algorithmForIndex(index)
            if algorithm is not None:
                found.append(algorithm.id())
            pending.append(index)
    results["found"] = found
    algorithm = QgsApplication.processingRegistry().algorithmById(inputs["algorithm"])
    [action] = [a for a in ProviderContextMenuActions.actions if a.name == inputs["action"]]
    action.setData(algorithm, box)
    results["action_enabled"] = action.isEnabled()
    action.execute()
    results["user_models"] = [a.id() for a in QgsApplication.processingRegistry().providerById("model").algorithms()]

    def grab():
        from processing.modeler.ModelerDialog import ModelerDialog
        [modeler] = [w for w in QgsApplication.topLevelWidgets() if isinstance(w, ModelerDialog) and w.isVisible()]
        results["modeler_title"] = modeler.windowTitle()
        results["png"] = screenshot(modeler, inputs["folder"], inputs["screenshot"])
        modeler.close()
        done()
    later(grab, 1500)


TASKS = {"dialogs": dialogs, "run": run, "batch": batch, "toolbox": toolbox}
QTimer.singleShot(JOB["timeout_s"] * 1000, lambda: (RESULTS.update(timeout=True), quit_qgis()))
later(lambda: run_tasks(list(JOB["tasks"])), 0)
