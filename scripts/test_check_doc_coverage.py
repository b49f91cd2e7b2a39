#!/usr/bin/env python3
"""Tests of check_doc_coverage.py on small symbol graphs written out by hand.

    python3 scripts/test_check_doc_coverage.py
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_doc_coverage import check_module  # noqa: E402

ROOT = "/package"


def symbol(identifier, kind, path, doc=None, line=0, parameters=(), returns="Void", throws=False, module="M"):
    fragments = [{"kind": "keyword", "spelling": "func"}, {"kind": "identifier", "spelling": path[-1]}]
    if throws:
        fragments.append({"kind": "keyword", "spelling": "throws"})
    result = {
        "identifier": {"precise": identifier},
        "kind": {"identifier": kind},
        "names": {"title": path[-1]},
        "pathComponents": list(path),
        "declarationFragments": fragments,
        "location": {"uri": f"file://{ROOT}/Sources/M/File.swift", "position": {"line": line, "character": 4}},
        "functionSignature": {
            "parameters": [{"name": name} for name in parameters],
            "returns": [{"kind": "typeIdentifier", "spelling": returns}],
        },
    }
    if doc is not None:
        result["docComment"] = {"module": module, "lines": [{"text": text} for text in doc.split("\n")]}
    return result


def member(source, target):
    return {"kind": "memberOf", "source": source, "target": target}


def conforms(source, protocol):
    return {"kind": "conformsTo", "source": source, "target": "s:" + protocol, "targetFallback": "Swift." + protocol}


class CheckModuleTests(unittest.TestCase):
    def check(self, symbols, relationships=()):
        return check_module([{"symbols": symbols, "relationships": list(relationships)}], "M", ROOT)

    def test_a_symbol_without_a_comment_is_missing_with_its_file_and_line(self):
        counted, documented, missing = self.check([symbol("t", "swift.struct", ["Thing"], line=9)])
        self.assertEqual((counted, documented), (1, 0))
        self.assertEqual(missing, ["Sources/M/File.swift:10: Thing: no doc comment"])

    def test_a_property_and_an_enum_case_need_a_summary_only(self):
        counted, documented, missing = self.check([
            symbol("p", "swift.property", ["Thing", "name"], doc="The name readers see."),
            symbol("c", "swift.enum.case", ["Side", "state"], doc="The state."),
        ])
        self.assertEqual((counted, documented, missing), (2, 2, []))

    def test_a_function_lacking_parameters_throws_and_returns_names_each(self):
        counted, documented, missing = self.check([
            symbol("f", "swift.method", ["Reader", "read(_:)"], doc="Reads a map.",
                   parameters=["url"], returns="Dataset", throws=True),
        ])
        self.assertEqual((counted, documented), (1, 0))
        self.assertEqual(missing, ["Sources/M/File.swift:1: Reader.read(_:): no - Parameters:, - Throws:, - Returns:"])

    def test_a_complete_comment_passes_with_either_form_of_parameter(self):
        listed = "Reads a map.\n\n- Parameters:\n  - url: The file.\n- Returns: The map.\n- Throws: `DatasetError`."
        single = "Reads a map.\n\n- Parameter url: The file.\n- Returns: The map.\n- Throws: `DatasetError`."
        counted, documented, missing = self.check([
            symbol("f", "swift.method", ["Reader", "read(_:)"], doc=listed, parameters=["url"], returns="Dataset", throws=True),
            symbol("g", "swift.method", ["Reader", "check(_:)"], doc=single, parameters=["url"], returns="Dataset", throws=True),
        ])
        self.assertEqual((counted, documented, missing), (2, 2, []))

    def test_a_word_in_prose_is_not_a_field(self):
        prose = "Returns the map; throws when the parameters are wrong."
        _, documented, missing = self.check([
            symbol("f", "swift.func", ["read(_:)"], doc=prose, parameters=["url"], returns="Dataset", throws=True),
        ])
        self.assertEqual(documented, 0)
        self.assertEqual(len(missing), 1)

    def test_an_initialiser_and_a_void_function_need_no_returns(self):
        doc = "Makes one.\n\n- Parameter name: Its name."
        counted, documented, missing = self.check([
            symbol("i", "swift.init", ["Thing", "init(name:)"], doc=doc, parameters=["name"], returns="Thing"),
            symbol("v", "swift.method", ["Thing", "print(name:)"], doc=doc, parameters=["name"], returns="Void"),
        ])
        self.assertEqual((counted, documented, missing), (2, 2, []))

    def test_conformance_members_are_exempt_only_when_the_type_conforms(self):
        counted, documented, missing = self.check(
            [
                symbol("t", "swift.struct", ["Thing"], doc="A thing."),
                symbol("t.d", "swift.property", ["Thing", "description"]),
                symbol("t.id", "swift.property", ["Thing", "id"]),
                symbol("t.eq", "swift.func.op", ["Thing", "==(_:_:)"], parameters=["lhs", "rhs"], returns="Bool"),
            ],
            [member("t.d", "t"), member("t.id", "t"), member("t.eq", "t"), conforms("t", "CustomStringConvertible")],
        )
        # `description` (CustomStringConvertible) and `==` are exempt; `id` is not, since Thing
        # is not Identifiable.
        self.assertEqual((counted, documented), (2, 1))
        self.assertEqual(missing, ["Sources/M/File.swift:1: Thing.id: no doc comment"])

    def test_a_comment_inherited_from_another_module_is_not_the_symbols_own(self):
        counted, documented, missing = self.check([
            symbol("p", "swift.property", ["Thing", "count"], doc="The number of elements.", module="Swift"),
        ])
        self.assertEqual((counted, documented), (1, 0))


if __name__ == "__main__":
    unittest.main()
