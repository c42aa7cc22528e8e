"""Read-only detail panes for meetings, delegations, localities, agreements, people, sources."""
