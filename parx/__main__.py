"""``python -m parx`` behaves the same as the ``parx`` command."""

import sys

from parx.cli import main

sys.exit(main())
