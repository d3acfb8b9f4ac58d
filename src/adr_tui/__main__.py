"""``python -m adr_tui`` runs the command line."""

from adr_tui.cli.main import main

raise SystemExit(main())
