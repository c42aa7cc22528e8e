"""Small input widgets: due date with precision, party picker, cooperation-area picker."""
