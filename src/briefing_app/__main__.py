"""`python -m briefing_app` is the same as the `briefing-app` command."""

from briefing_app.launch import main

raise SystemExit(main())
