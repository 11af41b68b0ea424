"""Deterministic national demo data (a seeded model of cards flowing centre -> province -> kab/kota).

Public names: build_demo, build_if_empty, is_demo, generate (frames only), describe / parse_description (the
parameters a build records in its uploads row, so `rebuild` can replay it), and the defaults.
"""

from dashboard.demo.build import (
    DEFAULT_MONTHS,
    DEFAULT_SEED,
    FILE_PREFIX,
    StoreNotEmpty,
    build_demo,
    build_if_empty,
    describe,
    generate,
    is_demo,
    parse_description,
)

__all__ = ["DEFAULT_MONTHS", "DEFAULT_SEED", "FILE_PREFIX", "StoreNotEmpty", "build_demo", "build_if_empty",
           "describe", "generate", "is_demo", "parse_description"]
