#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema (Debian's python3-jsonschema).

usage: validate_json.py SCHEMA [--ref OTHER_SCHEMA]... [--lines] FILE...
FILE may hold one document, or one per line with --lines. --ref makes another
schema available to "$ref" by its "$id" (docs/jsonl-schema.json refers to
docs/json-schema.json). Exit 0 when all are valid; 1 with the errors otherwise.
"""
import json
import sys

import jsonschema


def main(argv):
    lines = False
    refs = []
    args = []
    it = iter(argv[1:])
    for a in it:
        if a == "--lines":
            lines = True
        elif a == "--ref":
            refs.append(next(it))
        else:
            args.append(a)
    with open(args[0], encoding="utf-8") as f:
        schema = json.load(f)
    store = {}
    for path in refs:
        with open(path, encoding="utf-8") as f:
            other = json.load(f)
        store[other.get("$id", other.get("id", path))] = other
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    resolver = jsonschema.RefResolver.from_schema(schema, id_of=validator_class.ID_OF, store=store)
    validator = validator_class(schema, resolver=resolver)
    failed = False
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            docs = [json.loads(l) for l in f if l.strip()] if lines else [json.load(f)]
        for i, doc in enumerate(docs):
            for error in validator.iter_errors(doc):
                failed = True
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{path}:{i + 1}: {where}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
