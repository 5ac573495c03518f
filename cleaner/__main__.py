"""``python -m cleaner`` runs the ``clean-news`` command."""

import sys

from cleaner.cli import main

sys.exit(main())
