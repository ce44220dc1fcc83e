"""The bundled Processing models, listed in the Toolbox as the provider's "Workflows".

Each ``resources/models/*.model3`` becomes a ``QgsProcessingModelAlgorithm`` of this
provider: runnable from the Toolbox, in batch and from ``qgis_process``
(``lst_downscaler:<model name>``). In the desktop, the Toolbox's context menu offers to
edit a copy of one in the graphical modeler (the bundled file itself stays untouched).
"""

import shutil
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from .resources import resource_path

GROUP_ID = "workflows"


def tr(text):
    return QCoreApplication.translate("lst_downscaler", text)


def bundled_models():
    """The models of ``resources/models``, in the group Workflows."""
    models = []
    for path in sorted(resource_path("models").glob("*.model3")):
        model = QgsProcessingModelAlgorithm()
        if model.fromFile(str(path)):
            model.setSourceFilePath(str(path))
            model.setGroup(tr("Workflows"))
            models.append(model)
    return models


def copy_to_user_models(model, models_folder):
    """Copy ``model``'s file into the user's models folder under a name not taken; its path."""
    source = Path(model.sourceFilePath())
    target = Path(models_folder) / source.name
    number = 1
    while target.exists():
        number += 1
        target = target.with_name(f"{source.stem}_{number}{source.suffix}")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def register_edit_copy_action():
    """Add "Edit a copy in the Model Designer…" to the Toolbox's context menu; the action.

    Desktop only: it uses the Processing plugin's GUI classes.
    """
    from processing.gui.ContextAction import ContextAction
    from processing.gui.ProviderActions import ProviderContextMenuActions
    from processing.modeler.ModelerDialog import ModelerDialog
    from processing.modeler.ModelerUtils import ModelerUtils

    class EditCopyAction(ContextAction):
        def __init__(self):
            super().__init__()
            self.name = tr("Edit a Copy in the Model Designer…")

        def isEnabled(self):  # noqa: N802 (Processing API)
            return (isinstance(self.itemData, QgsProcessingModelAlgorithm)
                    and self.itemData.provider() is not None
                    and self.itemData.provider().id() == "lst_downscaler")

        def execute(self):
            path = copy_to_user_models(self.itemData, ModelerUtils.modelsFolders()[0])
            QgsApplication.processingRegistry().providerById("model").refreshAlgorithms()
            copy = QgsProcessingModelAlgorithm()
            copy.fromFile(str(path))
            copy.setSourceFilePath(str(path))
            dialog = ModelerDialog.create(copy)
            dialog.show()
            dialog.activate()

    action = EditCopyAction()
    ProviderContextMenuActions.registerProviderContextMenuActions([action])
    return action


def unregister_edit_copy_action(action):
    from processing.gui.ProviderActions import ProviderContextMenuActions
    ProviderContextMenuActions.deregisterProviderContextMenuActions([action])
