"""``python -m cleaner`` runs the ``clean-news`` command."""

from cleaner.cli import run

run()
