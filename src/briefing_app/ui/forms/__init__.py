"""One editor framework: inputs per field type, the form view, the merge dialog."""
