"""Refresh the .ts files of i18n/ from the tr() calls of the plugin's Python code.

    python3 i18n/update_translations.py

Messages are the literal first argument of ``tr(...)``, ``self.tr(...)`` and
``QCoreApplication.translate("lst_downscaler", ...)``, in context "lst_downscaler" (pylupdate5
would file ``self.tr`` under each class name). Existing translations are kept; a message
no longer in the code is kept as "vanished" (lrelease skips it), a new one is added
"unfinished". Calls whose text is not a literal are listed, since they cannot be translated.
"""

import ast
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

CONTEXT = "lst_downscaler"
LANGUAGES = ("fr", "es", "zh_CN")
FOLDER = Path(__file__).resolve().parent
PACKAGE = FOLDER.parent / "lst_downscaler"


def tr_calls(path):
    """(line, literal text or None) of each translation call in a Python file."""
    yield from _calls(ast.parse(path.read_text(encoding="utf-8"), str(path)))


def _calls(node):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef) and child.name == "tr":
            continue  # the helpers that forward their text
        if isinstance(child, ast.Call):
            name = child.func.attr if isinstance(child.func, ast.Attribute) else getattr(child.func, "id", None)
            args = child.args
            if name == "translate" and len(args) == 2 and _literal(args[0]) == CONTEXT:
                args = args[1:]
            if name in ("tr", "translate") and len(args) == 1:
                yield child.lineno, _literal(args[0])
        yield from _calls(child)


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages(package=PACKAGE):
    """{source text: [(relative file, line)]} and the (file, line) of non-literal calls."""
    found, not_literal = {}, []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).as_posix()
        for line, text in tr_calls(path):
            if text is None:
                not_literal.append((relative, line))
            else:
                found.setdefault(text, []).append((relative, line))
    return found, not_literal


def ts_path(language):
    return FOLDER / f"lst_downscaler_{language}.ts"


def read_ts(path):
    """{source: (translation, type)} of a .ts file."""
    if not path.exists():
        return {}
    translations = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        translations[message.findtext("source")] = (translation.text or "", translation.get("type"))
    return translations


def write_ts(path, language, found, old):
    root = ElementTree.Element("TS", version="2.1", language=language)
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    entries = [(source, locations) for source, locations in found.items()]
    entries += [(source, []) for source in old if source not in found and old[source][0]]
    for source, locations in entries:
        message = ElementTree.SubElement(context, "message")
        for filename in dict.fromkeys(filename for filename, _ in locations):
            ElementTree.SubElement(message, "location", filename=f"../{filename}")
        ElementTree.SubElement(message, "source").text = source
        text, kind = old.get(source, ("", None))
        translation = ElementTree.SubElement(message, "translation")
        translation.text = text
        if not locations:
            translation.set("type", "vanished")
        elif not text or kind == "unfinished":
            translation.set("type", "unfinished")
    ElementTree.indent(root)
    with open(path, "w", encoding="utf-8") as file:
        file.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        file.write(ElementTree.tostring(root, encoding="unicode"))
        file.write("\n")


def main():
    found, not_literal = messages()
    for language in LANGUAGES:
        path = ts_path(language)
        old = read_ts(path)
        write_ts(path, language, found, old)
        missing = sum(1 for source in found if not old.get(source, ("", None))[0])
        print(f"{path.name}: {len(found)} messages, {missing} untranslated")
    for filename, line in not_literal:
        print(f"{filename}:{line}: the text of this tr() call is not a literal string", file=sys.stderr)
    return 1 if not_literal else 0


if __name__ == "__main__":
    sys.exit(main())
