"""Translations: the .ts sources are sound, the compiled .qm translate the algorithms, the plugin
installs the one of the user's locale."""

import os
import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from shared_data import ROOT

LANGUAGES = ("fr", "es", "zh_CN")
BUILT_PLUGIN = ROOT / "build" / "plugins" / "lst_downscaler"
TSHARP_FR = "TsHARP (affinage thermique fondé sur le NDVI)"


def ts_messages(language):
    root = ElementTree.parse(ROOT / "i18n" / f"lst_downscaler_{language}.ts").getroot()
    assert [context.findtext("name") for context in root.iter("context")] == ["lst_downscaler"]
    for message in root.iter("message"):
        translation = message.find("translation")
        yield message.findtext("source"), translation.text or "", translation.get("type")


def placeholders(text):
    return sorted((field, spec) for _, field, spec, _ in string.Formatter().parse(text) if field is not None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_translations_keep_placeholders_and_markup(language):
    messages = [(source, text) for source, text, kind in ts_messages(language) if kind != "vanished"]
    assert len(messages) > 150
    for source, text in messages:
        assert text, f"untranslated in {language}: {source[:80]}"
        assert placeholders(text) == placeholders(source), f"{language}: placeholders of {source[:80]}"
        assert re.findall(r"</?\w+>", text) == re.findall(r"</?\w+>", source), f"{language}: markup of {source[:80]}"


@pytest.fixture
def translator():
    """Installs the built translation of a locale; removes it afterwards."""
    from qgis.PyQt.QtCore import QCoreApplication

    from lst_downscaler.translation import install_translator
    assert (BUILT_PLUGIN / "i18n").is_dir(), "build the plugin first: make plugin"
    installed = []

    def install(locale):
        installed.append(install_translator(locale, BUILT_PLUGIN / "i18n"))
        return installed[-1]
    yield install
    for item in installed:
        if item is not None:
            QCoreApplication.removeTranslator(item)


def test_french_translation_of_the_algorithms(provider, translator):
    from lst_downscaler.algorithms.downscaling.tsharp import TsharpAlgorithm
    assert TsharpAlgorithm().displayName() == "TsHARP (NDVI-based thermal sharpening)"
    assert translator("fr_FR") is not None
    tsharp = TsharpAlgorithm()
    tsharp.initAlgorithm()
    assert tsharp.displayName() == TSHARP_FR
    assert tsharp.group() == "Désagrégation"
    assert tsharp.parameterDefinition("LST").description() == "Couche LST grossière"
    assert tsharp.shortHelpString().startswith("<p>Affine une couche de température de surface")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_algorithm_name_and_group_is_translated(provider, language):
    from qgis.PyQt.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(BUILT_PLUGIN / "i18n" / f"lst_downscaler_{language}.qm"))
    from qgis.core import QgsProcessingModelAlgorithm
    for algorithm in provider.algorithms():
        texts = [algorithm.group()]
        if not isinstance(algorithm, QgsProcessingModelAlgorithm):  # a workflow's name is its id
            texts.append(algorithm.displayName())
        for text in texts:
            assert translator.translate("lst_downscaler", text), f"{language}: '{text}' is not translated"


def test_unknown_locale_installs_nothing(translator):
    assert translator("de_DE") is None


def test_plugin_follows_the_user_locale_in_qgis_process(tmp_path):
    """qgis_process with the built plugin and a profile whose user locale is French."""
    executable = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
    if not os.path.exists(executable):
        pytest.skip("qgis_process.bin is not installed (Debian package qgis)")
    shutil.copytree(BUILT_PLUGIN, tmp_path / "plugins" / "lst_downscaler", ignore=shutil.ignore_patterns("__pycache__"))
    settings = tmp_path / "profile" / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text("[PythonPlugins]\nlst_downscaler=true\n\n[locale]\nuserLocale=fr\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(tmp_path / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    completed = subprocess.run([executable, "help", "lst_downscaler:tsharp"], env=env, capture_output=True,
                               text=True, timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert TSHARP_FR in completed.stdout and "Couche LST grossière" in completed.stdout
