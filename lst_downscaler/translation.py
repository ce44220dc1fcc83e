"""The plugin's translations: compiled .qm files in i18n/, installed for the user's locale."""

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def user_locale():
    """QGIS's user interface locale ("fr", "zh_CN"...): its setting, else the system's."""
    return QSettings().value("locale/userLocale", "", type=str) or QLocale().name()


def install_translator(locale=None, folder=I18N_DIR):
    """Install the translation of ``locale`` (default: the user's), trying "zh_CN" then "zh".

    Returns the installed QTranslator, to remove on unload, or None when there is none.
    """
    locale = locale or user_locale()
    translator = QTranslator()
    for name in dict.fromkeys((locale, locale.split("_")[0])):
        if translator.load(str(Path(folder) / f"lst_downscaler_{name}.qm")):
            QCoreApplication.installTranslator(translator)
            return translator
    return None
