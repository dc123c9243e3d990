"""Loads plan YAML the way iwg reads it, for checking files against the JSON Schema.

PyYAML follows YAML 1.1: it would turn 2024-05-14 into a date, 15:00 into 900 and yes into
True, none of which iwg does. This loader resolves only what iwg's decoder treats as typed
(true/false, null, decimal integers without leading zeros); everything else stays text.
"""
import re

import yaml


class PlanLoader(yaml.SafeLoader):
    pass


PlanLoader.yaml_implicit_resolvers = {}
PlanLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
PlanLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:0|[1-9][0-9]*)$"),
                                 list("0123456789"))
PlanLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"),
                                 ["~", "n", "N", ""])


def load(path):
    """The file's single document; raises yaml.YAMLError when PyYAML cannot read it."""
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=PlanLoader)
