"""`python -m dashboard`: the command-line face of the library."""

import sys

from dashboard import runtime

runtime.return_freed_memory()  # before polars loads

from dashboard.cli import main  # noqa: E402

sys.exit(main(native_stderr=True))
