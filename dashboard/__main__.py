"""`python -m dashboard`: the command-line face of the library."""

import sys

from dashboard.cli import main

sys.exit(main(native_stderr=True))
