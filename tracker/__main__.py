"""``python -m tracker``: the same as the ``tracker`` command."""

from tracker.cli.app import main

main()
