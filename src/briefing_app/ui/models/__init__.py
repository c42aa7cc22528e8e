"""Thin Qt item models over service DTOs: column constants, cells, and SQL-side paging/sorting."""
